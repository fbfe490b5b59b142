package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;

/**
 * Code blocks taken out of a text before its layout is repaired (which would join their lines
 * into prose, or read their numbers as page numbers and note markers), each left as a
 * placeholder line, then put back as {@link Paragraph#code code paragraphs}. A placeholder holds
 * no digit and no word: no repair takes it for a page number, a note label or a header.
 *
 * <pre>{@code
 * String line = CodePlaceholders.line(0);          // stands on a line of its own, blank lines around
 * CodePlaceholders.restore(repaired, List.of("$ make"), (a, b) -> false);  // [..., Paragraph.code("$ make"), ...]
 * }</pre>
 */
final class CodePlaceholders {

    /** Whether block {@code next}, in the paragraph right after block {@code previous}'s, goes on with it. */
    interface Continuation {
        boolean continues(int previous, int next);
    }

    private static final char MARK = '\uE010';
    /** The block's index in private-use characters, one per 4,096: no digits. */
    private static final char DIGIT_ZERO = '\uE100';
    private static final int BASE = 4096;
    private static final Pattern PLACEHOLDER = Pattern.compile(MARK + "([" + DIGIT_ZERO + "-\uF0FF]+)" + MARK);
    /** A table's placeholder ({@link PdfTableBlocks}): another mark, the same digits. */
    private static final char TABLE_MARK = '\uE011';
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:…][\"'”’»)\\]]*$");
    private static final Pattern TABLE_PLACEHOLDER = Pattern.compile(TABLE_MARK + "([" + DIGIT_ZERO + "-\uF0FF]+)" + TABLE_MARK);

    private CodePlaceholders() {
    }

    static String line(int index) {
        return MARK + digits(index) + MARK;
    }

    static String tableLine(int index) {
        return TABLE_MARK + digits(index) + TABLE_MARK;
    }

    private static String digits(int index) {
        StringBuilder digits = new StringBuilder();
        int n = index;
        do {
            digits.insert(0, (char) (DIGIT_ZERO + n % BASE));
            n /= BASE;
        } while (n > 0);
        return digits.toString();
    }

    private static String inline(String text, List<String> blocks) {
        Matcher inside = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (inside.find()) {
            inside.appendReplacement(sb, Matcher.quoteReplacement(blocks.get(index(inside.group(1))).replace('\n', ' ')));
        }
        inside.appendTail(sb);
        return sb.toString();
    }

    private static int index(String digits) {
        int n = 0;
        for (char c : digits.toCharArray()) {
            n = n * BASE + (c - DIGIT_ZERO);
        }
        return n;
    }

    /**
     * The repaired paragraphs with each placeholder turned back into its code block; a block that
     * continues the one before (a listing broken by a page) joins it.
     */
    static List<Paragraph> restore(List<Paragraph> paragraphs, List<String> blocks, Continuation continuation) {
        if (blocks.isEmpty()) {
            return paragraphs;
        }
        List<Paragraph> out = new ArrayList<>();
        int previous = -1;
        for (Paragraph p : paragraphs) {
            Matcher m = PLACEHOLDER.matcher(p.text().strip());
            if (m.matches()) {
                int block = index(m.group(1));
                if (previous >= 0 && continuation.continues(previous, block)) {
                    Paragraph last = out.remove(out.size() - 1);
                    out.add(Paragraph.code(last.text() + "\n" + blocks.get(block)));
                } else {
                    out.add(Paragraph.code(blocks.get(block)));
                }
                previous = block;
                continue;
            }
            previous = -1;
            boolean inNotes = p.notes().stream().anyMatch(n -> n.text().indexOf(MARK) >= 0);
            if (p.text().indexOf(MARK) >= 0 || inNotes) {
                // a placeholder the repair joined to prose, or a block inside a footnote: the
                // block's text goes back in place, nothing lost
                List<Note> notes = p.notes().stream().map(n -> new Note(n.label(), inline(n.text(), blocks))).toList();
                out.add(new Paragraph(inline(p.text(), blocks), p.kind(), notes));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The repaired paragraphs with each table placeholder turned back into its table's paragraphs
     * (a cell a paragraph). A placeholder the repair joined to a paragraph (a table at the head of
     * a page, whose blank lines above went with the page's edge) takes the table out of it: after a
     * sentence's end the paragraph ends there and goes on after the table; inside a sentence (a table
     * floated into the middle of it) the sentence is made whole and the table follows it.
     */
    static List<Paragraph> restoreTables(List<Paragraph> paragraphs, java.util.function.IntFunction<List<Paragraph>> tables) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Matcher m = TABLE_PLACEHOLDER.matcher(p.text());
            List<String> texts = new ArrayList<>();
            List<Integer> between = new ArrayList<>();
            int from = 0;
            while (m.find()) {
                texts.add(p.text().substring(from, m.start()).strip());
                between.add(index(m.group(1)));
                from = m.end();
            }
            if (between.isEmpty()) {
                out.add(p);
                continue;
            }
            texts.add(p.text().substring(from).strip());
            List<Paragraph> cells = new ArrayList<>();
            StringBuilder text = new StringBuilder(texts.get(0));
            List<Note> notes = new ArrayList<>(p.notes());
            for (int i = 0; i < between.size(); i++) {
                cells.addAll(tables.apply(between.get(i)));
                String next = texts.get(i + 1);
                if (next.isEmpty()) {
                    continue;
                }
                if (text.length() > 0 && !SENTENCE_END.matcher(text).find()) {
                    text.append(' ').append(next);   // the sentence goes on past the table
                } else {
                    if (text.length() > 0) {
                        out.add(new Paragraph(text.toString(), p.kind(), notes));
                        notes = List.of();
                    }
                    out.addAll(cells);
                    cells.clear();
                    text.setLength(0);
                    text.append(next);
                }
            }
            if (text.length() > 0) {
                out.add(new Paragraph(text.toString(), p.kind(), notes));
            } else if (!notes.isEmpty() && !out.isEmpty()) {
                Paragraph last = out.remove(out.size() - 1);
                List<Note> all = new ArrayList<>(last.notes());
                all.addAll(notes);
                out.add(new Paragraph(last.text(), last.kind(), all));
            }
            out.addAll(cells);
        }
        return out;
    }
}
