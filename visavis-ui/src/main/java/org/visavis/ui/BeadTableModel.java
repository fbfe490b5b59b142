package org.visavis.ui;

import java.util.Arrays;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.visavis.model.Alignment;
import org.visavis.edit.TagMarkers;
import org.visavis.model.Bead;
import org.visavis.model.Segment;
import org.visavis.model.Side;

/**
 * The table's view of an alignment: one row per bead (or per bead that passes the filter), with
 * columns number, source, target and link (type, confidence, status). Cells hold the bead index;
 * the renderers read the alignment. Text edits go to the {@link TextEdits} callback, which turns
 * them into undoable alignment edits.
 */
final class BeadTableModel extends AbstractTableModel {
    static final int NUMBER = 0;
    static final int SOURCE = 1;
    static final int TARGET = 2;
    static final int LINK = 3;
    private static final String[] NAMES = {"#", "Source", "Target", "Link"};

    /** Receives the lines of an edited cell: one sentence per line. */
    interface TextEdits {
        /** The editor's text for one side of a bead (one sentence a line, tag markers), and the sentences it showed. */
        void replace(int bead, Side side, String edited, List<Segment> shown);
    }

    private Alignment alignment;
    private int[] rows; // view row -> bead index, sorted; null shows every bead
    private java.util.function.IntPredicate filter;
    /** The score rows are ordered by (lowest first), or null for the text's order. */
    private java.util.function.IntToDoubleFunction order;
    private int[] rowOfBead; // bead index -> view row or -1, when ordered
    private final TextEdits edits;

    BeadTableModel(Alignment alignment, TextEdits edits) {
        this.alignment = alignment;
        this.edits = edits;
    }

    Alignment alignment() {
        return alignment;
    }

    /** The rows that changed in the last {@link #setAlignment}: {@code [from, to)} in view rows. */
    record Changed(int from, int to) {
    }

    /**
     * Shows {@code next} and tells the table only what changed: beads are immutable and edits
     * keep the untouched ones, so the changed stretch lies between the common head and tail
     * (compared by identity). Returns the view rows whose content is new.
     */
    Changed setAlignment(Alignment next) {
        SwingThread.mustBeSwingThread();
        Alignment previous = this.alignment;
        this.alignment = next;
        computeRows();
        if (previous == null || next == null || filter != null || order != null) {
            fireTableDataChanged();
            return new Changed(0, getRowCount());
        }
        List<Bead> a = previous.beads();
        List<Bead> b = next.beads();
        int head = 0;
        int max = Math.min(a.size(), b.size());
        while (head < max && a.get(head) == b.get(head)) {
            head++;
        }
        int tail = 0;
        while (tail < max - head && a.get(a.size() - 1 - tail) == b.get(b.size() - 1 - tail)) {
            tail++;
        }
        int oldEnd = a.size() - tail;
        int newEnd = b.size() - tail;
        if (oldEnd - head == newEnd - head) {
            if (newEnd > head) {
                fireTableRowsUpdated(head, newEnd - 1);
            }
        } else {
            if (oldEnd > head) {
                fireTableRowsDeleted(head, oldEnd - 1);
            }
            if (newEnd > head) {
                fireTableRowsInserted(head, newEnd - 1);
            }
        }
        return new Changed(head, newEnd);
    }

    /** Shows only the beads that pass {@code wanted}; null shows all. */
    /** Shows only the beads whose index passes {@code wanted} (all with null). */
    void setFilter(java.util.function.IntPredicate wanted) {
        this.filter = wanted;
        computeRows();
        fireTableDataChanged();
    }

    boolean isFiltered() {
        return filter != null;
    }

    /** Orders the rows by {@code score}, lowest (riskiest) first, ties in text order; null for the text's order. */
    void setOrder(java.util.function.IntToDoubleFunction score) {
        this.order = score;
        computeRows();
        fireTableDataChanged();
    }

    boolean isOrdered() {
        return order != null;
    }

    private void computeRows() {
        rowOfBead = null;
        if ((filter == null && order == null) || alignment == null) {
            rows = null;
            return;
        }
        List<Bead> beads = alignment.beads();
        int[] r = new int[beads.size()];
        int n = 0;
        for (int i = 0; i < beads.size(); i++) {
            if (filter == null || filter.test(i)) {
                r[n++] = i;
            }
        }
        rows = Arrays.copyOf(r, n);
        if (order != null) {
            double[] score = new double[beads.size()];
            for (int i : rows) {
                score[i] = order.applyAsDouble(i);
            }
            rows = Arrays.stream(rows).boxed().sorted(java.util.Comparator.<Integer>comparingDouble(i -> score[i])
                    .thenComparingInt(i -> i)).mapToInt(Integer::intValue).toArray();
            rowOfBead = new int[beads.size()];
            Arrays.fill(rowOfBead, -1);
            for (int row = 0; row < rows.length; row++) {
                rowOfBead[rows[row]] = row;
            }
        }
    }

    int beadAt(int row) {
        return rows == null ? row : rows[row];
    }

    /** The view row of {@code bead}, or of the nearest visible bead after it (before it at the end); -1 when none. */
    int rowOf(int bead) {
        if (rows == null) {
            return alignment == null || alignment.beads().isEmpty() ? -1 : Math.min(bead, alignment.beads().size() - 1);
        }
        if (rows.length == 0) {
            return -1;
        }
        if (rowOfBead != null) {
            return bead >= 0 && bead < rowOfBead.length && rowOfBead[bead] >= 0 ? rowOfBead[bead] : 0;
        }
        int i = Arrays.binarySearch(rows, bead);
        if (i >= 0) {
            return i;
        }
        return Math.min(-i - 1, rows.length - 1);
    }

    boolean isShown(int bead) {
        if (rowOfBead != null) {
            return bead >= 0 && bead < rowOfBead.length && rowOfBead[bead] >= 0;
        }
        return rows == null || Arrays.binarySearch(rows, bead) >= 0;
    }

    @Override
    public int getRowCount() {
        if (alignment == null) {
            return 0;
        }
        return rows == null ? alignment.beads().size() : rows.length;
    }

    @Override
    public int getColumnCount() {
        return NAMES.length;
    }

    @Override
    public String getColumnName(int column) {
        return NAMES[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return Integer.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return beadAt(row);
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column == SOURCE || column == TARGET;
    }

    /** The text an editor starts from: the side's sentences, one per line. */
    String editableText(int bead, Side side) {
        return TagMarkers.show(sentences(bead, side));
    }

    /** The sentences of one side of a bead, as the editor edits them. */
    List<Segment> sentences(int bead, Side side) {
        Bead b = alignment.beads().get(bead);
        return side.of(b).stream().map(i -> side.of(alignment).segments().get(i)).toList();
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        Side side = column == SOURCE ? Side.SOURCE : Side.TARGET;
        int bead = beadAt(row);
        String text = String.valueOf(value);
        if (text.equals(editableText(bead, side))) {
            return;
        }
        edits.replace(bead, side, text, sentences(bead, side));
    }
}
