package org.visavis.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines that a page layout wrapped back into paragraphs. A paragraph ends at a wider
 * gap than the one between the lines of a paragraph ({@code lineGap} blank lines: 0 for ordinary
 * text, 1 for the double-spaced output of some PDF extractors), or at a line that ends a sentence
 * and stops short, with room left for the next line's first word, or before a list bullet.
 * Everything else, page breaks included, continues the paragraph.
 *
 * <pre>{@code
 * new LineJoiner(1, 120, repair).join(List.of(
 *     "It supposes that struggles over immediate demands are stepping stones to the revolution, and",
 *     "",
 *     "that capital reproduces a workers’ identity. All this has lost any foundation.",
 *     "",
 *     "In fact it is just the opposite."))
 * // two paragraphs: "It supposes ... any foundation." and "In fact it is just the opposite."
 * }</pre>
 */
final class LineJoiner {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"'”’»)\\]]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("([–—-]|(\\d{1,2}[.)]))\\s");
    private static final Pattern BULLET = Pattern.compile("^[•◦▪▸‣●○■□*]\\s");
    /** A line this much shorter than the measure was not filled by the layout, whatever it ends with. */
    private static final double SHORT_LINE = 0.6;
    /** A line this long was filled by the layout, whatever room the character count leaves. */
    private static final double FULL_LINE = 0.85;

    private final int lineGap;
    private final int width;
    private final HyphenationRepair hyphenation;

    LineJoiner(int lineGap, int width, HyphenationRepair hyphenation) {
        if (lineGap < 0 || width < 1) {
            throw new IllegalArgumentException("lineGap must be >= 0 and width >= 1: " + lineGap + ", " + width);
        }
        this.lineGap = lineGap;
        this.width = width;
        this.hyphenation = hyphenation;
    }

    /** The measure of a text: the length that 95% of its non-blank lines do not exceed. */
    static int measure(List<String> lines) {
        int[] lengths = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).mapToInt(String::length).toArray();
        if (lengths.length == 0) {
            return 1;
        }
        Arrays.sort(lengths);
        return Math.max(1, lengths[(int) Math.floor(0.95 * (lengths.length - 1))]);
    }

    /** The paragraphs of {@code lines}, each with the index of its first and last line. */
    List<JoinedParagraph> join(List<String> lines) {
        List<JoinedParagraph> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int first = -1;
        int previous = -1;
        int lineCount = 0;
        int edge = lineGap + 1;
        int blanks = edge;
        int blanksBefore = edge;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            if (previous >= 0 && (endsParagraph(lines.get(previous).strip(), line, blanks)
                    || nextListItem(lines.get(first).strip(), line))) {
                paragraphs.add(new JoinedParagraph(text.toString(), first, previous, lineCount, blanksBefore, blanks));
                text.setLength(0);
                previous = -1;
            }
            if (previous < 0) {
                first = i;
                lineCount = 0;
                blanksBefore = blanks;
            }
            hyphenation.append(text, line);
            lineCount++;
            previous = i;
            blanks = 0;
        }
        if (previous >= 0) {
            paragraphs.add(new JoinedParagraph(text.toString(), first, previous, lineCount, blanksBefore, edge));
        }
        return paragraphs;
    }

    private boolean endsParagraph(String line, String next, int blanks) {
        int room = width - line.length();
        boolean nextWordFits = firstWord(next).length() + 1 <= room;
        if (BULLET.matcher(next).find()) {
            // A bullet always starts an item, however full the line before it.
            return true;
        }
        if (blanks > lineGap) {
            // PDF extraction sometimes sets a gap after a paragraph's first line: a full line that
            // ends no sentence runs on over a single gap. (Letters are not all as wide: a line
            // filled by the layout may count a few characters fewer than the measure.)
            boolean full = !nextWordFits || line.length() >= FULL_LINE * width;
            return blanks > lineGap + 1 || !full || SENTENCE_END.matcher(line).find();
        }
        if (!nextWordFits) {
            // The layout broke the line because the next word did not fit: same paragraph.
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            // Paragraphs do not start in lower case: "...leisure time;" / "benefits for all ...",
            // or a heading set on two lines.
            return false;
        }
        return line.length() < SHORT_LINE * width || SENTENCE_END.matcher(line).find();
    }

    /**
     * In a list whose items start with a dash or a number ("— lire, écrire…", "1. Choose
     * packages"), a line starting the same way starts the next item. A dash inside running prose
     * ("the struggle appears / – in the course of") does not, as its paragraph began otherwise.
     */
    private static boolean nextListItem(String paragraphStart, String next) {
        Matcher item = LIST_ITEM.matcher(paragraphStart);
        Matcher nextItem = LIST_ITEM.matcher(next);
        if (!item.lookingAt() || !nextItem.lookingAt()) {
            return false;
        }
        boolean numbered = item.group(2) != null;
        return numbered ? nextItem.group(2) != null : item.group(1).equals(nextItem.group(1));
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }
}
