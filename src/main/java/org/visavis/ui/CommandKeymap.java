package org.visavis.ui;

import java.awt.event.ActionEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import org.visavis.model.VisavisException;

/**
 * Turns the command table into the menu bar and the key bindings of the window, the bead table
 * and the findings list, and runs a command as the user asked for it (committing an open text
 * edit first).
 *
 * <pre>{@code
 * new CommandKeymap(frame, table, findingsTable, () -> dialogs, this::say, this::rememberSelectedText).install(commands);
 * }</pre>
 */
final class CommandKeymap {
    private final JFrame frame;
    private final BeadTable table;
    private final JComponent findingsList;
    private final Supplier<Dialogs> dialogs;
    private final Consumer<String> say;
    private final Runnable beforeEditorCloses;

    /** {@code dialogs} is asked each time because tests replace the window's dialogs. */
    CommandKeymap(JFrame frame, BeadTable table, JComponent findingsList, Supplier<Dialogs> dialogs,
                  Consumer<String> say, Runnable beforeEditorCloses) {
        this.frame = frame;
        this.table = table;
        this.findingsList = findingsList;
        this.dialogs = dialogs;
        this.say = say;
        this.beforeEditorCloses = beforeEditorCloses;
    }

    /** Builds the menus from {@code commands} in their order, binds their keys, and sets the frame's menu bar. */
    void install(List<Command> commands) {
        JMenuBar bar = new JMenuBar();
        Map<String, JMenu> menus = new LinkedHashMap<>();
        int n = 0;
        for (Command c : commands) {
            JMenu menu = menus.computeIfAbsent(c.menu(), name -> {
                JMenu m = new JMenu(name);
                m.setMnemonic(name.charAt(0));
                bar.add(m);
                return m;
            });
            String id = "visavis-" + (n++);
            AbstractAction action = new AbstractAction(c.name()) {
                @Override
                public void actionPerformed(ActionEvent e) {
                    run(c);
                }
            };
            JMenuItem item = new JMenuItem(action);
            item.setAccelerator(c.key());
            if (c.reach() == Command.Reach.FINDINGS) {
                // keys of the findings list only: Enter, Delete and Insert keep their meaning on the beads
                item.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(c.key(), "none");
                findingsList.getActionMap().put(id, action);
                findingsList.getInputMap(JComponent.WHEN_FOCUSED).put(c.key(), id);
                findingsList.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(c.key(), id);
                menu.add(item);
                continue;
            }
            if (c.reach() == Command.Reach.TABLE) {
                // shown in the menu, but bound only on the table so typing elsewhere is never taken
                item.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(c.key(), "none");
            }
            menu.add(item);
            table.getActionMap().put(id, action);
            table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(c.key(), id);
            table.getInputMap(JComponent.WHEN_FOCUSED).put(c.key(), id);
            c.alternate().ifPresent(k -> {
                table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(k, id);
                frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, id);
                frame.getRootPane().getActionMap().put(id, action);
            });
        }
        frame.setJMenuBar(bar);
    }

    private void run(Command c) {
        SwingThread.mustBeSwingThread();
        if (table.isEditing()) {
            if (c.reach() == Command.Reach.TABLE) {
                return; // Space, Insert... belong to the text being edited
            }
            beforeEditorCloses.run();
            // commit the text first, as a word processor would; the command runs after that edit
            table.getCellEditor().stopCellEditing();
            SwingUtilities.invokeLater(() -> execute(c));
            return;
        }
        execute(c);
    }

    private void execute(Command c) {
        try {
            c.action().run();
        } catch (VisavisException e) {
            say.accept(e.getMessage());
        } catch (RuntimeException e) {
            // a bug, not a user mistake: say so loudly, keep the window and the work in it
            e.printStackTrace();
            dialogs.get().error("Internal error", c.name() + " failed: " + e);
        }
    }
}
