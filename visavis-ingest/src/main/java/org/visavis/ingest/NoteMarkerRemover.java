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
 * no marker of note 1), so numbers that are not markers ("p23", "no.12", "dpkg1.19.1") stay. Two
 * notes cited together ("hard links,23") share one place; a marker glued to the point of a number
 * ("libz.so.1.17") is taken only when the note has no other on its page. A note whose marker
 * cannot be found goes with the paragraph at the foot of its page.
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
        for (int n = 0; n < notes.size(); n++) {
            PlacedNote placed = notes.get(n);
            int last = Math.min(placed.lastParagraph(), paragraphs.size() - 1);
            int first = Math.max(0, placed.firstParagraph());
            if (first > paragraph) {
                paragraph = first;
                offset = 0;
            }
            PlacedNote next = n + 1 < notes.size() && isNextNumber(placed.note().label(), notes.get(n + 1).note().label())
                    ? notes.get(n + 1) : null;
            // its own marker; else the markers of two notes set together ("links,23"); else one
            // glued to a number's point ("libz.so.1.17")
            List<Pattern> markers = new ArrayList<>(List.of(marker(placed.note().label())));
            if (next != null) {
                markers.add(marker(placed.note().label() + next.note().label()));
            }
            markers.add(afterNumber(placed.note().label()));
            boolean found = false;
            for (int k = 0; k < markers.size() && !found; k++) {
                for (int p = paragraph; p <= last && !found; p++) {
                    Matcher m = markers.get(k).matcher(texts.get(p));
                    if (m.find(p == paragraph ? offset : 0)) {
                        StringBuilder t = texts.get(p);
                        t.delete(m.start(), m.end());
                        // "perfect3 , and": the space the generator set after the marker goes with it.
                        if (m.start() + 1 < t.length() && t.charAt(m.start()) == ' '
                                && ",.;:".indexOf(t.charAt(m.start() + 1)) >= 0) {
                            t.deleteCharAt(m.start());
                        }
                        attached.get(p).add(placed.note());
                        if (k == 1 && markers.size() == 3) {
                            attached.get(p).add(next.note());
                            n++;
                        }
                        paragraph = p;
                        offset = m.start();
                        found = true;
                    }
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

    private static boolean isNextNumber(String label, String next) {
        return label.matches("\\d{1,3}") && next.matches("\\d{1,3}") && Integer.parseInt(next) == Integer.parseInt(label) + 1;
    }

    /**
     * The marker of note {@code label} glued to the point that ends a number ("this is
     * libz.so.1.17" for note 17): asked only for a note whose marker is nowhere else on its page.
     */
    static Pattern afterNumber(String label) {
        return Pattern.compile("(?<=\\p{N}[.])" + Pattern.quote(label) + "(?![\\p{N}\\p{L}]|[.,]\\p{N})");
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
