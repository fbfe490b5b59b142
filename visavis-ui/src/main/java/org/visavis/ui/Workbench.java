package org.visavis.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.UIManager;
import org.visavis.edit.AlignmentEdits;
import org.visavis.edit.BeadSearch;
import org.visavis.edit.EditHistory;
import org.visavis.model.Alignment;
import org.visavis.model.Side;

/**
 * The workbench window: the bead table, the findings panel, a find bar and a status bar, wired
 * to the parts that do the work: {@link ProjectFiles} (open, save, close, lock, autosave and
 * recovery), {@link BeadEditing} (edits as pure functions from {@link AlignmentEdits} kept in
 * an {@link EditHistory}), {@link BeadNavigation} (moving and searching), {@link ProjectExport},
 * {@link GlossarySelection}, and the {@link CommandTable} that {@link CommandKeymap} turns into
 * menus whose every command has a shortcut. File work runs on {@link BackgroundWork}.
 *
 * <pre>{@code
 * Workbench w = new Workbench(services);
 * w.show();
 * w.openProject(Path.of("alignments/demo"));
 * }</pre>
 */
final class Workbench {
    static final int AUTOSAVE_DELAY_MS = 3000;
    private static final int DEFAULT_FONT_SIZE = 15;

    private final WorkbenchServices services;
    private final JFrame frame = new JFrame("visavis");
    private Dialogs dialogs = Dialogs.swing(frame);
    private final BeadTableModel model = new BeadTableModel(null, this::replaceText);
    private final BeadTable table;
    private final SearchBar search;
    private final BeadNavigation navigation;
    private final StatusBar status = new StatusBar();
    private final BackgroundWork work;
    private final ProjectFiles files;
    private final BeadEditing editing;
    private final ProjectExport export;
    private final WindowLayout layout;
    private final List<Command> commands;
    private final List<Runnable> closedListeners = new ArrayList<>();
    private final ProjectChecks checks;
    private final javax.swing.JSplitPane split;
    private final GlossarySelection glossarySelection;
    private int fontSize;
    private Theme theme;
    private ThemeMenu themeMenu;
    private javax.swing.JPopupMenu contextMenu;
    private final BeadRisk risk;
    private CommandKeymap keymap;
    private javax.swing.JDialog shortcuts;
    private final javax.swing.JPanel north = new javax.swing.JPanel(new BorderLayout());

    /** The toolbar: a short label and the command it runs; an empty entry is a separator. */
    private static final List<String[]> TOOLBAR = List.of(
            new String[] {"Undo", "Undo"}, new String[] {"Redo", "Redo"}, new String[] {},
            new String[] {"Confirm ↓", "Confirm and go to next unconfirmed"}, new String[] {"Confirm", "Confirm / unconfirm"},
            new String[] {},
            new String[] {"Move ↑", "Move sentence up (focused side)"}, new String[] {"Move ↓", "Move sentence down (focused side)"},
            new String[] {"Merge ↑", "Merge side into bead above"}, new String[] {"Merge ↓", "Merge side into bead below"},
            new String[] {"Merge next", "Merge with next bead"}, new String[] {"Split", "Split bead into pairs"},
            new String[] {"Gap", "Insert empty counterpart (focused side)"}, new String[] {},
            new String[] {"Realign", "Realign between confirmed beads"}, new String[] {},
            new String[] {"Next low", "Next low confidence (one-sided and flagged count as low)"},
            new String[] {"By risk", "Order beads by risk / by the text"}, new String[] {"Find", "Find…"});

    /** The right-click menu on a bead; "" is a separator. */
    private static final List<String> CONTEXT_MENU = List.of("Edit text (Enter splits at the caret, Ctrl+Enter commits)", "",
            "Confirm and go to next unconfirmed", "Confirm / unconfirm", "Confirm everything above", "",
            "Move sentence up (focused side)", "Move sentence down (focused side)", "Merge side into bead above",
            "Merge side into bead below", "Merge with next bead", "Split bead into pairs", "",
            "Insert empty counterpart (focused side)", "Remove empty counterpart", "", "Add to glossary (selected text)…");
    Workbench(WorkbenchServices services) {
        this(services, WindowLayout.user());
    }

    Workbench(WorkbenchServices services, WindowLayout layout) {
        SwingThread.mustBeSwingThread();
        this.services = services;
        this.layout = layout;
        this.theme = layout.theme();
        theme.install(SystemTheme::prefersDark); // before the components, so they are made in it
        this.fontSize = layout.fontSize(DEFAULT_FONT_SIZE);
        this.risk = new BeadRisk(layout.lowConfidence(BeadSearch.LOW_CONFIDENCE));
        this.table = new BeadTable(model, readingFont(fontSize));
        this.search = new SearchBar(new SearchBar.Listener() {
            @Override
            public void find(BeadSearch.Direction direction) {
                navigation.findText(direction);
            }

            @Override
            public void closeSearch() {
                navigation.closeSearch();
            }
        });
        this.navigation = new BeadNavigation(model, table, search, () -> dialogs, this::say, this::updateTitle);
        navigation.setRisk(risk, layout::rememberLowConfidence);
        table.setRisk(risk);
        this.work = new BackgroundWork(status::showBusy);
        WindowHost host = new WindowHost();
        this.files = new ProjectFiles(host, work, AUTOSAVE_DELAY_MS);
        this.export = new ProjectExport(files, work, () -> dialogs, this::say);
        this.editing = new BeadEditing(host, files, table, model, work, services.realigner());
        editing.setLowConfidence(risk::threshold);
        table.setEditGate(() -> !editing.isRealigning());
        this.checks = new ProjectChecks(host);
        table.setTermHighlights(checks.terms());
        this.glossarySelection = new GlossarySelection(table, model);
        this.split = new javax.swing.JSplitPane(javax.swing.JSplitPane.VERTICAL_SPLIT);
        // selections in the source and then the target sentence of a bead both prefill "Add to glossary"
        table.sentenceEditor().textArea().addCaretListener(e -> {
            if (table.isEditing()) {
                glossarySelection.remember();
            }
        });
        buildWindow();
        this.commands = new CommandTable(new WindowCommands(), files, editing, navigation, checks, glossarySelection, export,
                services.exports()).commands();
        this.keymap = new CommandKeymap(frame, table, checks.panel().findingsTable(), () -> dialogs, this::say,
                glossarySelection::remember);
        keymap.install(commands);
        north.add(keymap.toolbar(TOOLBAR), BorderLayout.NORTH);
        this.contextMenu = keymap.contextMenu(CONTEXT_MENU);
        installContextMenu(contextMenu);
        this.themeMenu = ThemeMenu.addTo(frame.getJMenuBar(), "View", theme, this::setTheme);
        updateTitle();
    }

    private static Font readingFont(int size) {
        Font base = UIManager.getFont("Table.font");
        String family = base == null ? Font.SANS_SERIF : base.getFamily();
        return new Font(family, Font.PLAIN, size);
    }

    private void buildWindow() {
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }
        });
        JScrollPane scroll = new JScrollPane(table);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        search.setVisible(false);
        north.add(search, BorderLayout.CENTER);
        frame.getContentPane().add(north, BorderLayout.NORTH);
        split.setTopComponent(scroll);
        split.setBottomComponent(checks.panel());
        split.setResizeWeight(0.78);
        split.setBorder(BorderFactory.createEmptyBorder());
        frame.getContentPane().add(split, BorderLayout.CENTER);
        frame.getContentPane().add(status, BorderLayout.SOUTH);
        table.getSelectionModel().addListSelectionListener(e -> updatePosition());
        table.getColumnModel().getSelectionModel().addListSelectionListener(e -> updatePosition());
        layout.restore(frame);
        layout.readViewsInBackground();
        table.setSourceShare(layout.sourceShare());
    }

    // ---- state shown -----------------------------------------------------------------------

    List<Command> commands() {
        return commands;
    }

    JFrame frame() {
        return frame;
    }

    BeadTable table() {
        return table;
    }

    ProjectChecks projectChecks() {
        return checks;
    }

    void setDialogs(Dialogs d) {
        this.dialogs = d;
    }

    void onClosed(Runnable r) {
        closedListeners.add(r);
    }

    Optional<Alignment> alignment() {
        return files.alignment();
    }

    Optional<Path> projectFolder() {
        return files.projectFolder();
    }

    boolean isDirty() {
        return files.isDirty();
    }

    /** True when no file work is queued or running (the autosave timer may still be pending). */
    boolean isIdleIgnoringAutosave() {
        return work.isIdle();
    }

    /** Drops the window as a crash would: no save, no question, the recovery copy stays (tests only). */
    void crashForTests() {
        files.crashForTests();
        frame.dispose();
    }

    /** Writes the recovery copy now instead of a few seconds after the last edit (tests, benchmarks). */
    void autosaveNow() {
        files.autosaveNow();
    }

    String statusMessage() {
        return status.message();
    }

    void show() {
        frame.setVisible(true);
        table.requestFocusInWindow();
    }

    private void say(String text) {
        status.say(text);
    }

    /** A right click on a bead selects it (on the side clicked) and opens the bead commands. */
    private void installContextMenu(javax.swing.JPopupMenu menu) {
        table.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(java.awt.event.MouseEvent e) {
                popup(e);
            }

            private void popup(java.awt.event.MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (!e.isPopupTrigger() || row < 0 || table.isEditing()) {
                    return;
                }
                table.changeSelection(row, table.columnAtPoint(e.getPoint()), false, false);
                menu.show(table, e.getX(), e.getY());
            }
        });
    }

    /** Greys out what cannot act now (menus, toolbar, context menu). */
    private void refreshCommands() {
        if (keymap != null) {
            keymap.refresh();
        }
    }

    private void updateTitle() {
        refreshCommands();
        ProjectSession session = files.session().orElse(null);
        if (session == null) {
            frame.setTitle("visavis");
            status.clearCounts();
            return;
        }
        frame.setTitle((isDirty() ? "• " : "") + session.name() + " — visavis");
        status.showCounts(session.history().current(),
                model.isFiltered() ? OptionalInt.of(model.getRowCount()) : OptionalInt.empty(), files.saveState());
    }

    private void updatePosition() {
        refreshCommands();
        int b = table.selectedBead();
        if (b < 0 || model.alignment() == null) {
            status.clearPosition();
            return;
        }
        status.showPosition(b, model.alignment().beads().get(b), table.focusedSide());
    }

    private void showAlignment(Alignment a, int selectBead) {
        SwingThread.mustBeSwingThread();
        BeadTableModel.Changed changed = model.setAlignment(a);
        table.refreshRowHeights(changed.from(), changed.to());
        if (a != null && !a.beads().isEmpty()) {
            table.selectBead(Math.max(0, Math.min(selectBead, a.beads().size() - 1)), false);
        }
        updateTitle();
        updatePosition();
    }

    private void showNothing() {
        showAlignment(null, 0);
    }

    // ---- editing ---------------------------------------------------------------------------

    /** Applies an edit to the current alignment as one undoable step and keeps the same bead selected. */
    void edit(String name, UnaryOperator<Alignment> op) {
        editing.edit(name, op);
    }

    /** The model is made before the editing commands, so it hands edited text over through here. */
    private void replaceText(int bead, Side side, String edited, List<org.visavis.model.Segment> shown) {
        editing.replaceText(bead, side, edited, shown);
    }

    void undo() {
        editing.undo();
    }

    void redo() {
        editing.redo();
    }

    // ---- navigation ------------------------------------------------------------------------

    void toggleFilter() {
        navigation.toggleFilter();
    }

    void findText(BeadSearch.Direction direction) {
        navigation.findText(direction);
    }

    /** The keyboard shortcuts dialog last opened (tests). */
    Optional<javax.swing.JDialog> shortcutsDialog() {
        return Optional.ofNullable(shortcuts);
    }

    StatusBar statusBar() {
        return status;
    }

    SearchBar searchBar() {
        return search;
    }

    private void setFontSize(int size) {
        fontSize = Math.max(9, Math.min(32, size));
        table.setTextFont(readingFont(fontSize));
        say("Text size " + fontSize);
    }

    /** Switches the look of the open window to {@code t} and remembers it; the text size stays. */
    void setTheme(Theme t) {
        theme = t;
        layout.rememberTheme(t);
        t.switchLive(SystemTheme::prefersDark);
        javax.swing.SwingUtilities.updateComponentTreeUI(contextMenu); // not in a window while closed
        table.setTextFont(readingFont(fontSize));
        themeMenu.item(t).setSelected(true);
        say("Theme: " + t.label());
    }

    ThemeMenu themeMenu() {
        return themeMenu;
    }

    int fontSize() {
        return fontSize;
    }

    // ---- files -----------------------------------------------------------------------------

    /** Closes the current project (asking about unsaved changes) and opens {@code folder} in the background. */
    void openProject(Path folder) {
        files.openProject(folder);
    }

    /** Saves in the background, then runs {@code after} on the Swing thread; on failure nothing already saved is lost. */
    void save(Runnable after) {
        files.save(after);
    }

    /** Ends the current session (asking about unsaved changes), then runs {@code then}; does nothing on Cancel. */
    void closeSession(Runnable then) {
        files.closeSession(then);
    }

    void quit() {
        closeSession(() -> {
            layout.remember(frame, fontSize, table.sourceShare());
            frame.dispose();
            closedListeners.forEach(Runnable::run);
        });
    }

    /** Asks for the documents; the open project stays open until the new one exists. */
    private void newAlignment() {
        Path start = Path.of("corpora").toAbsolutePath();
        NewAlignmentDialog.ask(frame, start, layout.newAlignmentFields()).ifPresent(this::align);
    }

    /**
     * Runs the pipeline in the background behind a modal progress of its stages; the project open
     * meanwhile stays open, untouched (Cancel or Escape leaves it exactly as it was).
     * The result is saved as a new project first, then the open one is closed (asking about
     * unsaved changes) and the new one opened; if the reviser keeps the open one, the new
     * project waits on disk.
     */
    void align(NewAlignmentDialog.Answer answer) {
        PipelineWorker[] worker = new PipelineWorker[1];
        worker[0] = new PipelineWorker(frame, services.pipeline(), answer.request(), alignment -> {
            Runnable warn = () -> {
                List<String> warnings = worker[0].warnings();
                if (!warnings.isEmpty()) {
                    dialogs.info("Alignment warnings", String.join("\n", warnings));
                }
            };
            if (files.session().isEmpty()) {
                files.create(answer.projectFolder(), alignment, warn);
                return;
            }
            work.run(() -> {
                new org.visavis.project.ProjectStore().save(new org.visavis.project.Project(answer.projectFolder(), alignment));
                return answer.projectFolder();
            }, folder -> {
                say("The new alignment is saved in " + folder + "; open it with File › Open project when you are done here");
                closeSession(() -> {
                    showNothing();
                    files.openProject(folder);
                    warn.run();
                });
            }, e -> dialogs.error("Cannot create the project", Dialogs.describe(e)));
        }, e -> {
            if (e instanceof org.visavis.pipeline.CancelledException) {
                say("Alignment cancelled");
            } else {
                dialogs.error("Cannot align", Dialogs.describe(e));
            }
        });
        worker[0].start();
    }

    // ---- what the parts see of the window ------------------------------------------------------

    /** The commands of the command table that act on the window itself. */
    private final class WindowCommands implements CommandTable.Window {
        @Override
        public void newAlignment() {
            Workbench.this.newAlignment();
        }

        @Override
        public void showNothing() {
            Workbench.this.showNothing();
        }

        @Override
        public void quit() {
            Workbench.this.quit();
        }

        @Override
        public void toggleFindings() {
            Workbench.this.toggleFindings();
        }

        @Override
        public void stepFinding(int direction) {
            Workbench.this.stepFinding(direction);
        }

        @Override
        public void changeFontSize(int delta) {
            setFontSize(fontSize + delta);
        }

        @Override
        public void showShortcuts() {
            shortcuts = ShortcutsDialog.show(frame, commands);
        }
    }

    /**
     * What the parts ({@link BeadEditing}, {@link ProjectFiles}, {@link ProjectChecks}) see of the
     * window: one host, so the calls they share (say, showAlignment, dialogs) are written once.
     */
    private final class WindowHost implements BeadEditing.Host, ProjectFiles.Host, ProjectChecks.Host {
        @Override
        public Dialogs dialogs() {
            return dialogs;
        }

        @Override
        public void say(String text) {
            Workbench.this.say(text);
        }

        @Override
        public void showAlignment(Alignment a, int selectBead) {
            Workbench.this.showAlignment(a, selectBead);
        }

        @Override
        public void edited() {
            files.edited();
            checks.edited();
        }

        @Override
        public void updateTitle() {
            Workbench.this.updateTitle();
        }

        @Override
        public void opened() {
            files.projectFolder().ifPresent(Workbench.this::restoreView);
            table.requestFocusInWindow();
            checks.opened();
        }

        @Override
        public void closing() {
            files.projectFolder().ifPresent(Workbench.this::rememberView);
            checks.closed();
        }

        @Override
        public Optional<Alignment> alignment() {
            return Workbench.this.alignment();
        }

        @Override
        public Optional<Path> projectFolder() {
            return Workbench.this.projectFolder();
        }

        @Override
        public BackgroundWork work() {
            return work;
        }

        @Override
        public void jumpTo(int bead) {
            navigation.jumpTo(bead);
        }

        @Override
        public void repaintTable() {
            table.repaint();
        }

        @Override
        public void flagged(java.util.Collection<Integer> beads) {
            risk.setFlagged(beads);
            table.repaint();
        }

        @Override
        public void highlight(Optional<org.visavis.checks.Finding> finding) {
            FindingHighlight quick = finding.map(FindingHighlight::of).orElse(FindingHighlight.NONE);
            table.setFindingHighlight(quick);
            // every form of the words once the taggers have read the finding's beads
            finding.ifPresent(f -> FindingHighlight.byLemma(f, model.alignment(), full -> {
                if (table.cellRenderer().findingHighlight().sameFinding(full)) {
                    table.setFindingHighlight(full);
                }
            }));
            refreshCommands();
        }
    }

    // ---- where the reviser left a project ------------------------------------------------------

    private void rememberView(Path folder) {
        int b = table.selectedBead();
        layout.rememberView(folder, new WindowLayout.ProjectView(Math.max(0, b), table.focusedSide(), model.isFiltered(),
                model.isOrdered(), checks.panel().isVisible()));
    }

    /** Back at the bead and in the view where the project was left. */
    private void restoreView(Path folder) {
        WindowLayout.ProjectView v = layout.view(folder);
        if (v.filtered() != model.isFiltered()) {
            navigation.toggleFilter();
        }
        if (v.byRisk() != model.isOrdered()) {
            navigation.toggleRiskOrder();
        }
        if (v.findingsShown() != checks.panel().isVisible()) {
            toggleFindings();
        }
        int column = v.side() == Side.TARGET ? BeadTableModel.TARGET : BeadTableModel.SOURCE;
        table.changeSelection(Math.max(0, model.rowOf(v.bead())), table.convertColumnIndexToView(column), false, false);
        table.selectBead(v.bead());
        if (v.bead() > 0 || v.filtered() || v.byRisk()) {
            say("Back at bead " + org.visavis.checks.BeadNumbers.shown(table.selectedBead()) + ", where you left it");
        }
    }

    // ---- the findings panel ----------------------------------------------------------------

    private void toggleFindings() {
        boolean show = !checks.panel().isVisible();
        checks.panel().setVisible(show);
        if (show) {
            split.setDividerLocation(0.72);
            checks.panel().findingsTable().requestFocusInWindow();
        } else {
            table.requestFocusInWindow();
        }
        split.revalidate();
    }

    private void stepFinding(int direction) {
        if (!checks.panel().isVisible()) {
            toggleFindings();
        }
        if (!checks.panel().step(direction)) {
            say("No findings");
        }
    }
}
