package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the footnotes off the foot of a page of extracted lines. The notes start after the
 * separator rule (a long run of spaces, underscores or dashes where the PDF drew a line) with a
 * line that begins with a note number, and run to the end of the page; each note begins with the
 * next number in sequence.
 *
 * <pre>{@code
 * extractor.extract(List.of("against it. The", "", "                    ",
 *         "1 Les luttes revendicatives, which we have rendered ...", "the proletariat."))
 * // lines ["against it. The", ""], notes [FootnoteBlock("1", ["Les luttes revendicatives, ...", "the proletariat."])]
 * }</pre>
 */
final class FootnoteExtractor {

    private static final Pattern SEPARATOR = Pattern.compile("^(?:[ \\t\\u00A0]{10,}|\\s*[_—–-]{5,}\\s*)$");
    private static final Pattern NOTE_START = Pattern.compile("^\\s*(\\d{1,3})[.)]?\\s+(\\S.*)$");

    PageBody extract(List<String> page) {
        for (int i = 0; i < page.size(); i++) {
            if (SEPARATOR.matcher(page.get(i)).matches()) {
                int first = nextNonBlank(page, i + 1);
                if (first >= 0 && NOTE_START.matcher(page.get(first)).matches()) {
                    return new PageBody(page.subList(0, i), notes(page.subList(first, page.size())));
                }
            }
        }
        return new PageBody(page, List.of());
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

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
