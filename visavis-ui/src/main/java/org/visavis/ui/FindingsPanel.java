package org.visavis.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.visavis.checks.BeadNumbers;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.checks.Severity;

/**
 * The findings pane below the bead table: the findings of the last check run, filtered by check
 * id, with their severity. Activating a finding (Enter, a click) jumps to its first bead,
 * and again to its next one; Delete ignores it; with "show ignored", ignored findings come back
 * in grey and Insert unignores them. Beside the list, {@link FindingDetail} opens the selected
 * finding: its beads to look at (each a jump) and its decisions (accept a rendering as a
 * variant, make the usual rendering a glossary entry, ignore). The panel only shows and
 * reports: the workbench runs the checks and saves the decisions.
 *
 * <pre>{@code
 * FindingsPanel p = new FindingsPanel(listener);
 * p.setFindings(findings, ignored);
 * }</pre>
 */
final class FindingsPanel extends JPanel {
    static final String ALL_CHECKS = "All checks";

    /** What the panel asks of the workbench, on the Swing thread. */
    interface Listener {
        void jumpTo(Finding finding, int bead);

        void ignore(Finding finding);

        void unignore(Finding finding);

        /** Accept {@code rendering} of the finding's term as a legitimate variant, for good. */
        default void acceptRendering(Finding finding, String rendering) {
        }

        /** Make the rendering most beads use the glossary's entry for the finding's term. */
        default void addDominantToGlossary(Finding finding) {
        }

        /** The finding now selected (none when the list is empty), whose words the bead table highlights. */
        default void showing(Optional<Finding> finding) {
        }
    }

    private final Listener listener;
    private final JComboBox<String> check = new JComboBox<>();
    private final JCheckBox showIgnored = new JCheckBox("Show ignored");
    private final JLabel status = new JLabel("no project");
    private final FindingsModel model = new FindingsModel();
    private final JTable table = new JTable(model);
    private final Map<String, Integer> nextBead = new HashMap<>();
    private final FindingDetail detail;
    private List<Finding> all = List.of();
    private IgnoredFindings ignored = IgnoredFindings.NONE;

    FindingsPanel(Listener listener) {
        super(new BorderLayout());
        this.listener = listener;
        JPanel top = toolbar();
        setUpTable();
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        this.detail = new FindingDetail(detailActions(listener));
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                Optional<Finding> f = selected();
                detail.show(f, f.map(ignored::ignores).orElse(false));
                listener.showing(f);
            }
        });
        javax.swing.JSplitPane sides = new javax.swing.JSplitPane(javax.swing.JSplitPane.HORIZONTAL_SPLIT, scroll, detail);
        sides.setResizeWeight(0.6);
        sides.setBorder(BorderFactory.createEmptyBorder());
        add(top, BorderLayout.NORTH);
        add(sides, BorderLayout.CENTER);
    }

    /** The row above the list: the check filter, "show ignored" and the count. */
    private JPanel toolbar() {
        check.addItem(ALL_CHECKS);
        CheckOptions.ALL_CHECKS.forEach(check::addItem);
        check.addActionListener(e -> refresh());
        showIgnored.setFocusable(false);
        showIgnored.addActionListener(e -> refresh());
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 2));
        top.add(new JLabel("Findings"));
        top.add(check);
        top.add(showIgnored);
        top.add(status);
        return top;
    }

    /** The list's columns, renderer, and its mouse: a click jumps to the finding, a right click opens its menu. */
    private void setUpTable() {
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(70);
        table.getColumnModel().getColumn(0).setMaxWidth(90);
        table.getColumnModel().getColumn(1).setPreferredWidth(150);
        table.getColumnModel().getColumn(1).setMaxWidth(220);
        table.getColumnModel().getColumn(2).setPreferredWidth(700);
        table.getColumnModel().getColumn(3).setPreferredWidth(120);
        table.setDefaultRenderer(Object.class, new IgnoredGreyRenderer());
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                // a click jumps, another click goes on to the finding's next bead (a double-click counts once)
                if (e.getClickCount() == 1 && javax.swing.SwingUtilities.isLeftMouseButton(e) && !e.isPopupTrigger()) {
                    activateSelected();
                }
            }

            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }
        });
    }

    /** What the detail's buttons do: the listener's actions, and ignoring through this panel. */
    private FindingDetail.Actions detailActions(Listener listener) {
        return new FindingDetail.Actions() {
            @Override
            public void jumpTo(Finding f, int bead) {
                listener.jumpTo(f, bead);
            }

            @Override
            public void accept(Finding f, String rendering) {
                listener.acceptRendering(f, rendering);
            }

            @Override
            public void addToGlossary(Finding f) {
                listener.addDominantToGlossary(f);
            }

            @Override
            public void ignore(Finding f) {
                ignoreSelected();
            }
        };
    }

    /** The selected finding's beads and actions, beside the list. */
    FindingDetail detail() {
        return detail;
    }

    /** The list of findings, where the panel's key bindings go. */
    JTable findingsTable() {
        return table;
    }

    void setChecking(String what) {
        status.setText(what);
    }

    /** Shows the findings of a check run; {@code ignored} says which of them are hidden. */
    void setFindings(List<Finding> findings, IgnoredFindings ignoredNow) {
        SwingThread.mustBeSwingThread();
        this.all = List.copyOf(findings);
        this.ignored = ignoredNow;
        nextBead.keySet().retainAll(all.stream().map(Finding::key).collect(Collectors.toSet()));
        refresh();
    }

    void setIgnored(IgnoredFindings ignoredNow) {
        this.ignored = ignoredNow;
        refresh();
    }

    /** Empties the panel (no project, or checks failed) and says why. */
    void clear(String why) {
        all = List.of();
        nextBead.clear();
        refresh();
        status.setText(why);
    }

    void setCheckFilter(String id) {
        check.setSelectedItem(id);
    }

    boolean isShowingIgnored() {
        return showIgnored.isSelected();
    }

    void toggleShowIgnored() {
        showIgnored.setSelected(!showIgnored.isSelected());
        refresh();
    }

    /** The findings listed now, in order. */
    List<Finding> shown() {
        return model.rows;
    }

    Optional<Finding> selected() {
        int row = table.getSelectedRow();
        return row < 0 || row >= model.rows.size() ? Optional.empty() : Optional.of(model.rows.get(row));
    }

    void select(int row) {
        if (row >= 0 && row < model.rows.size()) {
            table.changeSelection(row, 0, false, false);
        }
    }

    /** Selects the next (or previous) finding, wrapping around, and activates it; false when there is none. */
    boolean step(int direction) {
        if (model.rows.isEmpty()) {
            return false;
        }
        int row = table.getSelectedRow();
        int next = row < 0 ? (direction > 0 ? 0 : model.rows.size() - 1)
                : Math.floorMod(row + direction, model.rows.size());
        select(next);
        activateSelected();
        return true;
    }

    /** Jumps to the selected finding's first bead, or to its next one when activated again. */
    void activateSelected() {
        selected().ifPresent(f -> {
            if (f.beads().isEmpty()) {
                return;
            }
            int i = nextBead.getOrDefault(f.key(), 0);
            nextBead.put(f.key(), i + 1);
            int bead = f.beads().get(i % f.beads().size());
            detail.selectBead(bead);
            listener.jumpTo(f, bead);
        });
    }

    void ignoreSelected() {
        selected().filter(f -> !ignored.ignores(f)).ifPresent(f -> {
            int row = table.getSelectedRow();
            listener.ignore(f);
            select(Math.min(row, model.rows.size() - 1));
        });
    }

    void unignoreSelected() {
        selected().filter(ignored::ignores).ifPresent(listener::unignore);
    }

    private void refresh() {
        Object id = check.getSelectedItem();
        Optional<Finding> keep = selected();
        List<Finding> rows = new ArrayList<>();
        for (Finding f : all) {
            if ((ALL_CHECKS.equals(id) || f.check().equals(id)) && (showIgnored.isSelected() || !ignored.ignores(f))) {
                rows.add(f);
            }
        }
        model.rows = rows;
        model.fireTableDataChanged();
        keep.map(rows::indexOf).filter(i -> i >= 0).ifPresent(this::select);
        if (selected().isEmpty()) {
            detail.show(Optional.empty(), false);
            listener.showing(Optional.empty());
        }
        long hidden = all.stream().filter(ignored::ignores).count();
        long n = all.size() - hidden;
        status.setText(n + (n == 1 ? " finding" : " findings") + (hidden > 0 ? ", " + hidden + " ignored" : ""));
    }

    private void popup(MouseEvent e) {
        if (!e.isPopupTrigger()) {
            return;
        }
        int row = table.rowAtPoint(e.getPoint());
        if (row < 0) {
            return;
        }
        select(row);
        Finding f = model.rows.get(row);
        JPopupMenu menu = new JPopupMenu();
        JMenuItem go = new JMenuItem("Go to bead (Enter)");
        go.addActionListener(a -> activateSelected());
        menu.add(go);
        JMenuItem toggle = ignored.ignores(f) ? new JMenuItem("Unignore (Insert)") : new JMenuItem("Ignore this finding (Delete)");
        toggle.addActionListener(a -> {
            if (ignored.ignores(f)) {
                unignoreSelected();
            } else {
                ignoreSelected();
            }
        });
        menu.add(toggle);
        menu.show(table, e.getX(), e.getY());
    }

    private static String beads(Finding f) {
        List<Integer> b = f.beads();
        String first = BeadNumbers.list(b.stream().limit(5).toList());
        return b.size() > 5 ? first + " … (" + b.size() + ")" : first;
    }

    private final class FindingsModel extends AbstractTableModel {
        private List<Finding> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 4;
        }

        @Override
        public String getColumnName(int column) {
            return new String[] {"Severity", "Check", "Finding", "Beads"}[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            Finding f = rows.get(row);
            return switch (column) {
                case 0 -> f.severity().word() + (ignored.ignores(f) ? " (ignored)" : "");
                case 1 -> f.check();
                case 2 -> f.message();
                default -> beads(f);
            };
        }
    }

    /** Greys ignored findings and colours the severity. */
    private final class IgnoredGreyRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean isSelected, boolean hasFocus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, isSelected, hasFocus, row, column);
            Finding f = model.rows.get(row);
            if (ignored.ignores(f)) {
                c.setForeground(Palette.current().ignored());
            } else if (column == 0 && !isSelected) {
                c.setForeground(f.severity() == Severity.ERROR ? Palette.current().error()
                        : f.severity() == Severity.WARNING ? Palette.current().warning() : t.getForeground());
            } else {
                c.setForeground(isSelected ? t.getSelectionForeground() : t.getForeground());
            }
            return c;
        }
    }
}
