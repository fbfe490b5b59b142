package org.visavis.ui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.JComponent;

/**
 * Greedy word wrap of cell pieces for a column width, with character widths cached per font so
 * that measuring 20,000 rows takes milliseconds. Row heights and painting use the same breaks,
 * so no line is ever clipped. Paragraph openings get a pilcrow in the gutter left of the text
 * ({@link #textLeft()}), headings are bold, notes smaller and italic.
 *
 * <pre>{@code
 * LineWrapper w = new LineWrapper(table, new Font(Font.SERIF, Font.PLAIN, 15));
 * int h = w.height(CellPiece.of(a, bead, Side.SOURCE), 420);
 * }</pre>
 */
final class LineWrapper {
    static final String PILCROW = "¶";

    /**
     * One wrapped line ready to paint: its text (after the pilcrow if it has one), from character
     * {@code start} of piece {@code piece} of the cell.
     */
    record Line(String text, CellPiece.Kind kind, boolean startsWithPilcrow, int piece, int start) {
    }

    private final FontMetrics[] metrics = new FontMetrics[CellPiece.Kind.values().length];
    private final Font[] fonts = new Font[CellPiece.Kind.values().length];
    private final int[][] widths = new int[CellPiece.Kind.values().length][];
    private final int averageCharWidth;

    LineWrapper(JComponent component, Font base) {
        fonts[CellPiece.Kind.SENTENCE.ordinal()] = base;
        fonts[CellPiece.Kind.HEADING.ordinal()] = base.deriveFont(Font.BOLD);
        fonts[CellPiece.Kind.NOTE.ordinal()] = base.deriveFont(Font.ITALIC, base.getSize2D() - 2);
        for (int k = 0; k < fonts.length; k++) {
            metrics[k] = component.getFontMetrics(fonts[k]);
            widths[k] = new int[0x2100];
            Arrays.fill(widths[k], -1);
        }
        String sample = "Debian est une distribution libre; it is a free operating system.";
        averageCharWidth = Math.max(1, metrics[0].stringWidth(sample) / sample.length());
    }

    /**
     * Where text starts in a text cell: the padding and a gutter holding the pilcrow of a
     * paragraph's first line, so that every line of a cell starts at the same x, in the table
     * and in the text editor alike.
     */
    int textLeft() {
        return BeadCellRenderer.PAD + metrics[CellPiece.Kind.SENTENCE.ordinal()].stringWidth(PILCROW) + 3;
    }

    /** The width text wraps to in a text column {@code columnWidth} pixels wide. */
    int textWidth(int columnWidth) {
        return columnWidth - textLeft() - BeadCellRenderer.PAD;
    }

    Font font(CellPiece.Kind kind) {
        return fonts[kind.ordinal()];
    }

    FontMetrics metrics(CellPiece.Kind kind) {
        return metrics[kind.ordinal()];
    }

    int lineHeight(CellPiece.Kind kind) {
        return metrics[kind.ordinal()].getHeight();
    }

    /** About how many lines the sentences take at {@code width} pixels, from their lengths only. */
    int estimatedLines(org.visavis.model.SegmentedDocument doc, List<Integer> sentences, int width) {
        int perLine = Math.max(1, width / averageCharWidth);
        int lines = 0;
        for (int i : sentences) {
            lines += 1 + doc.segments().get(i).text().length() / perLine;
        }
        return lines;
    }

    /** The height of the pieces wrapped to {@code width} pixels. */
    int height(List<CellPiece> pieces, int width) {
        int h = 0;
        for (CellPiece p : pieces) {
            h += count(p, width) * lineHeight(p.kind());
        }
        return h;
    }

    List<Line> lines(List<CellPiece> pieces, int width) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            CellPiece p = pieces.get(i);
            String text = p.text();
            int start = 0;
            boolean first = true;
            for (int end : breaks(text, p.kind(), width)) {
                String line = text.substring(start, end).stripTrailing();
                out.add(new Line(line, p.kind(), first && p.opensParagraph(), i, start));
                start = end;
                first = false;
            }
        }
        return out;
    }

    private int count(CellPiece p, int width) {
        return breaks(p.text(), p.kind(), width).length;
    }

    /**
     * End offsets of the wrapped lines of {@code text}; at least one line, even when empty. The
     * text editor breaks its lines here too, so that a click lands on the character shown.
     */
    int[] breaks(String text, CellPiece.Kind kind, int width) {
        int[] w = widths[kind.ordinal()];
        FontMetrics fm = metrics[kind.ordinal()];
        int max = Math.max(20, width);
        int[] ends = new int[4];
        int n = 0;
        int lineStart = 0;
        int lineWidth = 0;
        int lastSpace = -1;
        int widthAtSpace = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cw;
            if (c < w.length) {
                cw = w[c];
                if (cw < 0) {
                    cw = fm.charWidth(c);
                    w[c] = cw;
                }
            } else {
                cw = fm.charWidth(c);
            }
            if (c == ' ') {
                lastSpace = i;
                widthAtSpace = lineWidth + cw;
            }
            lineWidth += cw;
            if (lineWidth > max && i > lineStart) {
                int end;
                if (lastSpace > lineStart) {
                    end = lastSpace + 1;
                    lineWidth -= widthAtSpace;
                } else {
                    end = i; // a word longer than the line is cut
                    lineWidth = cw;
                }
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                }
                ends[n++] = end;
                lineStart = end;
                lastSpace = -1;
            }
        }
        if (n == ends.length) {
            ends = Arrays.copyOf(ends, n + 1);
        }
        ends[n++] = text.length();
        return Arrays.copyOf(ends, n);
    }
}
