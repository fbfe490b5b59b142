package org.visavis.model;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a document after ingest and layout repair: its running text (typography as
 * in the original: quotes, dashes, non-breaking spaces), whether it is a heading, the notes
 * whose markers it carried, and the inline codes (bold, links, code; see {@link InlineCode}) that
 * sit in the text, for formats read with them. Note markers are removed from {@code text};
 * {@code notes} keeps them in order of appearance. {@code text} never contains codes.
 */
public record Paragraph(String text, ParagraphKind kind, List<Note> notes, List<InlineCode> codes) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        notes = List.copyOf(notes);
        codes = List.copyOf(codes);
        CodedText.checkCodes(text, codes);
    }

    /** A paragraph without inline codes (plain text, PDF, RTF, or a format read without them). */
    public Paragraph(String text, ParagraphKind kind, List<Note> notes) {
        this(text, kind, notes, List.of());
    }

    public static Paragraph body(String text) {
        return new Paragraph(text, ParagraphKind.BODY, List.of());
    }

    public static Paragraph heading(String text) {
        return new Paragraph(text, ParagraphKind.HEADING, List.of());
    }

    /** A code or verbatim block, its text as written (line breaks and indentation kept). */
    public static Paragraph code(String text) {
        return new Paragraph(text, ParagraphKind.CODE, List.of());
    }

    public boolean isHeading() {
        return kind == ParagraphKind.HEADING;
    }

    public CodedText coded() {
        return new CodedText(text, codes);
    }

    public boolean isCode() {
        return kind == ParagraphKind.CODE;
    }
}
