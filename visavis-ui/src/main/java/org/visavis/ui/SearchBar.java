package org.visavis.ui;

import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import org.visavis.edit.BeadSearch;

/**
 * The find bar (Ctrl+F): a query, which side to search, plain or regular expression, and next
 * and previous buttons. Enter finds the next match, Shift+Enter the previous, Escape closes.
 */
final class SearchBar extends JPanel {
    /** What the bar asks the window to do. */
    interface Listener {
        void find(BeadSearch.Direction direction);

        void closeSearch();
    }

    final JTextField query = new JTextField(28);
    final JComboBox<BeadSearch.Scope> scope = new JComboBox<>(BeadSearch.Scope.values());
    final JCheckBox regex = new JCheckBox("Regex");
    private final JLabel result = new JLabel(" ");

    SearchBar(Listener listener) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 3));
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, new java.awt.Color(0xD5D9DE)));
        scope.setSelectedItem(BeadSearch.Scope.BOTH);
        scope.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                String label = switch ((BeadSearch.Scope) value) {
                    case SOURCE -> "source";
                    case TARGET -> "target";
                    case BOTH -> "both sides";
                };
                return super.getListCellRendererComponent(list, label, index, selected, focused);
            }
        });
        add(new JLabel("Find:"));
        add(query);
        add(new JLabel("in"));
        add(scope);
        add(regex);
        JButton next = new JButton("Next");
        JButton previous = new JButton("Previous");
        JButton close = new JButton("Close");
        next.addActionListener(e -> listener.find(BeadSearch.Direction.FORWARD));
        previous.addActionListener(e -> listener.find(BeadSearch.Direction.BACKWARD));
        close.addActionListener(e -> listener.closeSearch());
        add(next);
        add(previous);
        add(close);
        add(result);
        query.addActionListener(e -> listener.find(BeadSearch.Direction.FORWARD));
        query.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, KeyEvent.SHIFT_DOWN_MASK), "previous");
        query.getActionMap().put("previous", action(() -> listener.find(BeadSearch.Direction.BACKWARD)));
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        getActionMap().put("close", action(listener::closeSearch));
    }

    BeadSearch.Mode mode() {
        return regex.isSelected() ? BeadSearch.Mode.REGEX : BeadSearch.Mode.PLAIN;
    }

    BeadSearch.Scope searchScope() {
        return (BeadSearch.Scope) scope.getSelectedItem();
    }

    void showResult(String text) {
        result.setText(text);
    }

    String result() {
        return result.getText();
    }

    private static javax.swing.Action action(Runnable r) {
        return new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                r.run();
            }
        };
    }
}
