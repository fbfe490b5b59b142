package org.visavis.terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * The same phrase written again: a heading and its entry in the table of contents ("22.1.
 * Volunteer based support" twice), or one sentence's wording repeated ("Expert install gives
 * access to all available questions"). Such occurrences say once, not twice, how the text renders
 * the term: a rendering spotted in both is one choice, no second bead backing the other.
 */
final class RepeatedPhrase {

    /** The words on each side of the term that make a phrase the same. */
    static final int REACH = 3;

    private RepeatedPhrase() {
    }

    /** The occurrences less those that repeat an earlier one's phrase with the same spotted rendering. */
    static List<Occurrence> once(List<Occurrence> occurrences) {
        Set<String> seen = new HashSet<>();
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (seen.add(key(o))) {
                out.add(o);
            }
        }
        return out;
    }

    /** The term's words with up to {@link #REACH} words on each side (folded), and the spotted rendering's stems. */
    static String key(Occurrence o) {
        List<TaggedToken> tokens = o.unit().from().tokens();
        CandidateTerm c = o.term();
        List<String> words = new ArrayList<>();
        // (fewer words than the reach on a side: the sentence's edge is part of the phrase)
        int before = 0;
        for (int k = c.firstToken() - 1; k >= 0 && before < REACH; k--) {
            if (tokens.get(k).isWord()) {
                words.add(0, tokens.get(k).folded());
                before++;
            }
        }
        words.add(0, before < REACH ? "^" : "");
        for (int j = c.firstToken(); j < c.endToken(); j++) {
            words.add(tokens.get(j).folded());
        }
        int after = 0;
        for (int j = c.endToken(); j < tokens.size() && after < REACH; j++) {
            if (tokens.get(j).isWord()) {
                words.add(tokens.get(j).folded());
                after++;
            }
        }
        words.add(after < REACH ? "$" : "");
        return String.join(" ", words).toLowerCase(Locale.ROOT) + "\t" + o.spottedStems();
    }
}
