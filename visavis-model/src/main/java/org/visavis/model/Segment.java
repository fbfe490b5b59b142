package org.visavis.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence (segment) of a document, the index of the paragraph it belongs to, and the inline
 * codes of the paragraph that went with it (positions relative to the sentence; see
 * {@link InlineCode}). {@code text} is plain: aligners and checks read it as it is.
 * {@code new Segment("Debian est une distribution.", 3)}.
 */
public record Segment(String text, int paragraph, List<InlineCode> codes) {
    public Segment {
        Objects.requireNonNull(text, "text");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph index must be >= 0: " + paragraph);
        }
        codes = List.copyOf(codes);
        CodedText.checkCodes(text, codes);
    }

    /** A sentence without inline codes. */
    public Segment(String text, int paragraph) {
        this(text, paragraph, List.of());
    }

    public CodedText coded() {
        return new CodedText(text, codes);
    }

    /** The same sentence in another paragraph (documents joined one after the other). */
    public Segment inParagraph(int newParagraph) {
        return new Segment(text, newParagraph, codes);
    }
}
