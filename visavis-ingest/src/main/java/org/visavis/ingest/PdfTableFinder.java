package org.visavis.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the tables of one PDF page from the places of its glyphs, as a layout tool reads a page
 * without ruling lines ("stream" mode): the glyphs make lines by their baselines, a line splits
 * into chunks where a gap wider than an em separates two glyphs, and a table is a run of lines
 * whose chunks keep to the same columns, at least three of its lines holding two cells or more.
 * A chunk keeps to a column when it starts at or right of the column's start and ends before the
 * next column starts: a line of prose, which runs across the columns, ends the table.
 * Rows: lines closer than half the line pitch are one row (a cell set in the middle of its row
 * beside a cell wrapped onto two or four lines); otherwise a line without the first column's
 * cell belongs to the row whose first-column line is nearest (cells centred in their rows) or, in a
 * table whose cells all start at their row's top, to the row above; a gap wider than the
 * pitch starts a row. Each cell is the text of its lines, joined.
 *
 * Not tables: a list whose first column holds only labels ("1.", "•", "0"), and text set in two
 * or more columns of prose (two columns whose lines mostly end flush at the same right edge).
 *
 * <pre>{@code
 * List<PdfTableFinder.Table> tables = PdfTableFinder.find(glyphs);
 * tables.get(0).rows().get(1);       // ["pwd", "display name of current/working directory"]
 * tables.get(0).glyphs();            // which of the page's glyphs the table holds
 * }</pre>
 */
final class PdfTableFinder {

    /** A glyph: its left edge and baseline (y grows down the page), its width, font size and text. */
    record Glyph(float x, float y, float width, float size, String text) {
        float right() {
            return x + width;
        }
    }

    /**
     * A table: its rows of cells (left to right; empty cells left out), each cell its lines, and
     * the indexes of its glyphs.
     */
    record Table(List<List<List<String>>> rows, BitSet glyphs) {
        Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** A gap between two glyphs of a line wider than this many ems separates two cells. */
    private static final double CELL_GAP = 1.0;
    /** Glyphs whose baselines differ by less than this many ems are on one line. */
    private static final double SAME_LINE = 0.4;
    /** Lines further apart than this many ems are not in one table. */
    private static final double TABLE_BREAK = 3.0;
    /** A gap between two lines below this share of the pitch: the lines are one row. */
    private static final double HALF_STEP = 0.75;
    /** A gap between two lines above this share of the pitch starts a row. */
    private static final double ROW_GAP = 1.3;
    /** A gap between two glyphs wider than this many ems is a space between words. */
    private static final double WORD_GAP = 0.15;
    /** A gap this wide (in ems) where a column starts, in a line that runs over it, ends a cell filled to its edge. */
    private static final double EDGE_GAP = 0.4;
    /** A line of this many glyphs or fewer, all digits or signs, close to another, is a note marker set above or below it. */
    private static final int MARKER_GLYPHS = 3;
    private static final double MARKER_REACH = 0.8;
    /** A line of one cell's text further below the line before than this many ems is not in the table. */
    private static final double NEXT_LINE = 1.7;
    private static final double FLUSH_SHARE = 0.7;
    /**
     * Lines of two cells or more a table has at least: two lines of justified prose whose wide
     * spaces happen to fall one above the other are no table.
     */
    private static final int MIN_ROWS = 3;
    /** A line above a table further from it than this many times the widest gap between its lines is not its own. */
    private static final double ABOVE_GAP = 1.15;
    private static final int PROSE_CHUNK = 40;
    private static final Pattern LABEL = Pattern.compile("[\\p{N}\\p{P}\\p{S}]{1,4}|\\p{L}[.)]|\\(\\p{L}\\)");

    private PdfTableFinder() {
    }

    /** A run of glyphs of a line, {@code [from, to)} of its glyphs, between two gaps: a cell's line, or a line of prose. */
    private record Chunk(float left, float right, String text, int from, int to) {
    }

    /**
     * A line: its glyphs left to right (spaces and glyphs set over themselves left out), their
     * indexes in the page's glyphs, and its chunks split at wide gaps.
     */
    private record Line(float y, float size, List<Glyph> glyphs, int[] indexes, List<Chunk> chunks) {

        Chunk chunk(int from, int to) {
            StringBuilder text = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (i > from && glyphs.get(i).x() - glyphs.get(i - 1).right() > WORD_GAP * size) {
                    text.append(' ');
                }
                text.append(glyphs.get(i).text());
            }
            return new Chunk(glyphs.get(from).x(), glyphs.get(to - 1).right(), text.toString(), from, to);
        }

        /**
         * The chunks with those that run over a column's start split where a word starts at it: a
         * cell filled to its edge leaves less than an em before the next one.
         */
        List<Chunk> within(List<Float> starts) {
            List<Chunk> out = new ArrayList<>();
            for (Chunk c : chunks) {
                int from = c.from();
                for (float start : starts) {
                    if (start <= c.left() + 0.3f * size || start >= c.right()) {
                        continue;
                    }
                    for (int i = from + 1; i < c.to(); i++) {
                        Glyph g = glyphs.get(i);
                        if (Math.abs(g.x() - start) <= 0.3f * size && g.x() - glyphs.get(i - 1).right() > EDGE_GAP * size) {
                            out.add(chunk(from, i));
                            from = i;
                            break;
                        }
                    }
                }
                out.add(from == c.from() ? c : chunk(from, c.to()));
            }
            return out;
        }
    }

    static List<Table> find(List<Glyph> glyphs) {
        List<Line> lines = lines(glyphs);
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).chunks().size() < 2) {
                i++;
                continue;
            }
            Region region = grow(lines, i);
            if (region.isTable()) {
                tables.add(region.table());
                i = Math.max(i + 1, region.end);
            } else {
                i++;
            }
        }
        return tables;
    }

    /** The glyphs as lines, top to bottom, each split into chunks at wide gaps; spaces are gaps. */
    private static List<Line> lines(List<Glyph> glyphs) {
        Integer[] order = new Integer[glyphs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(glyphs.get(a).y(), glyphs.get(b).y()));
        List<Line> lines = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        float lineY = 0;
        float lineSize = 0;
        for (int index : order) {
            Glyph g = glyphs.get(index);
            if (g.text().isBlank()) {
                continue;
            }
            if (!current.isEmpty() && g.y() - lineY > SAME_LINE * Math.max(lineSize, g.size())) {
                lines.add(line(glyphs, current));
                current.clear();
            }
            if (current.isEmpty()) {
                lineY = g.y();
                lineSize = g.size();
            }
            current.add(index);
        }
        if (!current.isEmpty()) {
            lines.add(line(glyphs, current));
        }
        return withMarkersInLine(glyphs, lines);
    }

    /** Lines of a note marker or two set above (or below) the baseline joined to the nearest line. */
    private static List<Line> withMarkersInLine(List<Glyph> glyphs, List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            Line marker = out.get(i);
            if (marker.glyphs().size() > MARKER_GLYPHS
                    || marker.glyphs().stream().anyMatch(g -> g.text().codePoints().anyMatch(Character::isLetter))) {
                continue;
            }
            int nearest = -1;
            for (int k : new int[] {i - 1, i + 1}) {
                if (k >= 0 && k < out.size() && Math.abs(out.get(k).y() - marker.y()) <= MARKER_REACH * out.get(k).size()
                        && (nearest < 0 || Math.abs(out.get(k).y() - marker.y()) < Math.abs(out.get(nearest).y() - marker.y()))) {
                    nearest = k;
                }
            }
            if (nearest >= 0) {
                List<Integer> both = new ArrayList<>();
                for (int g : out.get(nearest).indexes()) {
                    both.add(g);
                }
                for (int g : marker.indexes()) {
                    both.add(g);
                }
                Line joined = line(glyphs, both);
                out.set(nearest, new Line(out.get(nearest).y(), out.get(nearest).size(), joined.glyphs(), joined.indexes(),
                        joined.chunks()));
                out.remove(i);
                i = Math.max(-1, Math.min(i, nearest) - 2);
            }
        }
        return out;
    }

    private static Line line(List<Glyph> glyphs, List<Integer> indexes) {
        List<Integer> byX = new ArrayList<>(indexes);
        byX.sort((a, b) -> Float.compare(glyphs.get(a).x(), glyphs.get(b).x()));
        float size = 0;
        float y = 0;
        for (int i : byX) {
            size = Math.max(size, glyphs.get(i).size());
            y = Math.max(y, glyphs.get(i).y());
        }
        List<Glyph> kept = new ArrayList<>();
        List<Integer> keptIndexes = new ArrayList<>();
        for (int i : byX) {
            Glyph g = glyphs.get(i);
            Glyph previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (previous != null && g.text().equals(previous.text()) && Math.abs(g.x() - previous.x()) < 0.1f * size) {
                continue;   // a glyph set over itself (bold by overprinting): once
            }
            kept.add(g);
            keptIndexes.add(i);
        }
        Line line = new Line(y, size, kept, ints(keptIndexes), new ArrayList<>());
        int from = 0;
        for (int i = 1; i <= kept.size(); i++) {
            if (i == kept.size() || kept.get(i).x() - kept.get(i - 1).right() > CELL_GAP * size) {
                line.chunks().add(line.chunk(from, i));
                from = i;
            }
        }
        return line;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The lines from {@code seed} down and up that keep to the seed's columns. */
    private static Region grow(List<Line> lines, int seed) {
        Region region = new Region(lines, seed);
        for (int i = seed + 1; i < lines.size() && region.takes(lines.get(i), lines.get(i - 1), true); i++) {
            region.end = i + 1;
        }
        for (int i = seed - 1; i >= 0 && region.takes(lines.get(i), lines.get(i + 1), false); i--) {
            region.start = i;
        }
        region.trimEdges();
        return region;
    }

    /** Lines that keep to a set of columns: a table in the making. */
    private static final class Region {
        private final List<Line> lines;
        private final int seed;
        private final List<Float> starts = new ArrayList<>();
        private int start;
        private int end;

        Region(List<Line> lines, int seed) {
            this.lines = lines;
            this.seed = seed;
            this.start = seed;
            this.end = seed + 1;
            lines.get(seed).chunks().forEach(c -> starts.add(c.left()));
        }

        /**
         * Whether {@code line}, next to {@code neighbour} in the region (below it when {@code down}),
         * keeps to its columns, adding the new ones a line of two chunks or more starts. A line of
         * one chunk in the first column must follow the line above at a line's distance (a prose
         * line right below a table starts where its first column does); above the table, only
         * lines of the other columns are taken.
         */
        boolean takes(Line line, Line neighbour, boolean down) {
            float size = Math.max(line.size(), neighbour.size());
            float gap = Math.abs(line.y() - neighbour.y());
            if (gap > TABLE_BREAK * size || !down && end - start >= 2 && gap > ABOVE_GAP * widestGap()) {
                // above a table, a line further than its rows are apart is not its own (a running header)
                return false;
            }
            List<Chunk> as = line.within(starts);
            if (fits(as, starts, line.size())) {
                // a line of the columns as they are (a heading centred over its column, say)
                return keepsToFirstColumn(as, starts, line, gap, size, down);
            }
            List<Float> widened = new ArrayList<>(starts);
            if (line.chunks().size() >= 2) {
                for (Chunk c : line.chunks()) {
                    if (widened.stream().noneMatch(s -> Math.abs(s - c.left()) <= tolerance(size))) {
                        widened.add(c.left());
                    }
                }
                widened.sort(Float::compare);
            }
            List<Chunk> chunks = line.within(widened);
            if (!fits(chunks, widened, line.size())) {
                return false;
            }
            if (!keepsToFirstColumn(chunks, widened, line, gap, size, down)) {
                return false;
            }
            if (widened.size() > starts.size()) {
                for (int i = start; i < end; i++) {
                    if (!fits(lines.get(i).within(widened), widened, lines.get(i).size())) {
                        return false;
                    }
                }
                starts.clear();
                starts.addAll(widened);
            }
            return true;
        }

        /**
         * Without a first or last line set further from the table than its rows are from each other:
         * a running header or footer whose parts happen to fall in the table's columns.
         */
        void trimEdges() {
            while (end - start > 2 && start < seed
                    && lines.get(start + 1).y() - lines.get(start).y() > ABOVE_GAP * widestGap(start + 1, end)) {
                start++;
            }
            while (end - start > 2 && end - 1 > seed
                    && lines.get(end - 1).y() - lines.get(end - 2).y() > ABOVE_GAP * widestGap(start, end - 1)) {
                end--;
            }
        }

        private float widestGap() {
            return widestGap(start, end);
        }

        private float widestGap(int from, int to) {
            float widest = 0;
            for (int i = from + 1; i < to; i++) {
                widest = Math.max(widest, lines.get(i).y() - lines.get(i - 1).y());
            }
            return widest;
        }

        /**
         * A line of one chunk in the first column is the table's below it at a line's distance (a
         * prose line right below a table starts where its first column does), above it only at half
         * a line's (a cell centred beside a cell of two lines).
         */
        private static boolean keepsToFirstColumn(List<Chunk> chunks, List<Float> starts, Line line, float gap, float size,
                boolean down) {
            boolean firstColumn = chunks.stream().anyMatch(c -> column(c, starts, line.size()) == 0);
            return !firstColumn || chunks.size() > 1 || gap <= (down ? NEXT_LINE : HALF_STEP) * size;
        }

        /** Layout engines start a column's cells at one x: a chunk starts a column within a sixth of an em. */
        private static float tolerance(float size) {
            return size / 6;
        }

        /** Each chunk within one column, one chunk a column. */
        private static boolean fits(List<Chunk> chunks, List<Float> starts, float size) {
            boolean[] used = new boolean[starts.size()];
            for (Chunk c : chunks) {
                int column = column(c, starts, size);
                if (column < 0 || used[column]) {
                    return false;
                }
                used[column] = true;
            }
            return true;
        }

        private static int column(Chunk c, List<Float> starts, float size) {
            float tolerance = tolerance(size);
            for (int k = starts.size() - 1; k >= 0; k--) {
                if (c.left() >= starts.get(k) - tolerance) {
                    boolean last = k == starts.size() - 1;
                    return last || c.right() <= starts.get(k + 1) + tolerance ? k : -1;
                }
            }
            return -1;
        }

        /** The region's lines, each with its chunks split at the columns. */
        private List<List<Chunk>> cells() {
            List<List<Chunk>> out = new ArrayList<>();
            for (int i = start; i < end; i++) {
                out.add(lines.get(i).within(starts));
            }
            return out;
        }

        boolean isTable() {
            List<List<Chunk>> chunks = cells();
            long multi = chunks.stream().filter(c -> c.size() >= 2).count();
            return multi >= MIN_ROWS && starts.size() >= 2 && !isList(chunks) && !isProseColumns(chunks);
        }

        /** A first column of labels only ("1.", "•", "0", "a)"): a list. */
        private boolean isList(List<List<Chunk>> chunks) {
            for (int i = 0; i < chunks.size(); i++) {
                float size = lines.get(start + i).size();
                for (Chunk c : chunks.get(i)) {
                    if (column(c, starts, size) == 0 && !isLabel(c.text().strip())) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean isLabel(String text) {
            return text.length() <= 4 && text.codePoints().noneMatch(Character::isLetter) || LABEL.matcher(text).matches();
        }

        /** Two columns or more of long lines mostly ending flush right: a page set in columns. */
        private boolean isProseColumns(List<List<Chunk>> chunks) {
            int prose = 0;
            for (int k = 0; k < starts.size(); k++) {
                List<Chunk> column = new ArrayList<>();
                float size = 0;
                for (int i = 0; i < chunks.size(); i++) {
                    float lineSize = lines.get(start + i).size();
                    size = Math.max(size, lineSize);
                    for (Chunk c : chunks.get(i)) {
                        if (column(c, starts, lineSize) == k) {
                            column.add(c);
                        }
                    }
                }
                if (column.isEmpty()) {
                    continue;
                }
                float right = (float) column.stream().mapToDouble(Chunk::right).max().orElse(0);
                float edge = size;
                long flush = column.stream().filter(c -> right - c.right() <= edge).count();
                double length = column.stream().mapToInt(c -> c.text().length()).average().orElse(0);
                if (length >= PROSE_CHUNK && flush >= FLUSH_SHARE * column.size()) {
                    prose++;
                }
            }
            return prose >= 2;
        }

        Table table() {
            List<Line> body = lines.subList(start, end);
            List<List<Chunk>> chunks = cells();
            int[] row = rows(body, chunks);
            int rows = row.length == 0 ? 0 : row[row.length - 1] + 1;
            BitSet members = new BitSet();
            List<List<List<String>>> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<List<String>> columns = new ArrayList<>();
                for (int k = 0; k < starts.size(); k++) {
                    columns.add(new ArrayList<>());
                }
                cells.add(columns);
            }
            for (int i = 0; i < body.size(); i++) {
                Line line = body.get(i);
                for (Chunk c : chunks.get(i)) {
                    cells.get(row[i]).get(column(c, starts, line.size())).add(c.text());
                    for (int g = c.from(); g < c.to(); g++) {
                        members.set(line.indexes()[g]);
                    }
                }
            }
            List<List<List<String>>> out = new ArrayList<>();
            for (List<List<String>> r : cells) {
                List<List<String>> texts = r.stream().filter(c -> !c.isEmpty()).toList();
                if (!texts.isEmpty()) {
                    out.add(texts);
                }
            }
            return new Table(out, members);
        }

        /** The row of each line (rows numbered from 0 down the table). */
        private int[] rows(List<Line> body, List<List<Chunk>> chunks) {
            float pitch = pitch(body);
            boolean centred = false;
            for (int i = 1; i < body.size(); i++) {
                centred |= body.get(i).y() - body.get(i - 1).y() < HALF_STEP * pitch;
            }
            int[] row = new int[body.size()];
            boolean[] anchor = new boolean[body.size()];
            int[] columns = new int[body.size()];
            for (int i = 0; i < body.size(); i++) {
                float size = body.get(i).size();
                anchor[i] = chunks.get(i).stream().anyMatch(c -> column(c, starts, size) == 0);
                columns[i] = chunks.get(i).size();
            }
            int rows = 0;
            int rowFirst = 0;
            for (int i = 0; i < body.size(); i++) {
                float gap = i == 0 ? Float.MAX_VALUE : body.get(i).y() - body.get(i - 1).y();
                if (i > 0 && gap < HALF_STEP * pitch) {
                    row[i] = row[i - 1];
                    continue;
                }
                boolean joins = i > 0 && gap <= ROW_GAP * pitch && !anchor[i]
                        && (centred || columns[i] < columns[rowFirst]);
                if (joins && centred) {
                    // a cell centred in its row: the row of the nearest line holding the first column
                    int next = nextAnchor(body, anchor, i, pitch);
                    int previous = previousAnchor(anchor, i);
                    if (next >= 0 && (previous < 0
                            || body.get(next).y() - body.get(i).y() < body.get(i).y() - body.get(previous).y())) {
                        row[i] = rows++;
                        rowFirst = i;
                        for (int k = i + 1; k <= next; k++) {
                            row[k] = row[i];
                        }
                        i = next;
                        continue;
                    }
                }
                if (joins) {
                    row[i] = row[i - 1];
                } else {
                    row[i] = rows++;
                    rowFirst = i;
                }
            }
            return row;
        }

        /** The next line holding the first column, in reach of a centred cell's lines, or -1. */
        private static int nextAnchor(List<Line> body, boolean[] anchor, int from, float pitch) {
            for (int k = from + 1; k < body.size(); k++) {
                if (body.get(k).y() - body.get(k - 1).y() > ROW_GAP * pitch) {
                    return -1;
                }
                if (anchor[k]) {
                    return k;
                }
            }
            return -1;
        }

        private static int previousAnchor(boolean[] anchor, int from) {
            for (int k = from - 1; k >= 0; k--) {
                if (anchor[k]) {
                    return k;
                }
            }
            return -1;
        }

        /** The usual distance between two lines of the table: the median gap of three quarters of an em or more. */
        private static float pitch(List<Line> body) {
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < body.size(); i++) {
                float gap = body.get(i).y() - body.get(i - 1).y();
                if (gap >= HALF_STEP * body.get(i).size()) {
                    gaps.add(gap);
                }
            }
            if (gaps.isEmpty()) {
                return body.get(0).size() * 1.2f;
            }
            gaps.sort(Float::compare);
            return gaps.get(gaps.size() / 2);
        }
    }
}
