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
 * PlainTextPages p = PlainTextPages.of("a line of text\n\nanother one\n\nlast of page\n next page starts");
 * p.lineGap();        // 1
 * p.pages().size();   // 2
 * }</pre>
 */
record PlainTextPages(List<List<String>> pages, int lineGap) {

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

    /** The most frequent number of blank lines between two non-blank lines. */
    static int lineGap(List<String> lines) {
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
