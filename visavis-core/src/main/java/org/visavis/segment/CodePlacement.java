package org.visavis.segment;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.InlineCode;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;

/**
 * Gives each sentence of a paragraph the inline codes that belong to it. A code inside a
 * sentence goes with that sentence; a code on a boundary (at a sentence's edge or in the white
 * space between two sentences) goes with the sentence it belongs to: an opening code or a
 * placeholder with the sentence that follows, a closing code with the sentence before. Codes
 * before the first sentence go to the first, codes after the last to the last. A pair whose ends
 * fall into two sentences stays split: each sentence carries its half, which a translation memory
 * writes as an isolated code. A paragraph with codes but no sentence (white space around an image
 * or an empty span) gives no segment.
 *
 * <pre>{@code
 * // "<b>One.</b> Two." split into "One." and "Two.": <b> and </b> both go with "One."
 * }</pre>
 */
final class CodePlacement {

    private CodePlacement() {
    }

    /**
     * The sentences (trimmed substrings of the paragraph's text, in order) as segments of paragraph
     * {@code index}, with their codes.
     */
    static List<Segment> place(Paragraph paragraph, int index, List<String> sentences) {
        List<Segment> segments = new ArrayList<>();
        if (sentences.isEmpty()) {
            // a paragraph of white space and codes alone (an image, an empty span): no sentence to carry them
            return segments;
        }
        if (paragraph.codes().isEmpty()) {
            for (String s : sentences) {
                segments.add(new Segment(s, index));
            }
            return segments;
        }
        String text = paragraph.text();
        int[] starts = new int[sentences.size()];
        int[] ends = new int[sentences.size()];
        int from = 0;
        for (int k = 0; k < sentences.size(); k++) {
            int at = text.indexOf(sentences.get(k), from);
            if (at < 0) {
                throw new IllegalStateException("sentence " + (k + 1) + " is not a part of its paragraph's text: "
                        + sentences.get(k));
            }
            starts[k] = at;
            ends[k] = at + sentences.get(k).length();
            from = ends[k];
        }
        List<List<InlineCode>> codes = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            codes.add(new ArrayList<>());
        }
        for (InlineCode c : paragraph.codes()) {
            int k = owner(c, starts, ends);
            int relative = Math.max(0, Math.min(sentences.get(k).length(), c.position() - starts[k]));
            codes.get(k).add(c.at(relative));
        }
        for (int k = 0; k < sentences.size(); k++) {
            segments.add(new Segment(sentences.get(k), index, codes.get(k)));
        }
        return segments;
    }

    private static int owner(InlineCode c, int[] starts, int[] ends) {
        int p = c.position();
        int last = starts.length - 1;
        for (int k = 0; k <= last; k++) {
            if (p > starts[k] && p < ends[k]) {
                return k;
            }
            if (p <= starts[k]) {
                // on the boundary before sentence k (or before the first)
                boolean closing = c.kind() == InlineCode.Kind.CLOSING;
                return closing && k > 0 ? k - 1 : k;
            }
            if (p == ends[k] && (k == last || c.kind() == InlineCode.Kind.CLOSING)) {
                return k;
            }
            if (p >= ends[k] && k < last && p <= starts[k + 1]) {
                return c.kind() == InlineCode.Kind.CLOSING ? k : k + 1;
            }
        }
        return last;
    }
}
