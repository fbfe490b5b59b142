package org.visavis.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.visavis.model.Alignment;
import org.visavis.model.Side;

class EditHistoryTest {
    private final Alignment start = HandbookFixture.naiveAlignment();

    @Test
    void undoesAndRedoesWithoutLimit() {
        EditHistory h = new EditHistory(start);
        Alignment a = start;
        for (int i = 0; i < 13; i++) {
            a = AlignmentEdits.confirm(a, i);
            h.apply("Confirm " + i, a);
        }
        for (int i = 12; i >= 0; i--) {
            assertThat(h.undo()).contains("Confirm " + i);
        }
        assertThat(h.current()).isEqualTo(start);
        assertThat(h.undo()).isEmpty();
        assertThat(h.redo()).contains("Confirm 0");
        assertThat(h.current().beads().get(0).isConfirmed()).isTrue();
        assertThat(h.current().beads().get(1).isConfirmed()).isFalse();
    }

    @Test
    void aNewEditDropsTheRedoList() {
        EditHistory h = new EditHistory(start);
        h.apply("Merge", AlignmentEdits.mergeWithNext(start, 0));
        h.undo();
        h.apply("Split", AlignmentEdits.splitSentence(start, Side.SOURCE, 1, 10));
        assertThat(h.nextRedo()).isEmpty();
        assertThat(h.nextUndo()).contains("Split");
    }

    @Test
    void knowsWhetherTheCurrentAlignmentIsSaved() {
        EditHistory h = new EditHistory(start);
        assertThat(h.isDirty()).isFalse();
        h.apply("Confirm", AlignmentEdits.confirm(start, 1));
        assertThat(h.isDirty()).isTrue();
        h.markSaved(h.current());
        assertThat(h.isDirty()).isFalse();
        h.undo();
        assertThat(h.isDirty()).isTrue();
        h.apply("no change", h.current());
        assertThat(h.nextRedo()).as("an edit that changes nothing keeps the redo list").contains("Confirm");
    }
}
