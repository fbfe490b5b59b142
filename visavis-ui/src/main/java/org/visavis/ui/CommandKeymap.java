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

    /** A menu item, toolbar button or context menu item and the command whose state it shows. */
    private record Shown(Command command, javax.swing.AbstractButton button) {
    }

    private final List<Shown> shown = new java.util.ArrayList<>();
    private final Map<String, AbstractAction> actions = new LinkedHashMap<>();
    private final Map<String, Command> byName = new LinkedHashMap<>();

    /** Builds the menus from {@code commands} in their order, binds their keys, and sets the frame's menu bar. */
    void install(List<Command> commands) {
        JMenuBar bar = new JMenuBar();
        Map<String, JMenu> menus = new LinkedHashMap<>();
        int n = 0;
        for (Command c : commands) {
            JMenu menu = menus.computeIfAbsent(c.menu(), name -> {
                JMenu m = new JMenu(name);
                m.setMnemonic(name.charAt(0));
                // greyed items are worked out as the menu opens
                m.getPopupMenu().addPopupMenuListener(refreshOnOpen());
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
            actions.put(c.name(), action);
            byName.put(c.name(), c);
            if (c.startsGroup() && menu.getMenuComponentCount() > 0) {
                menu.addSeparator();
            }
            JMenuItem item = new JMenuItem(action);
            item.setAccelerator(c.key());
            // the item, not the action, is greyed: a key still runs the command and it says why it cannot act
            shown.add(new Shown(c, item));
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
        refresh();
    }

    /** Greys out the items and buttons of the commands that cannot act now. */
    void refresh() {
        for (Shown s : shown) {
            s.button().setEnabled(s.command().canAct().getAsBoolean());
        }
    }

    /**
     * A toolbar of the named commands (a label each, "" for a separator); each button's tooltip
     * says the command's full name and its key.
     */
    javax.swing.JToolBar toolbar(List<String[]> labelsAndNames) {
        javax.swing.JToolBar bar = new javax.swing.JToolBar("Bead commands");
        bar.setFloatable(false);
        bar.setRollover(true);
        for (String[] ln : labelsAndNames) {
            if (ln.length == 0) {
                bar.addSeparator();
                continue;
            }
            Command c = command(ln[1]);
            javax.swing.JButton b = new javax.swing.JButton(actions.get(c.name()));
            b.setText(ln[0]);
            b.setFocusable(false); // the keys stay with the beads
            b.setToolTipText(c.name() + " (" + Command.describe(c.key()) + ")");
            shown.add(new Shown(c, b));
            bar.add(b);
        }
        refresh();
        return bar;
    }

    /** The menu a right click on a bead opens: the commands of the menus named, with their keys. */
    javax.swing.JPopupMenu contextMenu(List<String> commandNames) {
        javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
        for (String name : commandNames) {
            if (name.isEmpty()) {
                menu.addSeparator();
                continue;
            }
            Command c = command(name);
            JMenuItem item = new JMenuItem(actions.get(c.name()));
            item.setAccelerator(c.key());
            item.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(c.key(), "none");
            shown.add(new Shown(c, item));
            menu.add(item);
        }
        menu.addPopupMenuListener(refreshOnOpen());
        return menu;
    }

    /** Works out what is greyed as a menu opens. */
    private javax.swing.event.PopupMenuListener refreshOnOpen() {
        return new javax.swing.event.PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(javax.swing.event.PopupMenuEvent e) {
                refresh();
            }

            @Override
            public void popupMenuWillBecomeInvisible(javax.swing.event.PopupMenuEvent e) {
            }

            @Override
            public void popupMenuCanceled(javax.swing.event.PopupMenuEvent e) {
            }
        };
    }

    private Command command(String name) {
        Command c = byName.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no command " + name);
        }
        return c;
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
