package org.visavis.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.visavis.model.Alignment;

/**
 * Undo and redo over immutable alignments, without limit: each step keeps the alignment before
 * it and a short name ("Merge with bead below"). It also knows whether the current alignment is
 * the one last saved. Not thread-safe: the editor uses it on one thread.
 *
 * <pre>{@code
 * EditHistory h = new EditHistory(loaded);
 * h.apply("Confirm", AlignmentEdits.confirm(h.current(), 4));
 * h.undo(); // back to loaded
 * }</pre>
 */
public final class EditHistory {
    private record Step(String name, Alignment before, Alignment after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Alignment current;
    private Alignment saved;

    public EditHistory(Alignment initial) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
    }

    public Alignment current() {
        return current;
    }

    /** Makes {@code next} current; the redo list is dropped. No step is recorded when nothing changed. */
    public void apply(String name, Alignment next) {
        Objects.requireNonNull(next, "next");
        if (next.equals(current)) {
            return;
        }
        undo.push(new Step(name, current, next));
        redo.clear();
        current = next;
    }

    /** Undoes the last step and returns its name, or empty when there is nothing to undo. */
    public Optional<String> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Step s = undo.pop();
        redo.push(s);
        current = s.before();
        return Optional.of(s.name());
    }

    public Optional<String> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Step s = redo.pop();
        undo.push(s);
        current = s.after();
        return Optional.of(s.name());
    }

    public Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Step::name);
    }

    public Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Step::name);
    }

    /** Records that {@code alignment} is now on disk (it may be older than current when a save ran in the background). */
    public void markSaved(Alignment alignment) {
        saved = alignment;
    }

    /** Records that what is on disk is not the current alignment (it could not be read): the next save writes it. */
    public void markUnsaved() {
        saved = null;
    }

    /** True when the current alignment differs from the last one saved. */
    public boolean isDirty() {
        return saved == null || current != saved && !current.equals(saved);
    }
}
