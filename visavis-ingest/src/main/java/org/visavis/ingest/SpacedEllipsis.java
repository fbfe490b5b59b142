package org.visavis.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;

/**
 * An ellipsis that a PDF's layout set as three dots apart (TeX's {@code \ldots}, extracted as
 * ". . .") written as the text has it, "...", so that it neither reads as three full stops nor
 * breaks its sentence. A longer run of spaced dots (a leader) is left as it is.
 *
 * <pre>{@code
 * SpacedEllipsis.closed("functional and satisfying. . . which will come")  // "functional and satisfying... which will come"
 * }</pre>
 */
final class SpacedEllipsis {

    private static final Pattern SPACED = Pattern.compile("(?<!\\.[ \\u2009\\u202F]?)\\.[ \\u2009\\u202F]\\.[ \\u2009\\u202F]\\.(?![ \\u2009\\u202F]?\\.)");

    private SpacedEllipsis() {
    }

    static String closed(String text) {
        return text.indexOf(". .") < 0 && text.indexOf('\u2009') < 0 && text.indexOf('\u202F') < 0
                ? text : SPACED.matcher(text).replaceAll("...");
    }

    static List<Paragraph> closed(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(SpacedEllipsis::closed).toList();
    }

    private static Paragraph closed(Paragraph p) {
        String text = closed(p.text());
        List<Note> notes = p.notes().stream().map(n -> new Note(n.label(), closed(n.text()))).toList();
        if (p.isCode() || text.equals(p.text()) && notes.equals(p.notes())) {
            return p;
        }
        return new Paragraph(text, p.kind(), notes);
    }
}
