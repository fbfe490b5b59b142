package org.visavis.terms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * What is known of a term's usual rendering when its other occurrences are weighed: its text,
 * stems and lemmas, the other renderings spotted with their counts, the set phrases it renders
 * (by their preposition), and whether the term is ever written in lower case (then "OUTIL" is
 * the word in capitals, not an abbreviation), and what else it is weighed against ({@link Frame});
 * {@code beads} is how many units use it.
 */
record UsualRendering(String text, Set<String> stems, List<String> lemmas, int beads, Map<Set<String>, Integer> elsewhere,
                      Set<String> setPhrases, boolean writtenLower, Frame frame) {

    /**
     * What a deviation is weighed against beside the usual rendering: the term's key, the usual
     * rendering's words as written in a unit that uses it, the usual renderings of all the
     * side's recurring terms (by key), and whether the units using the usual rendering are mostly
     * headings.
     */
    record Frame(String key, List<TaggedToken> usualWords, Map<String, Set<String>> termRenderings,
                 boolean usualInHeadings) {
    }

    /**
     * True when a rendering is a variant of the usual one: it shares one of its words or has one
     * of its word family ("Release Management" for "Release Manager").
     */
    boolean hasVariant(String rendering) {
        for (String w : rendering.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (stems.contains(TermText.stem(w))) {
                return true;
            }
            for (String u : lemmas) {
                if (TermText.sameFamily(w, u)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many beads the text gives the term the rendering of these stems in, besides the usual one. */
    int spottedElsewhere(Set<String> renderingStems) {
        int spotted = 0;
        for (var e : elsewhere.entrySet()) {
            if (e.getKey().equals(renderingStems)) {
                spotted += e.getValue();
            }
        }
        return spotted;
    }
}
