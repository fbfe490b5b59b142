package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the footnotes off the foot of a page of extracted lines. The notes start after the
 * separator rule (a long run of spaces, underscores or dashes where the extractor wrote the line
 * the PDF drew) with a line that begins with a note number, and run to the end of the page; each
 * note begins with the next number in sequence. Without a rule, a block in the lower half of the
 * page that begins with the next note number counts when the text above carries its marker.
 *
 * <pre>{@code
 * extractor.extract(List.of("against it. The", "", "                    ",
 *         "1 Les luttes revendicatives, which we have rendered ...", "the proletariat."), 1)
 * // lines ["against it. The", ""], notes [FootnoteBlock("1", ["Les luttes revendicatives, ...", "the proletariat."])]
 * }</pre>
 */
final class FootnoteExtractor {

    private static final Pattern SEPARATOR = Pattern.compile("^(?:[ \\t\\u00A0]{10,}|\\s*[_—–-]{5,}\\s*)$");
    /** Notes take the foot of a page: at most half of it, unless the page is very short. */
    private static final int MAX_NOTE_LINES = 12;
    private static final Pattern NOTE_START = Pattern.compile("^\\s*(\\d{1,3})[.)]?\\s+(\\S.*)$");
    /** Without a rule, "1. Choose packages" is a numbered list item; a note number stands bare. */
    private static final Pattern BARE_NOTE_START = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\S.*)$");

    /**
     * {@code nextLabel}: the number the next note of the document would have; a page's notes start
     * with it, or with 1 where numbering restarts (by chapter or by page).
     */
    PageBody extract(List<String> page, int nextLabel) {
        for (int i = 0; i + 1 < page.size(); i++) {
            if (SEPARATOR.matcher(page.get(i)).matches()) {
                Matcher first = NOTE_START.matcher(page.get(i + 1));
                boolean footSized = page.size() - i <= Math.max(MAX_NOTE_LINES, page.size() / 2);
                if (first.matches() && footSized && startsNumbering(first.group(1), nextLabel)) {
                    return new PageBody(page.subList(0, i), notes(page.subList(i + 1, page.size())));
                }
            }
        }
        // No rule in the text (PDFs draw it): notes are the last blocks of the page, starting with
        // the expected number, and the text above carries that number as a marker.
        for (int i = Math.max(1, page.size() / 2); i < page.size(); i++) {
            Matcher first = BARE_NOTE_START.matcher(page.get(i));
            if (page.get(i - 1).isBlank() && first.matches() && first.group(1).equals(Integer.toString(nextLabel))
                    && NoteMarkerRemover.marker(first.group(1)).matcher(String.join("\n", page.subList(0, i))).find()) {
                return new PageBody(page.subList(0, i), notes(page.subList(i, page.size())));
            }
        }
        return new PageBody(page, List.of());
    }

    private static boolean startsNumbering(String label, int nextLabel) {
        int n = Integer.parseInt(label);
        return n == nextLabel || n == 1;
    }

    private static List<FootnoteBlock> notes(List<String> lines) {
        List<FootnoteBlock> notes = new ArrayList<>();
        String label = null;
        int expected = -1;
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            Matcher m = NOTE_START.matcher(line);
            if (m.matches() && (label == null || Integer.parseInt(m.group(1)) == expected)) {
                if (label != null) {
                    notes.add(new FootnoteBlock(label, current));
                }
                label = m.group(1);
                expected = Integer.parseInt(label) + 1;
                current = new ArrayList<>();
                current.add(m.group(2));
            } else {
                current.add(line);
            }
        }
        if (label != null) {
            notes.add(new FootnoteBlock(label, current));
        }
        return notes;
    }

}
