package org.visavis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plain text and the inline codes that sit in it, in order of position (codes at the same position
 * keep their document order). The plain text is what aligning, checks and editions see; the codes
 * are what a translation memory writes back around it.
 *
 * <pre>{@code
 * CodedText t = new CodedText("Run apt update now.", List.of(
 *         new InlineCode(4, OPENING, 1, "code", "<code>"), new InlineCode(14, CLOSING, 1, "code", "</code>")));
 * }</pre>
 */
public record CodedText(String text, List<InlineCode> codes) {

    public CodedText {
        Objects.requireNonNull(text, "text");
        codes = List.copyOf(codes);
        checkCodes(text, codes);
    }

    public static CodedText plain(String text) {
        return new CodedText(text, List.of());
    }

    /** Positions in [0, text length], never decreasing. */
    public static void checkCodes(String text, List<InlineCode> codes) {
        int last = 0;
        for (InlineCode c : codes) {
            if (c.position() > text.length() || c.position() < last) {
                throw new IllegalArgumentException("inline code at " + c.position() + " out of order or beyond the text ("
                        + text.length() + " characters, previous code at " + last + ")");
            }
            last = c.position();
        }
    }

    public boolean hasCodes() {
        return !codes.isEmpty();
    }

    /**
     * This text, then a space (when both have text), then the other, its codes shifted after this
     * one's. Ids pair codes within one paragraph: for text of another paragraph
     * ({@code sameParagraph} false) the other's ids are renumbered after this one's, so that no two
     * pairs share an id; within a paragraph they stay, so the two halves of a pair meet again.
     */
    public CodedText join(CodedText other, boolean sameParagraph) {
        if (text.isEmpty() && codes.isEmpty()) {
            return other;
        }
        if (other.text.isEmpty() && other.codes.isEmpty()) {
            return this;
        }
        String gap = text.isEmpty() || other.text.isEmpty() ? "" : " ";
        int shift = text.length() + gap.length();
        // ids pair codes within a paragraph; sentences of two paragraphs may use the same ones
        int idShift = sameParagraph ? 0 : codes.stream().mapToInt(InlineCode::id).max().orElse(0);
        List<InlineCode> all = new ArrayList<>(codes);
        for (InlineCode c : other.codes) {
            all.add(new InlineCode(c.position() + shift, c.kind(), c.id() + idShift, c.type(), c.data()));
        }
        return new CodedText(text + gap + other.text, all);
    }
}
