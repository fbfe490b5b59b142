package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Note;
import org.visavis.model.ParagraphKind;

/**
 * One block of extracted text as Tika's XHTML delimited it ({@code <p>}, {@code <h2>}, {@code <li>}
 * ...), before any repair: {@code new TextBlock("1.5. Rôle d'une distribution", ParagraphKind.HEADING, 0)}. For PDFs
 * the text keeps the line breaks of the page layout and {@code page} counts from 1; for other
 * formats {@code page} is 0. Word processors' footnotes come as {@code notes}.
 */
record TextBlock(String text, ParagraphKind kind, int page, List<Note> notes) {
    TextBlock {
        notes = List.copyOf(notes);
    }

    TextBlock withNote(Note note) {
        List<Note> more = new ArrayList<>(notes);
        more.add(note);
        return new TextBlock(text, kind, page, more);
    }
}
