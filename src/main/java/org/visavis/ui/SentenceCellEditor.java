package org.visavis.ui;

import java.awt.Component;
import java.awt.Font;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.EventObject;
import javax.swing.AbstractAction;
import javax.swing.AbstractCellEditor;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.table.TableCellEditor;
import org.visavis.edit.Side;

/**
 * Edits one side of a bead in place: its sentences one per line. Enter splits the sentence at
 * the caret (a new line is a new sentence), joining two lines merges them, Ctrl+Enter or Tab
 * commits, Escape cancels. Starts on F2 or a double click.
 */
final class SentenceCellEditor extends AbstractCellEditor implements TableCellEditor {
    private final BeadTableModel model;
    private final JTextArea area = new JTextArea();
    private final JScrollPane scroll = new JScrollPane(area);

    SentenceCellEditor(BeadTableModel model, Font font) {
        this.model = model;
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setFont(font);
        area.setBorder(BorderFactory.createEmptyBorder(BeadCellRenderer.PAD - 1, BeadCellRenderer.PAD - 1, 0, 0));
        scroll.setBorder(BorderFactory.createLineBorder(ConfidenceColours.CONFIRMED, 1));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), "commit", true);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), "commit", true);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel", false);
    }

    void setFont(Font font) {
        area.setFont(font);
    }

    JTextArea textArea() {
        return area;
    }

    private void bind(KeyStroke key, String name, boolean commit) {
        area.getInputMap(JComponent.WHEN_FOCUSED).put(key, name);
        area.getActionMap().put(name, new AbstractAction(name) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (commit) {
                    stopCellEditing();
                } else {
                    cancelCellEditing();
                }
            }
        });
    }

    @Override
    public boolean isCellEditable(EventObject e) {
        if (e instanceof MouseEvent me) {
            return me.getClickCount() >= 2;
        }
        return !(e instanceof KeyEvent); // F2 and programmatic edits, not any typed key
    }

    @Override
    public Component getTableCellEditorComponent(JTable table, Object value, boolean isSelected, int row, int column) {
        int bead = (Integer) value;
        Side side = table.convertColumnIndexToModel(column) == BeadTableModel.SOURCE ? Side.SOURCE : Side.TARGET;
        area.setText(model.editableText(bead, side));
        area.setCaretPosition(0);
        // a double click starts editing too; the typing goes to the text at once either way
        javax.swing.SwingUtilities.invokeLater(area::requestFocusInWindow);
        return scroll;
    }

    @Override
    public Object getCellEditorValue() {
        return area.getText();
    }
}
