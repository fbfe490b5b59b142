package org.visavis.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the rows of a bilingual edition into spreads for printing on facing pages: each group
 * fills about one printed page (A4, 2 cm margins, 11pt serif) on its longer side, the source on
 * the left-hand page and the translation on the right-hand page. A row longer than a page gets a
 * spread of its own and runs over.
 *
 * <pre>{@code
 * for (List<ParagraphRow> spread : Spreads.of(ParagraphRows.of(alignment))) { ... }
 * }</pre>
 */
final class Spreads {
    /** Characters in a printed line, and the lines a page is filled to (of about 45 it holds). */
    static final int LINE_CHARACTERS = 80;
    static final double PAGE_LINES = 42;

    private Spreads() {
    }

    static List<List<ParagraphRow>> of(List<ParagraphRow> rows) {
        List<List<ParagraphRow>> out = new ArrayList<>();
        List<ParagraphRow> current = new ArrayList<>();
        double filled = 0;
        for (ParagraphRow row : rows) {
            double length = row.lines(LINE_CHARACTERS);
            // a heading opens a new page when the current one is already half full
            boolean full = filled + length > PAGE_LINES || (row.isHeading() && filled > PAGE_LINES / 2);
            if (!current.isEmpty() && full) {
                out.add(current);
                current = new ArrayList<>();
                filled = 0;
            }
            current.add(row);
            filled += length;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
