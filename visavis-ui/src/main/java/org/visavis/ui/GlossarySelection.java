package org.visavis.ui;

import java.util.EnumMap;
import java.util.Map;
import org.visavis.edit.TagMarkers;
import org.visavis.model.Side;

/**
 * The text selected in the sentence editor, by side, kept for "Add to glossary": select a term
 * in the source sentence, then its rendering in the target sentence of the same bead, and both
 * prefill the glossary entry.
 *
 * <pre>{@code
 * selection.remember();          // before the sentence editor closes
 * selection.addTo(checks);       // Glossary › Add to glossary
 * }</pre>
 */
final class GlossarySelection {
    private final BeadTable table;
    private final BeadTableModel model;
    private final Map<Side, String> selectedText = new EnumMap<>(Side.class);
    private int selectedTextBead = -1;

    GlossarySelection(BeadTable table, BeadTableModel model) {
        this.table = table;
        this.model = model;
    }

    /** Keeps the text selected in the sentence editor before the editor closes, for "Add to glossary". */
    void remember() {
        String text = table.sentenceEditor().textArea().getSelectedText();
        int col = table.convertColumnIndexToModel(table.getEditingColumn());
        if (text == null || text.isBlank() || (col != BeadTableModel.SOURCE && col != BeadTableModel.TARGET)) {
            return;
        }
        int b = model.beadAt(table.getEditingRow());
        if (b != selectedTextBead) {
            selectedText.clear();
            selectedTextBead = b;
        }
        // a term is words: tag markers caught in the selection are not part of it
        selectedText.put(col == BeadTableModel.SOURCE ? Side.SOURCE : Side.TARGET,
                TagMarkers.withoutMarkers(text).strip().replaceAll("\\s+", " "));
    }

    /** Asks {@code checks} to add a glossary entry, prefilled with what was selected in the selected bead, then forgets it. */
    void addTo(ProjectChecks checks) {
        int b = table.selectedBead();
        boolean sameBead = b >= 0 && b == selectedTextBead;
        checks.addToGlossary(sameBead ? selectedText.getOrDefault(Side.SOURCE, "") : "",
                sameBead ? selectedText.getOrDefault(Side.TARGET, "") : "");
        selectedText.clear();
        selectedTextBead = -1;
    }
}
