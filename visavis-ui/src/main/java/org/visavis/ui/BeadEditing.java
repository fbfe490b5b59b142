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
import org.visavis.edit.TagMarkers;
import org.visavis.model.Alignment;
import org.visavis.model.Segment;
import org.visavis.model.Side;
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

        Dialogs dialogs();
    }

    private final Host host;
    private final ProjectFiles files;
    private final BeadTable table;
    private final BeadTableModel model;
    private final BackgroundWork work;
    private final Realigner realigner;
    private java.util.function.DoubleSupplier lowConfidence = () -> BeadSearch.LOW_CONFIDENCE;
    private boolean realigning;

    BeadEditing(Host host, ProjectFiles files, BeadTable table, BeadTableModel model, BackgroundWork work,
                Realigner realigner) {
        this.host = host;
        this.files = files;
        this.table = table;
        this.model = model;
        this.work = work;
        this.realigner = realigner;
    }

    /** Where "low confidence" starts, as the person set it. */
    void setLowConfidence(java.util.function.DoubleSupplier threshold) {
        this.lowConfidence = threshold;
    }

    /** True while a realign runs: the alignment cannot change until its result is in. */
    boolean isRealigning() {
        return realigning;
    }

    /** Refuses a change while a realign runs, saying so; true when the change may go ahead. */
    private boolean mayChange() {
        if (realigning) {
            host.say("Realigning… edits wait until it is done (Undo too)");
            java.awt.Toolkit.getDefaultToolkit().beep();
            return false;
        }
        return true;
    }

    /** True when a bead is selected for the bead commands to act on. */
    boolean hasBead() {
        return table.selectedBead() >= 0;
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
        if (session == null || !mayChange()) {
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

    /**
     * The sentence editor's new text for one side of a bead, one sentence a line, the inline codes
     * where their tag markers were left ({@link TagMarkers}); markers broken by the edit are
     * refused with a message and nothing changes.
     */
    void replaceText(int bead, Side side, String edited, List<Segment> shown) {
        // the table is still closing its editor when it hands over the value: edit right after
        SwingUtilities.invokeLater(() -> {
            try {
                edit("Edit text", a -> AlignmentEdits.replaceCodedSentences(a, bead, side, TagMarkers.read(edited, shown)));
            } catch (VisavisException e) {
                host.say(e.getMessage());
            }
            table.requestFocusInWindow();
        });
    }

    void startEditing() {
        if (!mayChange()) {
            return;
        }
        int row = table.getSelectedRow();
        if (row >= 0) {
            int col = side() == Side.SOURCE ? BeadTableModel.SOURCE : BeadTableModel.TARGET;
            if (table.editCellAt(row, table.convertColumnIndexToView(col))) {
                table.sentenceEditor().textArea().requestFocusInWindow();
            }
        }
    }

    /**
     * Confirms every bead from the first through the selected one; asks first when some of
     * those still unconfirmed have low confidence or are one-sided.
     */
    void confirmThrough() {
        int b = bead();
        Alignment a = model.alignment();
        double threshold = lowConfidence.getAsDouble();
        long risky = 0;
        long unconfirmed = 0;
        for (int i = 0; i <= b; i++) {
            org.visavis.model.Bead x = a.beads().get(i);
            if (!x.isConfirmed()) {
                unconfirmed++;
                if (x.confidence() < threshold || x.isOneSided()) {
                    risky++;
                }
            }
        }
        if (risky > 0 && !host.dialogs().confirm("Confirm everything above", String.format(java.util.Locale.ROOT,
                "%,d of the %,d beads to confirm have low confidence (below %.2f) or one side empty. Confirm them all?",
                risky, unconfirmed, threshold))) {
            host.say("Nothing confirmed");
            return;
        }
        edit("Confirm everything above", x -> AlignmentEdits.confirmThrough(x, b));
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
        if (session == null || !mayChange()) {
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
        if (session == null || !mayChange()) {
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
        if (files.session().isEmpty() || !mayChange()) {
            return;
        }
        Alignment snapshot = files.session().get().history().current();
        host.say("Realigning between confirmed beads…");
        realigning = true;
        work.run(() -> AlignmentEdits.realignPending(snapshot, realigner), result -> {
            realigning = false;
            ProjectSession session = files.session().orElse(null);
            if (session == null || session.history().current() != snapshot) {
                host.say("Realign skipped: the alignment changed while it ran");
                return;
            }
            session.history().apply("Realign between confirmed beads", result);
            host.showAlignment(result, Math.max(0, table.selectedBead())); // where the reviser is now
            host.say("Realigned between confirmed beads");
            host.edited();
        }, e -> {
            realigning = false;
            host.say("Realign failed: " + e.getMessage());
        });
    }
}
