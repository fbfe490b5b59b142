package org.visavis.ui;

import java.awt.Font;
import java.awt.Rectangle;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.event.ChangeEvent;
import javax.swing.table.TableColumn;
import org.visavis.model.Alignment;
import org.visavis.model.Side;

/**
 * The side-by-side table: one row per bead, wrapped text, row heights measured from the text of
 * the rows shown (cached per bead, measured again only when the text or a column width changes)
 * and a typical height for the rows never shown.
 * One renderer paints every cell, so a 20,000-bead alignment costs no more components than a
 * 20-bead one.
 */
final class BeadTable extends JTable {
    private final BeadTableModel beads;
    private final BeadCellRenderer renderer;
    private final SentenceCellEditor editor;
    private LineWrapper wrapper;
    /** Row heights by bead; a bead is immutable and always shows the same text, so identity is a safe key. */
    private final java.util.IdentityHashMap<org.visavis.model.Bead, Integer> heights = new java.util.IdentityHashMap<>();
    private boolean settingHeights;
    private boolean viewportWatched;
    private int measuredSourceWidth = -1;
    private int measuredTargetWidth = -1;

    BeadTable(BeadTableModel model, Font textFont) {
        super(model);
        this.beads = model;
        this.wrapper = new LineWrapper(this, textFont);
        this.renderer = new BeadCellRenderer(model, wrapper);
        this.editor = new SentenceCellEditor(model, wrapper);
        setDefaultRenderer(Integer.class, renderer);
        setDefaultEditor(Integer.class, editor);
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setRowSelectionAllowed(true);
        setColumnSelectionAllowed(false);
        setShowVerticalLines(true);
        setShowHorizontalLines(true);
        setFillsViewportHeight(true);
        putClientProperty("JTable.autoStartsEdit", Boolean.FALSE);
        setSurrendersFocusOnKeystroke(true);
        getTableHeader().setReorderingAllowed(false);
        setAutoResizeMode(AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        column(BeadTableModel.NUMBER, 56, 56);
        column(BeadTableModel.LINK, 104, 104);
        column(BeadTableModel.SOURCE, 200, 500);
        column(BeadTableModel.TARGET, 200, 500);
        changeSelection(0, BeadTableModel.SOURCE, false, false);
        getTableHeader().setDefaultRenderer(new SideHeader(getTableHeader().getDefaultRenderer()));
    }

    /** Column headers with the side chosen marked: bold, "◆ Target · active side". */
    private final class SideHeader implements javax.swing.table.TableCellRenderer {
        private final javax.swing.table.TableCellRenderer base;

        SideHeader(javax.swing.table.TableCellRenderer base) {
            this.base = base;
        }

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                                int row, int column) {
            int model = convertColumnIndexToModel(column);
            boolean active = (model == BeadTableModel.SOURCE && focusedSide() == Side.SOURCE)
                    || (model == BeadTableModel.TARGET && focusedSide() == Side.TARGET);
            Object shown = active ? "◆ " + value + " · active side" : value;
            java.awt.Component c = base.getTableCellRendererComponent(t, shown, selected, focused, row, column);
            c.setFont(c.getFont().deriveFont(active ? Font.BOLD : Font.PLAIN));
            return c;
        }
    }

    /** The header text shown for view column {@code column} (tests). */
    String headerText(int column) {
        java.awt.Component c = getTableHeader().getDefaultRenderer().getTableCellRendererComponent(this,
                getColumnModel().getColumn(column).getHeaderValue(), false, false, -1, column);
        return c instanceof javax.swing.JLabel l ? l.getText() : "";
    }

    private void column(int index, int min, int preferred) {
        TableColumn c = getColumnModel().getColumn(index);
        c.setMinWidth(min);
        c.setPreferredWidth(preferred);
        if (index == BeadTableModel.NUMBER || index == BeadTableModel.LINK) {
            c.setMaxWidth(preferred + 40);
        }
    }

    /**
     * The selected cell stays on the two text columns: Right on the target, Left on the source,
     * or a click on the number or link column keep the side chosen (the link column is never
     * a side of its own).
     */
    @Override
    public void changeSelection(int row, int column, boolean toggle, boolean extend) {
        int model = column < 0 ? column : convertColumnIndexToModel(column);
        if (model == BeadTableModel.NUMBER || model == BeadTableModel.LINK) {
            int lead = getColumnModel().getSelectionModel().getLeadSelectionIndex();
            int leadModel = lead < 0 ? -1 : convertColumnIndexToModel(lead);
            column = convertColumnIndexToView(leadModel == BeadTableModel.TARGET ? BeadTableModel.TARGET : BeadTableModel.SOURCE);
        }
        if (column >= 0) {
            chosenColumn = convertColumnIndexToModel(column);
        }
        super.changeSelection(row, column, toggle, extend);
        if (getTableHeader() != null) {
            getTableHeader().repaint(); // the header shows the side chosen
        }
    }

    private java.util.function.BooleanSupplier mayEdit = () -> true;
    /** The text column last chosen: a table refresh clears the column selection, the side chosen stays. */
    private int chosenColumn = BeadTableModel.SOURCE;

    /** Text editing starts only when {@code gate} says so (not while a realign runs). */
    void setEditGate(java.util.function.BooleanSupplier gate) {
        this.mayEdit = gate;
    }

    @Override
    public boolean editCellAt(int row, int column, java.util.EventObject e) {
        return mayEdit.getAsBoolean() && super.editCellAt(row, column, e);
    }

    /** The source column's share of the text columns' width. */
    double sourceShare() {
        int sw = getColumnModel().getColumn(convertColumnIndexToView(BeadTableModel.SOURCE)).getWidth();
        int tw = getColumnModel().getColumn(convertColumnIndexToView(BeadTableModel.TARGET)).getWidth();
        return sw + tw == 0 ? 0.5 : sw / (double) (sw + tw);
    }

    void setSourceShare(double share) {
        getColumnModel().getColumn(convertColumnIndexToView(BeadTableModel.SOURCE)).setPreferredWidth((int) (1000 * share));
        getColumnModel().getColumn(convertColumnIndexToView(BeadTableModel.TARGET)).setPreferredWidth((int) (1000 * (1 - share)));
    }

    /** Highlights glossary terms from {@code terms}' cache. */
    void setTermHighlights(TermHighlights terms) {
        renderer.setTermHighlights(terms);
    }

    /** Marks the words of the finding looked at in its beads (or nothing with {@link FindingHighlight#NONE}). */
    void setFindingHighlight(FindingHighlight h) {
        renderer.setFindingHighlight(h);
        repaint();
    }

    /** Marks what the find bar looks for (or nothing with {@link SearchHighlight#NONE}). */
    void setSearchHighlight(SearchHighlight h) {
        renderer.setSearchHighlight(h);
        repaint();
    }

    /** What the stripe, the type, the confidence and the status of the link column mean, for the bead under the mouse. */
    @Override
    public String getToolTipText(java.awt.event.MouseEvent e) {
        int row = rowAtPoint(e.getPoint());
        int col = columnAtPoint(e.getPoint());
        if (row < 0 || col < 0 || beads.alignment() == null) {
            return null;
        }
        int model = convertColumnIndexToModel(col);
        int b = beads.beadAt(row);
        org.visavis.model.Bead bead = beads.alignment().beads().get(b);
        if (model == BeadTableModel.NUMBER) {
            return "Bead " + org.visavis.checks.BeadNumbers.shown(b) + " (the number every report uses)";
        }
        if (model != BeadTableModel.LINK) {
            return null;
        }
        Rectangle cell = getCellRect(row, col, false);
        return renderer.linkTooltip(b, bead, e.getX() - cell.x, e.getY() - cell.y);
    }

    /** Colours the link column by {@code r}'s score rather than the aligner's confidence alone. */
    void setRisk(BeadRisk r) {
        renderer.setRisk(r);
    }

    BeadCellRenderer cellRenderer() {
        return renderer;
    }

    SentenceCellEditor sentenceEditor() {
        return editor;
    }

    /** The font the sentences are painted in (the reading size the reviser chose). */
    Font textFont() {
        return wrapper.font(CellPiece.Kind.SENTENCE);
    }

    void setTextFont(Font font) {
        wrapper = new LineWrapper(this, font);
        renderer.setWrapper(wrapper);
        editor.setWrapper(wrapper);
        forgetHeights();
        refreshRowHeights();
    }

    /** The side of the focused column: the target when the target column has the focus, else the source. */
    Side focusedSide() {
        int lead = getColumnModel().getSelectionModel().getLeadSelectionIndex();
        int column = lead >= 0 ? convertColumnIndexToModel(lead) : chosenColumn;
        return column == BeadTableModel.TARGET ? Side.TARGET : Side.SOURCE;
    }

    /** The selected bead index, or -1. */
    int selectedBead() {
        int row = getSelectedRow();
        return row < 0 || row >= beads.getRowCount() ? -1 : beads.beadAt(row);
    }

    /** Jumps to bead {@code b} (or the nearest shown bead): selects it and centres it, keeping the focused column. */
    void selectBead(int b) {
        selectBead(b, true);
    }

    /**
     * Selects bead {@code b} (or the nearest shown bead), keeping the focused column; with
     * {@code centre} it lands mid-screen with the beads around it in view, else it is only
     * scrolled into view if it is not (after an edit, the view stays where the reviser is).
     */
    void selectBead(int b, boolean centre) {
        SwingThread.mustBeSwingThread();
        int row = beads.rowOf(b);
        if (row < 0) {
            clearSelection();
            return;
        }
        int lead = getColumnModel().getSelectionModel().getLeadSelectionIndex();
        // measure around the target first, so that it lands where it is aimed at
        measureRows(Math.max(0, row - 60), Math.min(beads.getRowCount() - 1, row + 60));
        if (centre || !getVisibleRect().contains(getCellRect(row, 0, true))) {
            // size the table to the measured heights now: a scroll is clamped to the old size otherwise
            if (getParent() != null) {
                getParent().invalidate();
                getParent().validate();
            }
        }
        boolean scrolls = getAutoscrolls();
        setAutoscrolls(false); // changeSelection would scroll the row just into view, at the edge
        try {
            changeSelection(row, lead < 0 ? convertColumnIndexToView(chosenColumn) : lead, false, false);
        } finally {
            setAutoscrolls(scrolls);
        }
        Rectangle r = getCellRect(row, 0, true);
        Rectangle visible = getVisibleRect();
        if (centre || !visible.contains(r)) {
            if (visible.height > r.height) {
                r = new Rectangle(0, Math.max(0, r.y - (visible.height - r.height) / 2), 1, visible.height);
            }
            scrollRectToVisible(r);
        }
    }

    /**
     * Sets the height of every row: exact for rows measured before, a typical height for the
     * others (the mean of estimates from the text lengths of a sample of beads), then exact for
     * the rows in view. One height for all rows costs nothing to set, so opening 20,000 beads or
     * widening a column measures only the screenful shown.
     */
    void refreshRowHeights() {
        refreshRowHeights(0, beads.getRowCount());
    }

    /** Sets the heights of view rows {@code [from, to)}, then measures the rows in view. */
    void refreshRowHeights(int from, int to) {
        SwingThread.mustBeSwingThread();
        Alignment a = beads.alignment();
        if (a == null) {
            return;
        }
        int sw = getColumnModel().getColumn(convertColumnIndexToView(BeadTableModel.SOURCE)).getWidth();
        int tw = getColumnModel().getColumn(convertColumnIndexToView(BeadTableModel.TARGET)).getWidth();
        if (sw != measuredSourceWidth || tw != measuredTargetWidth || heights.size() > 3 * a.beads().size() + 1000) {
            heights.clear();
            measuredSourceWidth = sw;
            measuredTargetWidth = tw;
            from = 0;
            to = beads.getRowCount();
        }
        int first = from;
        int end = Math.min(to, beads.getRowCount());
        boolean all = first == 0 && end == beads.getRowCount();
        batch(() -> {
            boolean changed = false;
            if (all) {
                int typical = typicalRowHeight(a, sw, tw);
                setRowHeight(typical); // every row, and the row model is dropped: the measured ones are set again below
                changed = true;
            }
            if (!all || !heights.isEmpty()) {
                for (int row = first; row < end; row++) {
                    Integer exact = heights.get(a.beads().get(beads.beadAt(row)));
                    changed |= setHeight(row, exact != null ? exact : getRowHeight());
                }
            }
            return changed;
        });
        measureRowsInView();
    }

    /** The mean estimated height of up to 256 beads spread over the rows: what an unmeasured row is given. */
    private int typicalRowHeight(Alignment a, int sw, int tw) {
        int rows = beads.getRowCount();
        int samples = Math.min(rows, 256);
        if (samples == 0) {
            return Math.max(1, getRowHeight());
        }
        long sum = 0;
        for (int i = 0; i < samples; i++) {
            sum += renderer.estimatedRowHeight(a, beads.beadAt((int) ((long) i * rows / samples)), sw, tw);
        }
        return (int) Math.max(1, sum / samples);
    }

    /** Replaces estimated heights by measured ones for the rows in view (and a few below). */
    void measureRowsInView() {
        Alignment a = beads.alignment();
        if (a == null || isEditing() || beads.getRowCount() == 0 || measuredSourceWidth < 0) {
            return;
        }
        Rectangle view = getVisibleRect();
        int first = rowAtPoint(new java.awt.Point(0, view.y));
        int last = rowAtPoint(new java.awt.Point(0, view.y + Math.max(view.height, 1000)));
        first = Math.max(0, first);
        last = last < 0 ? beads.getRowCount() - 1 : Math.min(beads.getRowCount() - 1, last + 10);
        measureRows(first, last);
    }

    /** Measures rows {@code from..to} (inclusive) that are still estimated. */
    private void measureRows(int from, int to) {
        Alignment a = beads.alignment();
        if (a == null || measuredSourceWidth < 0 || from > to) {
            return;
        }
        batch(() -> {
            boolean changed = false;
            for (int row = from; row <= to; row++) {
                int b = beads.beadAt(row);
                org.visavis.model.Bead bead = a.beads().get(b);
                Integer h = heights.get(bead);
                if (h == null) {
                    h = renderer.rowHeight(a, b, measuredSourceWidth, measuredTargetWidth);
                    heights.put(bead, h);
                }
                changed |= setHeight(row, h);
            }
            return changed;
        });
    }

    /** The measured height of view row {@code row}, which the table shows once the row is in view. */
    int measuredHeight(int row) {
        Alignment a = beads.alignment();
        return renderer.rowHeight(a, beads.beadAt(row), measuredSourceWidth, measuredTargetWidth);
    }

    private boolean setHeight(int row, int h) {
        if (getRowHeight(row) != h) {
            setRowHeight(row, h);
            return true;
        }
        return false;
    }

    /** Runs a batch of row height changes with one revalidate and repaint at the end. */
    private void batch(java.util.function.BooleanSupplier change) {
        settingHeights = true;
        boolean changed;
        try {
            changed = change.getAsBoolean();
        } finally {
            settingHeights = false;
        }
        if (changed) {
            resizeAndRepaint();
        }
    }

    @Override
    public void addNotify() {
        super.addNotify();
        if (getParent() instanceof javax.swing.JViewport viewport && !viewportWatched) {
            viewportWatched = true;
            viewport.addChangeListener(e -> measureRowsInView());
        }
    }

    /** One revalidate and repaint for a whole batch of row heights instead of one per row. */
    @Override
    protected void resizeAndRepaint() {
        if (!settingHeights) {
            super.resizeAndRepaint();
        }
    }

    /** Forgets cached heights (after a font change). */
    private void forgetHeights() {
        heights.clear();
        measuredSourceWidth = -1;
    }

    @Override
    public void columnMarginChanged(ChangeEvent e) {
        super.columnMarginChanged(e);
        refreshIfWidthsChanged();
    }

    @Override
    public void doLayout() {
        super.doLayout();
        // the viewport width decides the text column widths; heights follow them
        refreshIfWidthsChanged();
    }

    private void refreshIfWidthsChanged() {
        if (beads == null || isEditing()) {
            return;
        }
        int sw = getColumnModel().getColumn(convertColumnIndexToView(BeadTableModel.SOURCE)).getWidth();
        int tw = getColumnModel().getColumn(convertColumnIndexToView(BeadTableModel.TARGET)).getWidth();
        if (sw != measuredSourceWidth || tw != measuredTargetWidth) {
            refreshRowHeights();
        }
    }
}
