package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;

/**
 * Finds the marker of each note in the running text ("demands1 are", "limit”5 in",
 * "self-organised.6 The", or a superscript "demands¹"), takes it out of the text and attaches the
 * note to that paragraph. Markers are searched in note order, each after the previous one and
 * only on the page the note was printed on (a contents line "1.1 The Installer" pages earlier is
 * no marker of note 1), so numbers that are not markers ("p23", "no.12", "dpkg1.19.1") stay. A note whose marker cannot be found goes with the paragraph at the foot of its page.
 *
 * <pre>{@code
 * remover.attach(List.of(Paragraph.body("struggles over immediate demands1 are stepping stones")),
 *         List.of(new PlacedNote(new Note("1", "Les luttes revendicatives ..."), 0, 0)))
 * // [Paragraph("struggles over immediate demands are stepping stones", BODY, [Note("1", ...)])]
 * }</pre>
 */
final class NoteMarkerRemover {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    List<Paragraph> attach(List<Paragraph> paragraphs, List<PlacedNote> notes) {
        if (notes.isEmpty()) {
            return paragraphs;
        }
        List<StringBuilder> texts = new ArrayList<>();
        List<List<Note>> attached = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            texts.add(new StringBuilder(p.text()));
            attached.add(new ArrayList<>(p.notes()));
        }
        int paragraph = 0;
        int offset = 0;
        for (PlacedNote placed : notes) {
            int last = Math.min(placed.lastParagraph(), paragraphs.size() - 1);
            boolean found = false;
            int first = Math.max(0, placed.firstParagraph());
            if (first > paragraph) {
                paragraph = first;
                offset = 0;
            }
            for (int p = paragraph; p <= last && !found; p++) {
                Matcher m = marker(placed.note().label()).matcher(texts.get(p));
                if (m.find(p == paragraph ? offset : 0)) {
                    StringBuilder t = texts.get(p);
                    t.delete(m.start(), m.end());
                    // "perfect3 , and": the space the generator set after the marker goes with it.
                    if (m.start() + 1 < t.length() && t.charAt(m.start()) == ' '
                            && ",.;:".indexOf(t.charAt(m.start() + 1)) >= 0) {
                        t.deleteCharAt(m.start());
                    }
                    attached.get(p).add(placed.note());
                    paragraph = p;
                    offset = m.start();
                    found = true;
                }
            }
            if (!found && last >= 0) {
                attached.get(last).add(placed.note());
            }
        }
        List<Paragraph> result = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            result.add(new Paragraph(texts.get(i).toString(), paragraphs.get(i).kind(), attached.get(i)));
        }
        return result;
    }

    /** The marker of note {@code label} glued to a word or its punctuation: "demands1", "limit”5". */
    static Pattern marker(String label) {
        StringBuilder superscript = new StringBuilder();
        for (char c : label.toCharArray()) {
            superscript.append(Character.isDigit(c) ? SUPERSCRIPTS.charAt(c - '0') : c);
        }
        // Glued to the end of a word or to the punctuation after it; never part of a longer number
        // ("dpkg1.19.1" is a version, not a marker).
        // A one-letter word before the number is a reference ("p23", "n5"), not a word with a marker;
        // a number before the point is a section number ("1.1 The Installer").
        return Pattern.compile("(?<=[\\p{L}\\p{M}]{2}|[^\\p{N}][.,;:!?\"”’')\\]»])(?:" + Pattern.quote(label) + "|"
                + Pattern.quote(superscript.toString()) + ")(?![\\p{N}\\p{L}" + SUPERSCRIPTS + "]|[.,]\\p{N})");
    }
}
