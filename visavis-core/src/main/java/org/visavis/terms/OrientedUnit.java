package org.visavis.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.wordalign.WordLink;

/**
 * A unit seen from one side: its index, how sure the sentence aligner is of its pairing, whether it
 * looks like a passage left untranslated ({@code copied}), the side whose terms are checked
 * ({@code from}), the other side, and the word links from the one to the other.
 */
record OrientedUnit(int index, double pairing, boolean copied, UnitSide from, UnitSide to, List<WordLink> links) {

    /** True when a content word of the term stands as it is on the other side (a copied passage keeps its words). */
    boolean copiedAsIs(CandidateTerm c) {
        Set<String> words = new HashSet<>();
        for (TaggedToken t : to.tokens()) {
            words.add(t.folded());
        }
        for (int k = c.firstToken(); k < c.endToken(); k++) {
            TaggedToken t = from.tokens().get(k);
            if (TermText.isContent(t) && words.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }

    /** True when either side of the unit looks like a heading. */
    boolean heading() {
        return TermText.looksLikeTitle(from.tokens()) || TermText.looksLikeTitle(to.tokens());
    }

    /** True when the source word of {@code link} is a content word. */
    boolean fromContentWord(WordLink link) {
        return TermText.isContent(from.tokens().get(from.tokenOf()[link.source()]));
    }

    /** How strongly {@code related} relates the two words of {@code link}. */
    double strength(Relatedness related, WordLink link) {
        return related.strength(from.words().get(link.source()), to.words().get(link.target()));
    }
}
