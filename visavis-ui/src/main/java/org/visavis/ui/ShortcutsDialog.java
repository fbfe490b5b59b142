package org.visavis.ui;

import java.awt.BorderLayout;
import java.awt.Frame;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/** Help › Keyboard shortcuts: every command with its keys, read from the same list the menus use. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static Object[][] rows(List<Command> commands) {
        Object[][] rows = new Object[commands.size()][];
        for (int i = 0; i < rows.length; i++) {
            Command c = commands.get(i);
            String keys = Command.describe(c.key()) + c.alternate().map(k -> " or " + Command.describe(k)).orElse("");
            rows[i] = new Object[] {c.menu(), c.name(), keys};
        }
        return rows;
    }

    /** Opens the list; Escape closes it. Returns the dialog (tests). */
    static JDialog show(Frame owner, List<Command> commands) {
        SwingThread.mustBeSwingThread();
        DefaultTableModel m = new DefaultTableModel(rows(commands), new Object[] {"Menu", "Command", "Keys"}) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        JTable t = new JTable(m);
        t.setRowHeight(t.getRowHeight() + 4);
        t.getColumnModel().getColumn(0).setPreferredWidth(70);
        t.getColumnModel().getColumn(1).setPreferredWidth(380);
        t.getColumnModel().getColumn(2).setPreferredWidth(160);
        JDialog d = new JDialog(owner, "Keyboard shortcuts", false);
        JScrollPane scroll = new JScrollPane(t);
        scroll.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        d.getContentPane().add(scroll, BorderLayout.CENTER);
        d.setSize(640, 620);
        d.setLocationRelativeTo(owner);
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(d);
        d.setVisible(true);
        return d;
    }
}
