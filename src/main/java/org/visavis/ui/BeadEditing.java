package org.visavis.ui;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import javax.swing.SwingUtilities;
import org.visavis.edit.AlignmentEdits;
import org.visavis.edit.BeadSearch;
import org.visavis.edit.EditException;
import org.visavis.edit.EditHistory;
import org.visavis.edit.Realigner;
import org.visavis.edit.Side;
import org.visavis.model.Alignment;
import org.visavis.model.VisavisException;

/**
 * The editing commands on the open project's alignment: each edit is a pure function from
 * {@link AlignmentEdits} applied as one undoable step of the session's {@link EditHistory},
 * with undo, redo, confirming, text editing in place, and realigning in the background.
 *
 * <pre>{@code
 * editing.edit("Merge with next bead", a -> AlignmentEdits.mergeWithNext(a, editing.bead()));
 * }</pre>
 */
final class BeadEditing {
    /** What the editing commands need of the window. */
    interface Host {
        void say(String text);

        void showAlignment(Alignment a, int selectBead);

        /** The alignment changed: schedule the recovery copy, rerun the checks. */
        void edited();
    }

    private final Host host;
    private final ProjectFiles files;
    private final BeadTable table;
    private final BeadTableModel model;
    private final BackgroundWork work;
    private final Realigner realigner;

    BeadEditing(Host host, ProjectFiles files, BeadTable table, BeadTableModel model, BackgroundWork work,
                Realigner realigner) {
        this.host = host;
        this.files = files;
        this.table = table;
        this.model = model;
        this.work = work;
        this.realigner = realigner;
    }

    /** The selected bead; an {@link EditException} when there is none. */
    int bead() {
        int b = table.selectedBead();
        if (b < 0) {
            throw new EditException("select a bead first");
        }
        return b;
    }

    /** The side (source or target column) that has the focus. */
    Side side() {
        return table.focusedSide();
    }

    /** Applies an edit to the current alignment as one undoable step and keeps the same bead selected. */
    void edit(String name, UnaryOperator<Alignment> op) {
        SwingThread.mustBeSwingThread();
        ProjectSession session = files.session().orElse(null);
        if (session == null) {
            return;
        }
        int selected = Math.max(0, table.selectedBead());
        EditHistory h = session.history();
        Alignment next = op.apply(h.current()); // an EditException leaves everything as it was
        h.apply(name, next);
        host.showAlignment(next, selected);
        host.say(name);
        host.edited();
    }

    /** The sentence editor's new text for one side of a bead. */
    void replaceText(int bead, Side side, List<String> sentences) {
        // the table is still closing its editor when it hands over the value: edit right after
        SwingUtilities.invokeLater(() -> {
            try {
                edit("Edit text", a -> AlignmentEdits.replaceSentences(a, bead, side, sentences));
            } catch (VisavisException e) {
                host.say(e.getMessage());
            }
            table.requestFocusInWindow();
        });
    }

    void startEditing() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            int col = side() == Side.SOURCE ? BeadTableModel.SOURCE : BeadTableModel.TARGET;
            if (table.editCellAt(row, table.convertColumnIndexToView(col))) {
                table.sentenceEditor().textArea().requestFocusInWindow();
            }
        }
    }

    void confirmAndNext() {
        int b = bead();
        edit("Confirm", a -> AlignmentEdits.confirm(a, b));
        OptionalInt next = BeadSearch.next(model.alignment().beads(), b, BeadSearch.Direction.FORWARD, BeadSearch.unconfirmed());
        next.ifPresent(table::selectBead);
    }

    void toggleConfirmed() {
        int b = bead();
        boolean confirmed = model.alignment().beads().get(b).isConfirmed();
        edit(confirmed ? "Unconfirm" : "Confirm",
                a -> confirmed ? AlignmentEdits.unconfirm(a, b) : AlignmentEdits.confirm(a, b));
    }

    void undo() {
        ProjectSession session = files.session().orElse(null);
        if (session == null) {
            return;
        }
        int selected = Math.max(0, table.selectedBead());
        Optional<String> what = session.history().undo();
        if (what.isEmpty()) {
            host.say("Nothing to undo");
            return;
        }
        host.showAlignment(session.history().current(), selected);
        host.say("Undid " + what.get());
        host.edited();
    }

    void redo() {
        ProjectSession session = files.session().orElse(null);
        if (session == null) {
            return;
        }
        int selected = Math.max(0, table.selectedBead());
        Optional<String> what = session.history().redo();
        if (what.isEmpty()) {
            host.say("Nothing to redo");
            return;
        }
        host.showAlignment(session.history().current(), selected);
        host.say("Redid " + what.get());
        host.edited();
    }

    void realign() {
        if (files.session().isEmpty()) {
            return;
        }
        Alignment snapshot = files.session().get().history().current();
        int selected = Math.max(0, table.selectedBead());
        host.say("Realigning between confirmed beads…");
        work.run(() -> AlignmentEdits.realignPending(snapshot, realigner), result -> {
            ProjectSession session = files.session().orElse(null);
            if (session == null || session.history().current() != snapshot) {
                host.say("Realign skipped: the alignment changed while it ran");
                return;
            }
            session.history().apply("Realign between confirmed beads", result);
            host.showAlignment(result, selected);
            host.say("Realigned between confirmed beads");
            host.edited();
        }, e -> host.say("Realign failed: " + e.getMessage()));
    }
}
