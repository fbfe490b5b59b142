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

    private static final Command.Reach WINDOW = Command.Reach.WINDOW;
    private static final Command.Reach TABLE = Command.Reach.TABLE;
    private static final Command.Reach FINDINGS = Command.Reach.FINDINGS;

    private final List<Command> commands = new ArrayList<>();

    CommandTable(Window window, ProjectFiles files, BeadEditing editing, BeadNavigation navigation, ProjectChecks checks,
                 GlossarySelection glossary, ProjectExport export, List<ExportMenuEntry> exports) {
        // in menu order: the menus and Help › Keyboard shortcuts list the commands as they are added
        addFileCommands(window, files);
        addEditCommands(editing, navigation);
        addBeadCommands(editing);
        addGoCommands(navigation);
        addViewCommands(window, navigation);
        addCheckCommands(window, checks);
        addGlossaryCommands(checks, glossary);
        addTextSizeCommands(window);
        addExportCommands(export, exports);
        add("Help", "Keyboard shortcuts", "F1", WINDOW, window::showShortcuts);
        separateGroups();
        enableWhenApplicable(files, editing, checks);
    }

    private void addFileCommands(Window window, ProjectFiles files) {
        add("File", "New alignment…", "ctrl N", WINDOW, window::newAlignment);
        add("File", "Open project…", "ctrl O", WINDOW, files::chooseProject);
        add("File", "Save", "ctrl S", WINDOW, () -> files.save(() -> { }));
        add("File", "Close project", "ctrl W", WINDOW, () -> files.closeSession(window::showNothing));
        add("File", "Quit", "ctrl Q", WINDOW, window::quit);
    }

    private void addEditCommands(BeadEditing editing, BeadNavigation navigation) {
        add("Edit", "Undo", "ctrl Z", WINDOW, editing::undo);
        commands.add(new Command("Edit", "Redo", Command.key("ctrl shift Z"), Optional.of(Command.key("ctrl Y")), WINDOW, editing::redo));
        add("Edit", "Edit text (Enter splits at the caret, Ctrl+Enter commits)", "F2", TABLE, editing::startEditing);
        add("Edit", "Find…", "ctrl F", WINDOW, navigation::showSearch);
        add("Edit", "Find next", "F3", WINDOW, () -> navigation.findText(BeadSearch.Direction.FORWARD));
        add("Edit", "Find previous", "shift F3", WINDOW, () -> navigation.findText(BeadSearch.Direction.BACKWARD));
    }

    private void addBeadCommands(BeadEditing editing) {
        add("Bead", "Confirm and go to next unconfirmed", "ENTER", TABLE, editing::confirmAndNext);
        add("Bead", "Confirm / unconfirm", "SPACE", TABLE, editing::toggleConfirmed);
        add("Bead", "Confirm everything above", "ctrl shift ENTER", WINDOW, editing::confirmThrough);
        add("Bead", "Move sentence up (focused side)", "ctrl UP", WINDOW,
                () -> editing.edit("Move sentence up", a -> AlignmentEdits.shiftUp(a, editing.bead(), editing.side())));
        add("Bead", "Move sentence down (focused side)", "ctrl DOWN", WINDOW,
                () -> editing.edit("Move sentence down", a -> AlignmentEdits.shiftDown(a, editing.bead(), editing.side())));
        add("Bead", "Merge side into bead above", "alt UP", WINDOW,
                () -> editing.edit("Merge into bead above", a -> AlignmentEdits.mergeSideUp(a, editing.bead(), editing.side())));
        add("Bead", "Merge side into bead below", "alt DOWN", WINDOW,
                () -> editing.edit("Merge into bead below", a -> AlignmentEdits.mergeSideDown(a, editing.bead(), editing.side())));
        add("Bead", "Merge with next bead", "ctrl M", WINDOW,
                () -> editing.edit("Merge with next bead", a -> AlignmentEdits.mergeWithNext(a, editing.bead())));
        add("Bead", "Split bead into pairs", "ctrl B", WINDOW,
                () -> editing.edit("Split bead", a -> AlignmentEdits.splitBead(a, editing.bead())));
        add("Bead", "Insert empty counterpart (focused side)", "INSERT", TABLE,
                () -> editing.edit("Insert empty counterpart", a -> AlignmentEdits.insertEmpty(a, editing.bead(), editing.side())));
        add("Bead", "Remove empty counterpart", "DELETE", TABLE,
                () -> editing.edit("Remove empty counterpart", a -> AlignmentEdits.removeEmpty(a, editing.bead())));
        add("Bead", "Realign between confirmed beads", "ctrl R", WINDOW, editing::realign);
    }

    private void addGoCommands(BeadNavigation navigation) {
        add("Go", "Next unconfirmed", "F7", WINDOW, () -> navigation.go(BeadSearch.unconfirmed(), BeadSearch.Direction.FORWARD));
        add("Go", "Previous unconfirmed", "shift F7", WINDOW, () -> navigation.go(BeadSearch.unconfirmed(), BeadSearch.Direction.BACKWARD));
        add("Go", "Next low confidence (one-sided and flagged count as low)", "F8", WINDOW,
                () -> navigation.goLow(BeadSearch.Direction.FORWARD));
        add("Go", "Previous low confidence", "shift F8", WINDOW, () -> navigation.goLow(BeadSearch.Direction.BACKWARD));
        add("Go", "Set the low-confidence threshold…", "ctrl shift L", WINDOW, navigation::setThreshold);
        add("Go", "Next non-1:1", "F6", WINDOW, () -> navigation.go(BeadSearch.notOneToOne(), BeadSearch.Direction.FORWARD));
        add("Go", "Previous non-1:1", "shift F6", WINDOW, () -> navigation.go(BeadSearch.notOneToOne(), BeadSearch.Direction.BACKWARD));
        add("Go", "Go to bead…", "ctrl G", WINDOW, navigation::goToBead);
    }

    private void addViewCommands(Window window, BeadNavigation navigation) {
        add("View", "Show only beads needing attention", "ctrl shift A", WINDOW, navigation::toggleFilter);
        add("View", "Order beads by risk / by the text", "ctrl shift R", WINDOW, navigation::toggleRiskOrder);
        add("View", "Show / hide the findings panel", "F4", WINDOW, window::toggleFindings);
    }

    private void addCheckCommands(Window window, ProjectChecks checks) {
        add("Check", "Check now", "F5", WINDOW, checks::runNow);
        add("Check", "Next finding", "F9", WINDOW, () -> window.stepFinding(1));
        add("Check", "Previous finding", "shift F9", WINDOW, () -> window.stepFinding(-1));
        add("Check", "Go to the finding's bead (again: its next bead)", "ENTER", FINDINGS, () -> checks.panel().activateSelected());
        add("Check", "Ignore this finding", "DELETE", FINDINGS, () -> checks.panel().ignoreSelected());
        add("Check", "Unignore this finding", "INSERT", FINDINGS, () -> checks.panel().unignoreSelected());
        add("Check", "Show / hide ignored findings", "ctrl shift I", WINDOW, () -> checks.panel().toggleShowIgnored());
        add("Check", "Accept the bead's rendering as a variant", "ctrl shift V", WINDOW, () -> checks.panel().detail().acceptSelected());
        add("Check", "Make the usual rendering a glossary entry", "ctrl shift G", WINDOW, () -> checks.panel().detail().addToGlossary());
    }

    private void addGlossaryCommands(ProjectChecks checks, GlossarySelection glossary) {
        add("Glossary", "Open glossary…", "ctrl shift O", WINDOW, checks::chooseGlossary);
        add("Glossary", "Add to glossary (selected text)…", "ctrl T", WINDOW, () -> glossary.addTo(checks));
    }

    private void addTextSizeCommands(Window window) {
        commands.add(new Command("View", "Larger text", Command.key("ctrl EQUALS"), Optional.of(Command.key("ctrl ADD")), WINDOW,
                () -> window.changeFontSize(1)));
        commands.add(new Command("View", "Smaller text", Command.key("ctrl MINUS"), Optional.of(Command.key("ctrl SUBTRACT")), WINDOW,
                () -> window.changeFontSize(-1)));
    }

    private void addExportCommands(ProjectExport export, List<ExportMenuEntry> exports) {
        // Ctrl+E, then Ctrl+Shift+1 ... 9, 0: eleven formats with a shortcut each
        int formats = Math.min(exports.size(), 11);
        for (int i = 0; i < formats; i++) {
            ExportMenuEntry f = exports.get(i);
            String key = i == 0 ? "ctrl E" : "ctrl shift " + (i % 10);
            add("Export", f.name() + "…", key, WINDOW, () -> export.export(f));
        }
    }

    /** The separators of the menus: a group starts at each of these commands. */
    private void separateGroups() {
        groupBefore("Save", "Quit", "Edit text (Enter splits at the caret, Ctrl+Enter commits)", "Find…",
                "Move sentence up (focused side)", "Insert empty counterpart (focused side)", "Realign between confirmed beads",
                "Next low confidence (one-sided and flagged count as low)", "Next non-1:1", "Go to bead…",
                "Show / hide the findings panel", "Larger text", "Next finding", "Go to the finding's bead (again: its next bead)",
                "Accept the bead's rendering as a variant");
    }

    /** Which commands are enabled when: most need an open project, the bead commands a selected bead. */
    private void enableWhenApplicable(ProjectFiles files, BeadEditing editing, ProjectChecks checks) {
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
