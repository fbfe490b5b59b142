package org.visavis.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visavis.edit.AlignmentEdits;
import org.visavis.edit.BeadSearch;

/**
 * The workbench's command table: every command with its menu, its name, its shortcuts and what
 * it runs, in menu order. The menus, the key bindings ({@link CommandKeymap}) and Help ›
 * Keyboard shortcuts are all made from this one list.
 *
 * <pre>{@code
 * List<Command> commands = new CommandTable(window, files, editing, navigation, checks, glossary, export, exports).commands();
 * }</pre>
 */
final class CommandTable {
    /** The commands that act on the window itself. */
    interface Window {
        void newAlignment();

        /** Empties the table once the project is closed. */
        void showNothing();

        void quit();

        void toggleFindings();

        /** Selects the next ({@code 1}) or previous ({@code -1}) finding, showing the findings panel. */
        void stepFinding(int direction);

        /** Makes the reading text {@code delta} points larger (or smaller when negative). */
        void changeFontSize(int delta);

        void showShortcuts();
    }

    private final List<Command> commands = new ArrayList<>();

    CommandTable(Window window, ProjectFiles files, BeadEditing editing, BeadNavigation navigation, ProjectChecks checks,
                 GlossarySelection glossary, ProjectExport export, List<ExportMenuEntry> exports) {
        Command.Reach w = Command.Reach.WINDOW;
        Command.Reach t = Command.Reach.TABLE;
        add("File", "New alignment…", "ctrl N", w, window::newAlignment);
        add("File", "Open project…", "ctrl O", w, files::chooseProject);
        add("File", "Save", "ctrl S", w, () -> files.save(() -> { }));
        add("File", "Close project", "ctrl W", w, () -> files.closeSession(window::showNothing));
        add("File", "Quit", "ctrl Q", w, window::quit);
        add("Edit", "Undo", "ctrl Z", w, editing::undo);
        commands.add(new Command("Edit", "Redo", Command.key("ctrl shift Z"), Optional.of(Command.key("ctrl Y")), w, editing::redo));
        add("Edit", "Edit text (Enter splits at the caret, Ctrl+Enter commits)", "F2", t, editing::startEditing);
        add("Edit", "Find…", "ctrl F", w, navigation::showSearch);
        add("Edit", "Find next", "F3", w, () -> navigation.findText(BeadSearch.Direction.FORWARD));
        add("Edit", "Find previous", "shift F3", w, () -> navigation.findText(BeadSearch.Direction.BACKWARD));
        add("Bead", "Confirm and go to next unconfirmed", "ENTER", t, editing::confirmAndNext);
        add("Bead", "Confirm / unconfirm", "SPACE", t, editing::toggleConfirmed);
        add("Bead", "Confirm everything above", "ctrl shift ENTER", w, editing::confirmThrough);
        add("Bead", "Move sentence up (focused side)", "ctrl UP", w,
                () -> editing.edit("Move sentence up", a -> AlignmentEdits.shiftUp(a, editing.bead(), editing.side())));
        add("Bead", "Move sentence down (focused side)", "ctrl DOWN", w,
                () -> editing.edit("Move sentence down", a -> AlignmentEdits.shiftDown(a, editing.bead(), editing.side())));
        add("Bead", "Merge side into bead above", "alt UP", w,
                () -> editing.edit("Merge into bead above", a -> AlignmentEdits.mergeSideUp(a, editing.bead(), editing.side())));
        add("Bead", "Merge side into bead below", "alt DOWN", w,
                () -> editing.edit("Merge into bead below", a -> AlignmentEdits.mergeSideDown(a, editing.bead(), editing.side())));
        add("Bead", "Merge with next bead", "ctrl M", w,
                () -> editing.edit("Merge with next bead", a -> AlignmentEdits.mergeWithNext(a, editing.bead())));
        add("Bead", "Split bead into pairs", "ctrl B", w,
                () -> editing.edit("Split bead", a -> AlignmentEdits.splitBead(a, editing.bead())));
        add("Bead", "Insert empty counterpart (focused side)", "INSERT", t,
                () -> editing.edit("Insert empty counterpart", a -> AlignmentEdits.insertEmpty(a, editing.bead(), editing.side())));
        add("Bead", "Remove empty counterpart", "DELETE", t,
                () -> editing.edit("Remove empty counterpart", a -> AlignmentEdits.removeEmpty(a, editing.bead())));
        add("Bead", "Realign between confirmed beads", "ctrl R", w, editing::realign);
        add("Go", "Next unconfirmed", "F7", w, () -> navigation.go(BeadSearch.unconfirmed(), BeadSearch.Direction.FORWARD));
        add("Go", "Previous unconfirmed", "shift F7", w, () -> navigation.go(BeadSearch.unconfirmed(), BeadSearch.Direction.BACKWARD));
        add("Go", "Next low confidence (one-sided and flagged count as low)", "F8", w,
                () -> navigation.goLow(BeadSearch.Direction.FORWARD));
        add("Go", "Previous low confidence", "shift F8", w, () -> navigation.goLow(BeadSearch.Direction.BACKWARD));
        add("Go", "Set the low-confidence threshold…", "ctrl shift L", w, navigation::setThreshold);
        add("Go", "Next non-1:1", "F6", w, () -> navigation.go(BeadSearch.notOneToOne(), BeadSearch.Direction.FORWARD));
        add("Go", "Previous non-1:1", "shift F6", w, () -> navigation.go(BeadSearch.notOneToOne(), BeadSearch.Direction.BACKWARD));
        add("Go", "Go to bead…", "ctrl G", w, navigation::goToBead);
        add("View", "Show only beads needing attention", "ctrl shift A", w, navigation::toggleFilter);
        add("View", "Order beads by risk / by the text", "ctrl shift R", w, navigation::toggleRiskOrder);
        add("View", "Show / hide the findings panel", "F4", w, window::toggleFindings);
        add("Check", "Check now", "F5", w, checks::runNow);
        add("Check", "Next finding", "F9", w, () -> window.stepFinding(1));
        add("Check", "Previous finding", "shift F9", w, () -> window.stepFinding(-1));
        Command.Reach fl = Command.Reach.FINDINGS;
        add("Check", "Go to the finding's bead (again: its next bead)", "ENTER", fl, () -> checks.panel().activateSelected());
        add("Check", "Ignore this finding", "DELETE", fl, () -> checks.panel().ignoreSelected());
        add("Check", "Unignore this finding", "INSERT", fl, () -> checks.panel().unignoreSelected());
        add("Check", "Show / hide ignored findings", "ctrl shift I", w, () -> checks.panel().toggleShowIgnored());
        add("Check", "Accept the bead's rendering as a variant", "ctrl shift V", w, () -> checks.panel().detail().acceptSelected());
        add("Check", "Make the usual rendering a glossary entry", "ctrl shift G", w, () -> checks.panel().detail().addToGlossary());
        add("Glossary", "Open glossary…", "ctrl shift O", w, checks::chooseGlossary);
        add("Glossary", "Add to glossary (selected text)…", "ctrl T", w, () -> glossary.addTo(checks));
        commands.add(new Command("View", "Larger text", Command.key("ctrl EQUALS"), Optional.of(Command.key("ctrl ADD")), w,
                () -> window.changeFontSize(1)));
        commands.add(new Command("View", "Smaller text", Command.key("ctrl MINUS"), Optional.of(Command.key("ctrl SUBTRACT")), w,
                () -> window.changeFontSize(-1)));
        // Ctrl+E, then Ctrl+Shift+1 ... 9, 0: eleven formats with a shortcut each
        int formats = Math.min(exports.size(), 11);
        for (int i = 0; i < formats; i++) {
            ExportMenuEntry f = exports.get(i);
            String key = i == 0 ? "ctrl E" : "ctrl shift " + (i % 10);
            add("Export", f.name() + "…", key, w, () -> export.export(f));
        }
        add("Help", "Keyboard shortcuts", "F1", w, window::showShortcuts);

        groupBefore("Save", "Quit", "Edit text (Enter splits at the caret, Ctrl+Enter commits)", "Find…",
                "Move sentence up (focused side)", "Insert empty counterpart (focused side)", "Realign between confirmed beads",
                "Next low confidence (one-sided and flagged count as low)", "Next non-1:1", "Go to bead…",
                "Show / hide the findings panel", "Larger text", "Next finding", "Go to the finding's bead (again: its next bead)",
                "Accept the bead's rendering as a variant");
        java.util.function.BooleanSupplier open = () -> files.session().isPresent();
        java.util.function.BooleanSupplier bead = () -> open.getAsBoolean() && editing.hasBead();
        enable(open, "Save", "Close project", "Find…", "Find next", "Find previous", "Go to bead…",
                "Show only beads needing attention", "Order beads by risk / by the text", "Check now", "Open glossary…");
        enable(() -> open.getAsBoolean() && files.session().get().history().nextUndo().isPresent(), "Undo");
        enable(() -> open.getAsBoolean() && files.session().get().history().nextRedo().isPresent(), "Redo");
        for (Command c : List.copyOf(commands)) {
            if (c.menu().equals("Bead") || c.name().startsWith("Edit text")) {
                enable(bead, c.name());
            }
            if (c.menu().equals("Export")) {
                enable(open, c.name());
            }
        }
        enable(() -> checks.panel().detail().renderingToAccept().isPresent(), "Accept the bead's rendering as a variant");
    }

    private void groupBefore(String... names) {
        for (String n : names) {
            replace(n, Command::startingGroup);
        }
    }

    private void enable(java.util.function.BooleanSupplier when, String... names) {
        for (String n : names) {
            replace(n, c -> c.enabledWhen(when));
        }
    }

    private void replace(String name, java.util.function.UnaryOperator<Command> change) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).name().equals(name)) {
                commands.set(i, change.apply(commands.get(i)));
                return;
            }
        }
        throw new IllegalArgumentException("no command " + name);
    }

    List<Command> commands() {
        return List.copyOf(commands);
    }

    private void add(String menu, String name, String key, Command.Reach reach, Runnable action) {
        commands.add(new Command(menu, name, Command.key(key), Optional.empty(), reach, action));
    }
}
