package org.visavis.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.RenderingHints;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import org.visavis.edit.TagMarkers;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadShape;
import org.visavis.model.Side;

/**
 * Paints every cell of the bead table with one lightweight component (no Swing component per
 * row): wrapped sentences for the text columns, the bead number, and the link column with bead
 * type, confidence colour and status. Lines come from {@link LineWrapper}, so painting matches
 * the row heights exactly.
 */
final class BeadCellRenderer extends JComponent implements TableCellRenderer {
    static final int PAD = 6;
    private final BeadTableModel model;
    private LineWrapper wrapper;

    private TermHighlights terms;
    private FindingHighlight finding = FindingHighlight.NONE;
    private SearchHighlight search = SearchHighlight.NONE;
    /** Per piece of the cell, the marked character ranges and their colours; null when nothing is marked. */
    private List<List<Mark>> marks;

    private int column;
    private Alignment alignment;
    private Bead bead;
    private int beadIndex;
    private List<LineWrapper.Line> lines = List.of();
    private boolean selected;
    private boolean focused;
    private boolean opensParagraph;
    private Palette palette = Palette.LIGHT;
    private Color tableBackground = Color.WHITE;
    private Color selectionColour = new Color(0x2675BF);
    private Color text = Color.BLACK;

    BeadCellRenderer(BeadTableModel model, LineWrapper wrapper) {
        this.model = model;
        this.wrapper = wrapper;
        setOpaque(true);
    }

    void setTermHighlights(TermHighlights terms) {
        this.terms = terms;
    }

    void setFindingHighlight(FindingHighlight h) {
        this.finding = h;
    }

    private BeadRisk risk = new BeadRisk(0.5);

    void setRisk(BeadRisk r) {
        this.risk = r;
    }

    /** The stripe colour of a bead: blue once confirmed, else by its risk score (tests read it). */
    Color stripeColour(int index, Bead b) {
        return b.isConfirmed() ? ConfidenceColours.confirmed() : ConfidenceColours.of(risk.score(index, b));
    }

    /** The tooltip of the part of a link cell at {@code (x, y)}: the stripe, the type, the confidence or the status. */
    String linkTooltip(int index, Bead b, int x, int y) {
        var fm = wrapper.metrics(CellPiece.Kind.NOTE);
        double score = risk.score(index, b);
        String why = risk.why(index, b);
        if (x < 8) {
            return b.isConfirmed() ? "Blue: confirmed by you"
                    : String.format(Locale.ROOT, "Risk colour %.2f: red is doubtful, amber middling, green likely%s", score,
                    why.isEmpty() ? "" : " (" + why + ": ranked as risky whatever the aligner's score)");
        }
        if (y >= PAD + fm.getHeight()) {
            return b.isConfirmed() ? "Confirmed: a person checked this bead (Space unconfirms)"
                    : "Automatic: not yet checked by a person (Enter confirms and goes on, Space confirms)"
                    + (why.equals("flagged") ? "; the checks list a finding here (F9)" : "")
                    + (why.equals("one-sided") ? "; one side has no sentence" : "");
        }
        int typeEnd = 11 + getFontMetrics(wrapper.font(CellPiece.Kind.NOTE).deriveFont(Font.BOLD)).stringWidth("0-0 ") + 2;
        if (x < typeEnd) {
            return "Bead type " + b.shape() + ": " + b.source().size() + " source and " + b.target().size()
                    + " target sentences" + (b.isOneSided() ? " (one side empty)" : "");
        }
        return String.format(Locale.ROOT, "The aligner's confidence %.2f; counts as low below %.2f (Ctrl+Shift+L)",
                b.confidence(), risk.threshold());
    }

    void setSearchHighlight(SearchHighlight h) {
        this.search = h;
    }

    SearchHighlight searchHighlight() {
        return search;
    }

    FindingHighlight findingHighlight() {
        return finding;
    }

    /** Characters {@code [start, end)} of a piece painted on {@code background}, outlined if {@code edge} is set. */
    private record Mark(int start, int end, Color background, Color edge) {
    }

    void setWrapper(LineWrapper wrapper) {
        this.wrapper = wrapper;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int col) {
        this.column = table.convertColumnIndexToModel(col);
        this.alignment = model.alignment();
        this.beadIndex = (Integer) value;
        this.bead = alignment.beads().get(beadIndex);
        this.selected = isSelected;
        this.focused = hasFocus;
        this.palette = Palette.current();
        this.tableBackground = table.getBackground();
        this.selectionColour = table.getSelectionBackground();
        this.text = textColour(table.getForeground(), background());
        opensParagraph = opensParagraph(alignment, bead, Side.SOURCE) || opensParagraph(alignment, bead, Side.TARGET);
        if (column == BeadTableModel.SOURCE || column == BeadTableModel.TARGET) {
            Side side = column == BeadTableModel.SOURCE ? Side.SOURCE : Side.TARGET;
            List<CellPiece> pieces = CellPiece.of(alignment, bead, side);
            lines = wrapper.lines(pieces, wrapper.textWidth(table.getColumnModel().getColumn(col).getWidth()));
            marks = marks(pieces, side);
        }
        return this;
    }

    /**
     * The glossary terms of the cell's sentences, from the cache (painting never waits for them),
     * and the words of the finding looked at when the bead is one of its beads.
     */
    private List<List<Mark>> marks(List<CellPiece> pieces, Side side) {
        boolean inFinding = finding.covers(beadIndex);
        if (terms == null && !inFinding && !search.isActive()) {
            return null;
        }
        List<List<Mark>> all = null;
        for (int i = 0; i < pieces.size(); i++) {
            CellPiece p = pieces.get(i);
            if (p.kind() == CellPiece.Kind.NOTE) {
                continue;
            }
            List<Mark> here = new java.util.ArrayList<>();
            if (terms != null) {
                for (org.visavis.terms.TermMark m : terms.marks(side, p.text())) {
                    here.add(new Mark(m.start(), m.end(),
                            m.kind() == org.visavis.terms.TermMark.Kind.FORBIDDEN ? palette.forbidden() : palette.term(), null));
                }
            }
            if (inFinding) {
                for (FindingHighlight.Range r : finding.ranges(side, p.text())) {
                    here.add(new Mark(r.start(), r.end(), palette.finding(), palette.findingEdge()));
                }
            }
            for (FindingHighlight.Range r : search.ranges(side, p.text())) {
                here.add(new Mark(r.start(), r.end(), palette.search(), palette.searchEdge()));
            }
            if (!here.isEmpty()) {
                if (all == null) {
                    all = new java.util.ArrayList<>(java.util.Collections.nCopies(pieces.size(), List.of()));
                }
                all.set(i, here);
            }
        }
        return all;
    }

    /** Paints the marks of a line's piece that fall on the line, also the part of a term wrapped onto it. */
    private void paintMarks(Graphics2D g, java.awt.FontMetrics fm, LineWrapper.Line line, int x, int top) {
        String s = line.text();
        int from = line.start();
        int to = from + s.length();
        for (Mark m : marks.get(line.piece())) {
            int a = Math.max(m.start(), from);
            int b = Math.min(m.end(), to);
            if (a >= b) {
                continue;
            }
            int left = x + fm.stringWidth(s.substring(0, a - from));
            int width = fm.stringWidth(s.substring(a - from, b - from));
            g.setColor(m.background());
            g.fillRect(left, top, width, fm.getHeight());
            if (m.edge() != null) {
                g.setColor(m.edge());
                g.fillRect(left, top + fm.getHeight() - 2, width, 2);
            }
        }
    }

    /** Where, in the cell, the character {@code offset} of piece {@code piece} is painted (tests). */
    java.awt.Point pointOf(int piece, int offset) {
        int y = PAD;
        for (LineWrapper.Line line : lines) {
            var fm = wrapper.metrics(line.kind());
            if (line.piece() == piece && offset >= line.start() && offset < line.start() + Math.max(1, line.text().length())) {
                return new java.awt.Point(wrapper.textLeft() + fm.stringWidth(line.text().substring(0, offset - line.start())),
                        y + fm.getHeight() / 2);
            }
            y += fm.getHeight();
        }
        return null;
    }

    /** The lines of the cell last prepared for painting (tests). */
    List<LineWrapper.Line> lines() {
        return lines;
    }

    /** The background of the row of the cell last prepared: selected, confirmed or plain. */
    Color background() {
        return selected ? palette.selectedRow(tableBackground, selectionColour)
                : bead.isConfirmed() ? palette.confirmedRow(tableBackground) : tableBackground;
    }

    /** The colour of the sentences of the cell last prepared: the look's, or the palette's where that is too faint. */
    Color text() {
        return text;
    }

    /** The colour of the bead number, the confidence figure and the status line. */
    Color secondaryText() {
        return palette.secondaryText();
    }

    private Color textColour(Color lookText, Color background) {
        return Palette.contrast(lookText, background) >= 4.5 ? lookText : palette.text();
    }

    /** A rule across the row marks a paragraph opening on either side. */
    private static boolean opensParagraph(Alignment a, Bead bead, Side side) {
        List<Integer> ix = side.of(bead);
        return !ix.isEmpty() && ix.get(0) > 0 && side.of(a).startsParagraph(ix.get(0));
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        g.setColor(background());
        g.fillRect(0, 0, w, h);
        switch (column) {
            case BeadTableModel.NUMBER -> paintNumber(g, w);
            case BeadTableModel.LINK -> paintLink(g, w, h);
            default -> paintText(g);
        }
        if (opensParagraph) {
            g.setColor(palette.paragraphRule());
            g.drawLine(0, 0, w, 0);
        }
        if (focused) {
            g.setColor(palette.confirmed());
            g.drawRect(0, 0, w - 1, h - 1);
            g.drawRect(1, 1, w - 3, h - 3);
        }
    }

    private void paintText(Graphics2D g) {
        int y = PAD;
        int x = wrapper.textLeft();
        for (LineWrapper.Line line : lines) {
            g.setFont(wrapper.font(line.kind()));
            var fm = wrapper.metrics(line.kind());
            int baseline = y + fm.getAscent();
            if (line.startsWithPilcrow()) {
                g.setColor(palette.pilcrow());
                g.drawString(LineWrapper.PILCROW, PAD, baseline);
            }
            if (marks != null && line.kind() != CellPiece.Kind.NOTE) {
                paintMarks(g, fm, line, x, y);
            }
            if (line.kind() == CellPiece.Kind.NOTE) {
                g.setColor(palette.secondaryText());
                g.drawString(line.text(), x, baseline);
            } else {
                drawWithTags(g, fm, line.text(), x, y, baseline);
            }
            y += fm.getHeight();
        }
    }

    /**
     * A line of text whose tag markers ({@code ⟨1⟩}, {@code ⟨/1⟩}, {@code ⟨2/⟩}) are painted as tags:
     * a violet chip as wide as the marker, its number (and slash) in the middle in bold, so that
     * a marker never reads as "(1)" in the text; the text keeps its width, so clicks and wrapping
     * fall where they did.
     */
    private void drawWithTags(Graphics2D g, java.awt.FontMetrics fm, String s, int x, int top, int baseline) {
        int at = 0;
        for (TagMarkers.MarkerSpan m : TagMarkers.spans(s)) {
            g.setColor(text);
            g.drawString(s.substring(at, m.start()), x + fm.stringWidth(s.substring(0, at)), baseline);
            int left = x + fm.stringWidth(s.substring(0, m.start()));
            int width = fm.stringWidth(s.substring(m.start(), m.end()));
            paintTag(g, fm, s.substring(m.start() + 1, m.end() - 1), left, top, width, palette);
            at = m.end();
        }
        g.setColor(text);
        g.drawString(s.substring(at), x + fm.stringWidth(s.substring(0, at)), baseline);
    }

    /** A tag chip of {@code width} at {@code left} on a line at {@code top}, {@code label} (the marker's number) centred on it. */
    static void paintTag(Graphics2D g, java.awt.FontMetrics fm, String label, int left, int top, int width, Palette palette) {
        int inset = Math.max(1, fm.getHeight() / 8);
        int height = fm.getHeight() - 2 * inset;
        g.setColor(palette.tag());
        g.fillRoundRect(left, top + inset, width, height, height / 2, height / 2);
        Font bold = g.getFont().deriveFont(Font.BOLD, g.getFont().getSize2D() * 0.8f);
        Font before = g.getFont();
        g.setFont(bold);
        var small = g.getFontMetrics();
        g.setColor(palette.tagText());
        g.drawString(label, left + (width - small.stringWidth(label)) / 2,
                top + inset + (height - small.getHeight()) / 2 + small.getAscent());
        g.setFont(before);
    }

    private void paintNumber(Graphics2D g, int w) {
        Font f = wrapper.font(CellPiece.Kind.NOTE).deriveFont(Font.PLAIN);
        g.setFont(f);
        g.setColor(palette.secondaryText());
        String n = String.format(Locale.ROOT, "%,d", org.visavis.checks.BeadNumbers.shown(beadIndex));
        var fm = g.getFontMetrics();
        g.drawString(n, w - PAD - fm.stringWidth(n), PAD + fm.getAscent());
    }

    private void paintLink(Graphics2D g, int w, int h) {
        Color c = stripeColour(beadIndex, bead);
        g.setColor(c);
        g.fillRect(0, 0, 5, h);
        Font f = wrapper.font(CellPiece.Kind.NOTE).deriveFont(Font.PLAIN);
        var fm = g.getFontMetrics(f);
        int y = PAD + fm.getAscent();
        g.setFont(f.deriveFont(Font.BOLD));
        g.setColor(bead.isOneSided() || !bead.shape().equals(BeadShape.ONE_ONE) ? palette.error() : text);
        g.drawString(bead.shape().toString(), 11, y);
        int typeWidth = g.getFontMetrics().stringWidth("0-0 ");
        g.setFont(f);
        g.setColor(palette.secondaryText());
        g.drawString(String.format(Locale.ROOT, "%.2f", bead.confidence()), 11 + typeWidth + 4, y);
        y += fm.getHeight();
        g.setColor(bead.isConfirmed() ? palette.confirmed() : palette.secondaryText());
        String why = risk.why(beadIndex, bead);
        g.drawString(bead.isConfirmed() ? "✓ confirmed" : why.isEmpty() ? "auto" : "auto · " + why, 11, y);
    }

    /** A quick guess at the row height from text lengths alone, used until the row is measured. */
    int estimatedRowHeight(Alignment a, int b, int sourceWidth, int targetWidth) {
        Bead bd = a.beads().get(b);
        int lines = Math.max(wrapper.estimatedLines(a.source(), bd.source(), wrapper.textWidth(sourceWidth)),
                wrapper.estimatedLines(a.target(), bd.target(), wrapper.textWidth(targetWidth)));
        int link = 2 * wrapper.lineHeight(CellPiece.Kind.NOTE);
        return Math.max(lines * wrapper.lineHeight(CellPiece.Kind.SENTENCE), link) + 2 * PAD;
    }

    /** The row height of bead {@code b} for the given text column widths. */
    int rowHeight(Alignment a, int b, int sourceWidth, int targetWidth) {
        Bead bd = a.beads().get(b);
        int hs = wrapper.height(CellPiece.of(a, bd, Side.SOURCE), wrapper.textWidth(sourceWidth));
        int ht = wrapper.height(CellPiece.of(a, bd, Side.TARGET), wrapper.textWidth(targetWidth));
        int link = 2 * wrapper.lineHeight(CellPiece.Kind.NOTE);
        return Math.max(Math.max(hs, ht), link) + 2 * PAD;
    }
}
