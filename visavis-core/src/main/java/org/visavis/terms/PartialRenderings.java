package org.visavis.terms;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * What the words of a rendering of a multi-word term render of the term (by the dictionary, the
 * same word or a cognate), to tell a deviation that is another name for the concept from one that
 * is merely another part of it: where each renders another part of the term and the deviation
 * has no word of its own, it is an ellipsis either way ("Les informations" for "The help
 * information", usually "aide").
 * A deviation that puts a word of its own beside the part it renders ("matériel propriétaire"
 * where the usual rendering of "Closed Hardware" is "fermé") is another name, and stays.
 */
final class PartialRenderings {

    private final Relatedness related;

    PartialRenderings(Relatedness related) {
        this.related = related;
    }

    /** Why deviation {@code d} only renders another part of the term than the usual rendering does, or null. */
    String reason(Occurrence o, Deviation d, UsualRendering usual) {
        if (d.kind() != Deviation.Kind.OTHER) {
            return null;
        }
        List<TaggedToken> term = content(o.unit().from().tokens().subList(o.term().firstToken(), o.term().endToken()));
        int[] span = ContextualEllipsis.span(o.unit().to(), d.rendering());
        if (term.size() < 2 || span == null) {
            return null;
        }
        List<TaggedToken> deviation = content(o.unit().to().tokens().subList(span[0], span[1]));
        List<TaggedToken> usualWords = content(usual.frame().usualWords());
        if (deviation.isEmpty() || usualWords.isEmpty()) {
            return null;
        }
        Set<Integer> byDeviation = rendered(term, deviation);
        if (byDeviation.isEmpty()) {
            return null;
        }
        // (a usual rendering the dictionary relates to no word of the term proves nothing: on
        // debian-reference "signalements de bogues", "interpréteur" are established renderings it
        // does not know, and dropping beside them lost judged real findings)
        Set<Integer> byUsual = rendered(term, usualWords);
        if (!byUsual.isEmpty() && Collections.disjoint(byDeviation, byUsual) && deviation.stream().allMatch(t -> rendersAny(term, t))) {
            return "a part of the term ('" + words(term, byDeviation) + "') where the usual rendering renders another ('"
                    + words(term, byUsual) + "'): an ellipsis either way";
        }
        return null;
    }

    /** The positions of the term's words that a word of {@code rendering} renders. */
    private Set<Integer> rendered(List<TaggedToken> term, List<TaggedToken> rendering) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < term.size(); i++) {
            for (TaggedToken t : rendering) {
                if (renders(term.get(i), t)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private boolean rendersAny(List<TaggedToken> term, TaggedToken t) {
        return term.stream().anyMatch(x -> renders(x, t));
    }

    private boolean renders(TaggedToken x, TaggedToken t) {
        return x.folded().equals(t.folded()) || related.strength(x.lemma(), t.lemma()) > 0
                || related.strength(x.lemma(), t.folded()) > 0 || related.strength(x.folded(), t.folded()) > 0;
    }

    private static List<TaggedToken> content(List<TaggedToken> tokens) {
        return tokens.stream().filter(TermText::isContent).toList();
    }

    private static String words(List<TaggedToken> term, Set<Integer> positions) {
        return String.join(" ", positions.stream().map(i -> term.get(i).text()).toList());
    }
}
