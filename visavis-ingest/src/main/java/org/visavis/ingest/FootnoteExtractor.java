package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the footnotes off the foot of a page of extracted lines. A block at the foot is a note
 * only when its label (a number, superscript digits or a symbol: "1 See…", "1See…" as pdfTeX
 * sets it, "⁴See…", "* See…") is the next note number of the document (or a few numbers on, where
 * an earlier note was missed, or 1, where numbering restarts by chapter or page) and the page's text above carries that label as a marker glued to
 * a word ("remain1", "upstream”.2", "perfect³"). The notes run from there to the end of the page,
 * each starting with the next number. A numbered list at a page foot whose numbers are nowhere
 * in the text as markers stays text. Where the extractor wrote the rule the PDF drew above the
 * notes (a long run of spaces, underscores or dashes), "1." labels count too.
 *
 * <pre>{@code
 * extractor.extract(List.of("against it. The demands1 are", "", "                    ",
 *         "1 Les luttes revendicatives, which we have rendered ...", "the proletariat."), 1)
 * // lines ["against it. The demands1 are", ""], notes [FootnoteBlock("1", ["Les luttes revendicatives, ...", "the proletariat."])]
 * }</pre>
 */
final class FootnoteExtractor {

    private static final Pattern SEPARATOR = Pattern.compile("^(?:[ \\t\\u00A0]{10,}|\\s*[_—–-]{5,}\\s*)$");
    /** Notes take the foot of a page: at most half of it, unless the page is very short. */
    private static final int MAX_NOTE_LINES = 12;
    /**
     * The most lines a page has (one double-spaced in a small font has about 130): a longer
     * "page" is a text without page breaks, and its foot is no more than half of this, not the
     * last half of the document (the French installation guide, one page of 8,500 lines, lost
     * its last 1,400 lines to a "note 2" at a line starting "2 à 3 Go").
     */
    private static final int MAX_PAGE_LINES = 200;
    /** A run of notes this long may have one whose marker the text does not show as such. */
    private static final int MIN_RUN_WITH_UNMARKED = 3;
    /** Notes of the document that may have been missed before a page's first note. */
    private static final int MAX_SKIPPED = 3;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String LABEL = "(\\d{1,3}|[" + SUPERSCRIPTS + "]{1,3}|[*†‡§]{1,3})";
    /** Below a rule: "1 Text", "1. Text", "1) Text". */
    private static final Pattern RULED_NOTE_START = Pattern.compile("^\\s*" + LABEL + "[.)]?\\s+(\\S.*)$");
    /**
     * Without a rule, "1. Choose packages" is a numbered list item; a note label stands bare, or
     * glued to the capital that starts the note ("1Remark", as pdfTeX's superscript comes out); a
     * symbol glued to a parenthesis is a pattern ("*(pattern-list)" of a shell manual), no note.
     */
    private static final Pattern NOTE_START = Pattern.compile("^\\s*" + LABEL + "(?:\\s+|(?<=[\\d" + SUPERSCRIPTS
            + "])(?=[\\p{Lu}\"“‘(\\[])|(?<=[*†‡§])(?=\\p{Lu}))(\\S.*)$");

    /**
     * {@code nextLabel}: the number the next note of the document would have; a page's notes start
     * with it, or with 1 where numbering restarts (by chapter or by page).
     */
    PageBody extract(List<String> page, int nextLabel) {
        for (int i = 0; i + 1 < page.size(); i++) {
            if (SEPARATOR.matcher(page.get(i)).matches()) {
                Matcher first = RULED_NOTE_START.matcher(page.get(i + 1));
                boolean footSized = page.size() - i <= maxFootLines(page);
                if (first.matches() && footSized && startsNumbering(digits(first.group(1)), nextLabel)) {
                    return new PageBody(page.subList(0, i), notes(page.subList(i + 1, page.size()), RULED_NOTE_START));
                }
            }
        }
        // No rule in the text (PDFs draw it): the notes are the last lines of the page, from a line
        // that starts with the expected label, and the text above carries each note's marker.
        for (int i = Math.max(1, Math.max(page.size() / 2, page.size() - MAX_PAGE_LINES / 2)); i < page.size(); i++) {
            Matcher first = NOTE_START.matcher(page.get(i));
            if (!first.matches() || !startsNumbering(digits(first.group(1)), nextLabel)) {
                continue;
            }
            String above = String.join("\n", page.subList(0, i));
            List<FootnoteBlock> notes = notes(page.subList(i, page.size()), NOTE_START);
            if (markedAbove(notes, above, nextLabel)) {
                return new PageBody(page.subList(0, i), notes);
            }
        }
        return new PageBody(page, List.of());
    }

    /** The most lines of a page its notes may take. */
    private static int maxFootLines(List<String> page) {
        return Math.max(MAX_NOTE_LINES, Math.min(page.size(), MAX_PAGE_LINES) / 2);
    }

    /**
     * Whether the text above carries the notes' markers: every one (two notes may be cited
     * together, "links,23"), or in a run of three notes or more all but one after the first (a
     * marker glued to a number, "ISO-8859-1.3", reads as the number), or all but the first when
     * it is the very number the document's notes are at and sits glued to a number's point
     * ("this is libz.so.1.17").
     */
    private static boolean markedAbove(List<FootnoteBlock> notes, String above, int nextLabel) {
        boolean[] marked = new boolean[notes.size()];
        for (int i = 0; i < notes.size(); i++) {
            marked[i] = NoteMarkerRemover.marker(notes.get(i).label()).matcher(above).find();
        }
        for (int i = 0; i + 1 < notes.size(); i++) {
            if (!marked[i] && !marked[i + 1] && NoteMarkerRemover.marker(notes.get(i).label()
                    + notes.get(i + 1).label()).matcher(above).find()) {
                marked[i] = true;
                marked[i + 1] = true;
            }
        }
        int missing = 0;
        for (boolean m : marked) {
            missing += m ? 0 : 1;
        }
        if (missing == 0) {
            return true;
        }
        if (missing > 1) {
            return false;
        }
        String first = notes.get(0).label();
        return marked[0] ? notes.size() >= MIN_RUN_WITH_UNMARKED
                : notes.size() >= 2 && nextLabel > 1 && first.equals(Integer.toString(nextLabel))
                        && NoteMarkerRemover.afterNumber(first).matcher(above).find();
    }

    private static boolean startsNumbering(String label, int nextLabel) {
        if (!Character.isDigit(label.charAt(0))) {
            return true;
        }
        int n = Integer.parseInt(label);
        // A note missed on an earlier page (one whose marker the extraction lost) must not make
        // every later page's notes wait for its number: a few numbers may be skipped.
        return n == 1 || n >= nextLabel && n <= nextLabel + MAX_SKIPPED;
    }

    /** "⁴" -> "4"; other labels as they are. */
    static String digits(String label) {
        StringBuilder d = new StringBuilder(label.length());
        label.chars().forEach(c -> d.append(SUPERSCRIPTS.indexOf(c) >= 0 ? (char) ('0' + SUPERSCRIPTS.indexOf(c)) : (char) c));
        return d.toString();
    }

    private static List<FootnoteBlock> notes(List<String> lines, Pattern start) {
        List<FootnoteBlock> notes = new ArrayList<>();
        String label = null;
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            Matcher m = start.matcher(line);
            String next = m.matches() ? digits(m.group(1)) : null;
            if (next != null && (label == null || follows(label, next))) {
                if (label != null) {
                    notes.add(new FootnoteBlock(label, current));
                }
                label = next;
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

    /** "3" follows "2"; "†" follows "*", "**" follows "*". */
    private static boolean follows(String label, String next) {
        if (Character.isDigit(label.charAt(0))) {
            return Character.isDigit(next.charAt(0)) && Integer.parseInt(next) == Integer.parseInt(label) + 1;
        }
        return !Character.isDigit(next.charAt(0)) && !next.equals(label);
    }
}
