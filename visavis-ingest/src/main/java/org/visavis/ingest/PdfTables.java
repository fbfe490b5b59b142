package org.visavis.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;

/**
 * The tables of a PDF's pages ({@link PdfTableFinder}, from the places of the glyphs that
 * PDFBox reads), and which of the lines of Tika's text (matched by their text, spaces aside, as
 * the text stripper wrote them) are theirs: a line all of whose glyphs a table holds.
 *
 * <pre>{@code
 * PdfTables tables = PdfLayout.read(Path.of("debian-reference.en.pdf")).tables();
 * tables.take(53, "pwd display name of current/working directory");  // Optional.of(4): the table's index
 * tables.rows(4).get(0);   // [["command"], ["description"]]: a row's cells, each its lines
 * }</pre>
 */
final class PdfTables {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The rows of cells (each its lines) of every table, in page order. */
    private final List<List<List<List<String>>>> tables = new ArrayList<>();
    /** The number of lines of every table. */
    private final List<Integer> lineCounts = new ArrayList<>();
    /** Per page number (from 1): the index of the table of each line, by the line's text without spaces. */
    private final Map<Integer, Map<String, Deque<Integer>>> pages = new HashMap<>();

    /** Finds the tables of page {@code page} (from 1) among its lines. */
    void page(int page, List<PdfPageLines.Written> written) {
        List<PdfTableFinder.Glyph> glyphs = new ArrayList<>();
        int[] firstGlyph = new int[written.size() + 1];
        for (int w = 0; w < written.size(); w++) {
            firstGlyph[w] = glyphs.size();
            for (TextPosition p : written.get(w).glyphs()) {
                glyphs.add(new PdfTableFinder.Glyph(p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                        p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir(), p.getUnicode()));
            }
        }
        firstGlyph[written.size()] = glyphs.size();
        List<PdfTableFinder.Table> found = PdfTableFinder.find(glyphs);
        if (found.isEmpty()) {
            return;
        }
        Map<String, Deque<Integer>> lines = new HashMap<>();
        for (PdfTableFinder.Table table : found) {
            int index = tables.size();
            tables.add(table.rows());
            int count = 0;
            for (int w = 0; w < written.size(); w++) {
                if (holdsAll(table.glyphs(), glyphs, firstGlyph[w], firstGlyph[w + 1])) {
                    lines.computeIfAbsent(key(written.get(w).text()), k -> new ArrayDeque<>()).add(index);
                    count++;
                }
            }
            lineCounts.add(count);
        }
        pages.put(page, lines);
    }

    /** Whether the table holds every glyph but spaces of glyphs {@code [from, to)}, and there is one. */
    private static boolean holdsAll(BitSet table, List<PdfTableFinder.Glyph> glyphs, int from, int to) {
        boolean any = false;
        for (int g = from; g < to; g++) {
            if (!glyphs.get(g).text().isBlank()) {
                if (!table.get(g)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The table that the line of page {@code page} with this text (spaces aside) belongs to, taken so that it matches once. */
    Optional<Integer> take(int page, String text) {
        Map<String, Deque<Integer>> lines = pages.get(page);
        if (lines == null || text.isBlank()) {
            return Optional.empty();
        }
        Deque<Integer> same = lines.get(key(text));
        return same == null || same.isEmpty() ? Optional.empty() : Optional.of(same.poll());
    }

    /** Table {@code index}'s rows, each its cells from left to right, each cell its lines. */
    List<List<List<String>>> rows(int index) {
        return tables.get(index);
    }

    /** How many of the stripper's lines table {@code index} holds. */
    int lineCount(int index) {
        return lineCounts.get(index);
    }

    private static String key(String text) {
        return SPACES.matcher(text).replaceAll("");
    }
}
