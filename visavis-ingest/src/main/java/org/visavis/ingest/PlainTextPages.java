package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text as a PDF extractor left it into pages of lines, and finds its line spacing.
 * A page ends at a form feed. Text extracted double-spaced (a blank line between every two
 * lines) shows page breaks too: the first line of a page follows the last one of the previous
 * page with no blank line between, and starts with the extractor's one-space indent.
 *
 * <pre>{@code
 * PlainTextPages p = PlainTextPages.of(Files.readString(Path.of("corpora/self-organisation/en.txt")));
 * p.lineGap();        // 1: double-spaced
 * p.pages().get(1).get(0);  // " “struggle” is not a historical invariant ..."
 * }</pre>
 */
record PlainTextPages(List<List<String>> pages, int lineGap) {

    /** Characters on a line of a page, generously: a landscape page in a small font. */
    private static final int MAX_PAGE_MEASURE = 200;
    private static final int MIN_WRAPPED_LINES = 6;
    private static final double FULL_LINE = 0.7;
    private static final double HALF = 0.5;

    PlainTextPages {
        pages = pages.stream().map(List::copyOf).toList();
    }

    static PlainTextPages of(String text) {
        List<String> lines = text.lines().toList();
        int gap = lineGap(lines);
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        boolean formFeeds = text.indexOf('\f') >= 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (formFeeds) {
                int ff;
                while ((ff = line.indexOf('\f')) >= 0) {
                    page.add(line.substring(0, ff));
                    pages.add(page);
                    page = new ArrayList<>();
                    line = line.substring(ff + 1);
                }
            } else if (gap > 0 && i > 0 && startsPage(line) && !lines.get(i - 1).isBlank()) {
                pages.add(page);
                page = new ArrayList<>();
            }
            page.add(line);
        }
        pages.add(page);
        return new PlainTextPages(pages, gap);
    }

    private static boolean startsPage(String line) {
        return line.length() > 1 && line.charAt(0) == ' ' && !Character.isWhitespace(line.charAt(1));
    }

    /**
     * The most frequent number of blank lines between two non-blank lines, when the lines are
     * wrapped to a page measure; 0 when they are not (one paragraph per line, blank lines between).
     */
    static int lineGap(List<String> lines) {
        int gap = mostFrequentGap(lines);
        return gap > 0 && !wrapped(lines) ? 0 : gap;
    }

    /** Wrapped text: lines no longer than a page is wide, most of them nearly as long as the longest. */
    private static boolean wrapped(List<String> lines) {
        int measure = LineJoiner.measure(lines);
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        long full = lines.stream().filter(l -> l.strip().length() >= FULL_LINE * measure).count();
        return measure <= MAX_PAGE_MEASURE && nonBlank >= MIN_WRAPPED_LINES && full >= HALF * nonBlank;
    }

    private static int mostFrequentGap(List<String> lines) {
        int[] counts = new int[4];
        int blanks = -1;
        for (String line : lines) {
            if (line.isBlank()) {
                if (blanks >= 0) {
                    blanks++;
                }
            } else {
                if (blanks >= 0 && blanks < counts.length) {
                    counts[blanks]++;
                }
                blanks = 0;
            }
        }
        int best = 0;
        for (int g = 1; g < counts.length; g++) {
            if (counts[g] > counts[best]) {
                best = g;
            }
        }
        return best;
    }
}
