package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;

/**
 * Notes of text renderings (pandoc's plain text, text dumps of web pages): the markers are
 * written "[1]", "^[1]" or "(1)" in the running text, and the notes are a run of paragraphs
 * labelled the same way and numbered in sequence (1, 2, 3 ... or on from an earlier chapter's),
 * at the end of the text or of a chapter (before a heading). For each note of such a run whose marker is found in the text before it (in note
 * order), the marker leaves the text and the note joins the paragraph that carried it; a marker
 * without such a note stays, and so does a note whose marker is not found ("(1)" of a list
 * written in the text, say). A "(1)" marker counts only when glued to the word or punctuation
 * before it, as notes are cited; "[1]" and "^[1]" may follow a space.
 *
 * <pre>{@code
 * RenderedNoteMarkers.attach(List.of(Paragraph.body("targets the first objective.[1] It covers"),
 *         Paragraph.body("[1] This directory often contains a README.Debian file.")));
 * // [Paragraph("targets the first objective. It covers", BODY, [Note("1", "This directory ...")])]
 * }</pre>
 */
final class RenderedNoteMarkers {

    /** The label forms a rendering uses, each as the start of a note and as a marker in the text. */
    private enum Form {
        BRACKETS("\\[", "\\]", "(?:\\s?)"),
        CARET("\\^\\[", "\\]", "(?:\\s?)"),
        PARENTHESES("\\(", "\\)", "(?<=[\\p{L}\\p{N}.,;:!?\"”’')»])");

        final Pattern noteStart;
        final String open;
        final String close;
        final String before;

        Form(String open, String close, String before) {
            this.open = open;
            this.close = close;
            this.before = before;
            this.noteStart = Pattern.compile("^" + open + "(\\d{1,3})" + close + "\\s+(\\S.*)$", Pattern.DOTALL);
        }

        Pattern marker(String label) {
            return Pattern.compile(before + open + Pattern.quote(label) + close + "(?!\\p{N})");
        }
    }

    private RenderedNoteMarkers() {
    }

    static List<Paragraph> attach(List<Paragraph> paragraphs) {
        List<Paragraph> result = new ArrayList<>(paragraphs);
        int p = 0;
        int searchFrom = 0;
        while (p < result.size()) {
            int first = label(result.get(p));
            Form form = first < 0 ? null : noteForm(result.get(p), first);
            if (form == null) {
                p++;
                continue;
            }
            int end = p;
            while (end < result.size() && noteForm(result.get(end), first + end - p) == form) {
                end++;
            }
            boolean endsChapter = end == result.size() || result.get(end).isHeading();
            if (!endsChapter) {
                p = end;
                continue;
            }
            p = attachRun(result, searchFrom, p, end, form);
            searchFrom = p;
        }
        return result;
    }

    /** The number that starts this paragraph as a note's label, or -1. */
    private static int label(Paragraph paragraph) {
        for (Form f : Form.values()) {
            Matcher m = f.noteStart.matcher(paragraph.text());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    /** The form of the label that starts this paragraph when it is note number {@code n}, else null. */
    private static Form noteForm(Paragraph paragraph, int n) {
        if (paragraph.kind() != ParagraphKind.BODY) {
            return null;
        }
        for (Form f : Form.values()) {
            Matcher m = f.noteStart.matcher(paragraph.text());
            if (m.matches() && Integer.parseInt(m.group(1)) == n) {
                return f;
            }
        }
        return null;
    }

    /** Attaches the notes [from, to) cited in paragraphs [start, from); returns where to go on. */
    private static int attachRun(List<Paragraph> paragraphs, int start, int from, int to, Form form) {
        List<Integer> found = new ArrayList<>();
        int at = start;
        int offset = 0;
        for (int k = from; k < to; k++) {
            Matcher note = form.noteStart.matcher(paragraphs.get(k).text());
            if (!note.matches()) {
                continue;
            }
            String label = note.group(1);
            Pattern marker = form.marker(label);
            for (int q = at; q < from; q++) {
                Paragraph citing = paragraphs.get(q);
                Matcher m = marker.matcher(citing.text());
                if (!citing.isCode() && m.find(q == at ? offset : 0)) {
                    String text = citing.text().substring(0, m.start()) + citing.text().substring(m.end());
                    List<Note> notes = new ArrayList<>(citing.notes());
                    notes.add(new Note(label, note.group(2).strip()));
                    paragraphs.set(q, new Paragraph(text, citing.kind(), notes));
                    found.add(k);
                    at = q;
                    offset = m.start();
                    break;
                }
            }
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            paragraphs.remove((int) found.get(i));
        }
        return to - found.size();
    }
}
