package org.visavis.ui;

import java.awt.Component;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.EventObject;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.AbstractCellEditor;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.table.TableCellEditor;
import org.visavis.model.Side;

/**
 * Edits one side of a bead in place: its sentences one per line, their inline codes as tag
 * markers ({@link org.visavis.edit.TagMarkers}: {@code ⟨1⟩debian-installer⟨/1⟩}) on the tag colour. Enter splits the sentence at
 * the caret (a new line is a new sentence), joining two lines merges them, Ctrl+Enter or Tab
 * commits, Escape cancels. Starts on F2 or a double click.
 */
final class SentenceCellEditor extends AbstractCellEditor implements TableCellEditor {
    private final BeadTableModel model;
    private final WrappingArea area = new WrappingArea();
    private final JScrollPane scroll = new JScrollPane(area);
    private LineWrapper wrapper;
    private final List<Object> tagHighlights = new java.util.ArrayList<>();

    SentenceCellEditor(BeadTableModel model, LineWrapper wrapper) {
        this.model = model;
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        setWrapper(wrapper);
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.CTRL_DOWN_MASK), "commit", true);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), "commit", true);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel", false);
        area.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                javax.swing.SwingUtilities.invokeLater(SentenceCellEditor.this::markTags);
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                javax.swing.SwingUtilities.invokeLater(SentenceCellEditor.this::markTags);
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
            }
        });
    }

    /** The tag markers of the edited text on the tag colour, as the table paints them; again after each edit. */
    private void markTags() {
        javax.swing.text.Highlighter h = area.getHighlighter();
        for (Object tag : tagHighlights) {
            h.removeHighlight(tag);
        }
        tagHighlights.clear();
        var painter = new javax.swing.text.DefaultHighlighter.DefaultHighlightPainter(Palette.current().tag());
        for (org.visavis.edit.TagMarkers.MarkerSpan m : org.visavis.edit.TagMarkers.spans(area.getText())) {
            try {
                tagHighlights.add(h.addHighlight(m.start(), m.end(), painter));
            } catch (javax.swing.text.BadLocationException e) {
                throw new IllegalStateException("no text at " + m.start(), e);
            }
        }
    }

    /** The tag markers' highlights in the area now (tests). */
    int tagHighlightCount() {
        return tagHighlights.size();
    }

    /** Lays text out as the table does with {@code w}: same font, same margins, same line breaks. */
    void setWrapper(LineWrapper w) {
        this.wrapper = w;
        area.setFont(w.font(CellPiece.Kind.SENTENCE));
        // inside the one-pixel border, the text starts where the renderer paints it
        area.setBorder(BorderFactory.createEmptyBorder(BeadCellRenderer.PAD - 1, w.textLeft() - 1, 0, BeadCellRenderer.PAD - 1));
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
        List<CellPiece> sentences = CellPiece.of(model.alignment(), model.alignment().beads().get(bead), side).stream()
                .filter(p -> p.kind() != CellPiece.Kind.NOTE).toList();
        boolean headings = !sentences.isEmpty() && sentences.stream().allMatch(p -> p.kind() == CellPiece.Kind.HEADING);
        area.kind = headings ? CellPiece.Kind.HEADING : CellPiece.Kind.SENTENCE;
        area.width = wrapper.textWidth(table.getColumnModel().getColumn(column).getWidth());
        scroll.setBorder(BorderFactory.createLineBorder(Palette.current().confirmed(), 1)); // the look may have changed
        area.opensParagraph = sentences.stream().map(CellPiece::opensParagraph).toList();
        area.setFont(wrapper.font(area.kind));
        area.setText(model.editableText(bead, side));
        markTags();
        area.setCaretPosition(0);
        // a double click starts editing too; the typing goes to the text at once either way
        javax.swing.SwingUtilities.invokeLater(area::requestFocusInWindow);
        return scroll;
    }

    @Override
    public Object getCellEditorValue() {
        return area.getText();
    }

    /**
     * A text area that breaks its lines where {@link LineWrapper} does and paints the pilcrow in
     * the same gutter, so that the edited text stays where the table showed it and a click puts
     * the caret on the character under the pointer, on every line of a wrapped sentence.
     */
    private final class WrappingArea extends JTextArea {
        CellPiece.Kind kind = CellPiece.Kind.SENTENCE;
        int width = 400;
        List<Boolean> opensParagraph = List.of();

        @Override
        public void updateUI() {
            setUI(new javax.swing.plaf.basic.BasicTextAreaUI() {
                @Override
                public javax.swing.text.View create(javax.swing.text.Element elem) {
                    return new javax.swing.text.WrappedPlainView(elem, true) {
                        @Override
                        protected int calculateBreakPosition(int p0, int p1) {
                            return breakAfter(p0, p1);
                        }
                    };
                }
            });
        }

        /** The end of the wrapped line that starts at {@code p0}, within a sentence line ending at {@code p1}. */
        private int breakAfter(int p0, int p1) {
            javax.swing.text.Element root = getDocument().getDefaultRootElement();
            javax.swing.text.Element line = root.getElement(root.getElementIndex(p0));
            int start = line.getStartOffset();
            try {
                String text = getDocument().getText(start, line.getEndOffset() - start);
                if (text.endsWith("\n")) {
                    text = text.substring(0, text.length() - 1);
                }
                for (int end : wrapper.breaks(text, kind, width)) {
                    if (end == text.length()) {
                        return p1; // the last line keeps the line end
                    }
                    if (start + end > p0) {
                        return Math.min(start + end, p1);
                    }
                }
                return p1;
            } catch (javax.swing.text.BadLocationException e) {
                throw new IllegalStateException("no text at " + start, e);
            }
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            super.paintComponent(g);
            javax.swing.text.Element root = getDocument().getDefaultRootElement();
            g.setColor(Palette.current().pilcrow());
            g.setFont(getFont());
            for (int i = 0; i < Math.min(root.getElementCount(), opensParagraph.size()); i++) {
                if (!opensParagraph.get(i)) {
                    continue;
                }
                try {
                    java.awt.geom.Rectangle2D r = modelToView2D(root.getElement(i).getStartOffset());
                    if (r != null) {
                        ((java.awt.Graphics2D) g).setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                        g.drawString(LineWrapper.PILCROW, BeadCellRenderer.PAD - 1,
                                (int) r.getY() + g.getFontMetrics().getAscent());
                    }
                } catch (javax.swing.text.BadLocationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
