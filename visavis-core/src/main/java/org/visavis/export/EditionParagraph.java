package org.visavis.export;

import java.util.List;
import java.util.Objects;
import org.visavis.model.Note;
import org.visavis.model.ParagraphKind;

/**
 * A paragraph as a bilingual edition prints it: its sentences joined, whether it is a heading,
 * and its notes. {@code new EditionParagraph("Avant-propos", ParagraphKind.HEADING, List.of())}.
 */
public record EditionParagraph(String text, ParagraphKind kind, List<Note> notes) {
    public EditionParagraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        notes = List.copyOf(notes);
    }

    public boolean isHeading() {
        return kind == ParagraphKind.HEADING;
    }
}
