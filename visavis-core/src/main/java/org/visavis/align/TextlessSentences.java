package org.visavis.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;

/**
 * Sentences with no letter and no digit ("....." , "- _-", ".:-- , ." that a scan's text layer
 * leaves between a caption and the text) have nothing to translate: they are kept alone, as 1-0 or
 * 0-1 beads, instead of being merged into a neighbouring bead, where a merge costs the search
 * less than leaving a sentence unpaired. A line the other side has too ("* * *" between
 * chapters, a "}" of code) is left to the aligner, as is a sentence of a bead a person fixed.
 *
 * <pre>{@code
 * TextlessSentences.keepAlone(source, target, fixedPairs, sourceAlone, targetAlone);
 * }</pre>
 */
final class TextlessSentences {

    private TextlessSentences() {
    }

    /** Whether a sentence has neither a letter nor a digit. */
    static boolean textless(String sentence) {
        return sentence.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Marks in {@code sourceAlone} and {@code targetAlone} the textless sentences of each side
     * that the other side does not have as they are and that no bead of {@code pairs} holds.
     */
    static void keepAlone(SegmentedDocument source, SegmentedDocument target, List<Bead> pairs,
            boolean[] sourceAlone, boolean[] targetAlone) {
        Set<String> sourceLines = textlessLines(source);
        Set<String> targetLines = textlessLines(target);
        mark(source, targetLines, pairs, true, sourceAlone);
        mark(target, sourceLines, pairs, false, targetAlone);
    }

    private static Set<String> textlessLines(SegmentedDocument doc) {
        Set<String> out = new HashSet<>();
        for (String text : doc.texts()) {
            if (textless(text)) {
                out.add(text.strip());
            }
        }
        return out;
    }

    private static void mark(SegmentedDocument doc, Set<String> otherSide, List<Bead> pairs, boolean sourceSide,
            boolean[] alone) {
        boolean[] paired = new boolean[doc.size()];
        for (Bead b : pairs) {
            for (int i : sourceSide ? b.source() : b.target()) {
                paired[i] = true;
            }
        }
        List<String> texts = doc.texts();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (!paired[i] && textless(text) && !otherSide.contains(text.strip())) {
                alone[i] = true;
            }
        }
    }
}
