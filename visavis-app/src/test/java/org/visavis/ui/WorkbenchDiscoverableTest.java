package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JToolBar;
import javax.swing.MenuElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.edit.HandbookFixture;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/** What a reviser finds without reading the manual, in the real window on section 1.5 of the Debian Handbook. */
@NeedsDisplay
class WorkbenchDiscoverableTest {
    @TempDir
    Path dir;
    private WorkbenchDriver driver;


    @BeforeEach
    void open() {
        Path project = dir.resolve("role-of-distributions");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
    }

    @AfterEach
    void close() {
        WorkbenchDriver.closeDiscarding(driver);
    }

    private JMenu menu(String name) {
        return WorkbenchDriver.onEdt(() -> {
            var bar = driver.workbench.frame().getJMenuBar();
            for (int i = 0; i < bar.getMenuCount(); i++) {
                if (bar.getMenu(i).getText().equals(name)) {
                    return bar.getMenu(i);
                }
            }
            throw new AssertionError("no menu " + name);
        });
    }

    private boolean itemEnabled(JMenu m, String name) {
        return WorkbenchDriver.onEdt(() -> {
            m.setPopupMenuVisible(true); // opening the menu works out what is greyed
            m.setPopupMenuVisible(false);
            for (Component c : m.getMenuComponents()) {
                if (c instanceof JMenuItem i && i.getText().equals(name)) {
                    return i.isEnabled();
                }
            }
            throw new AssertionError("no item " + name);
        });
    }

    @Test
    void undoIsGreyedUntilThereIsSomethingToUndoAndTheToolbarFollows() {
        assertThat(itemEnabled(menu("Edit"), "Undo")).isFalse();
        assertThat(itemEnabled(menu("Edit"), "Redo")).isFalse();
        AbstractButton undoButton = toolbarButton("Undo");
        assertThat(WorkbenchDriver.onEdt(undoButton::isEnabled)).isFalse();
        driver.selectBead(2, BeadTableModel.SOURCE);
        driver.press("ctrl M");
        assertThat(itemEnabled(menu("Edit"), "Undo")).isTrue();
        assertThat(WorkbenchDriver.onEdt(undoButton::isEnabled)).isTrue();
        assertThat(WorkbenchDriver.onEdt(() -> undoButton.getToolTipText())).isEqualTo("Undo (Ctrl+Z)");
        driver.press("ctrl Z");
        assertThat(itemEnabled(menu("Edit"), "Undo")).isFalse();
        assertThat(itemEnabled(menu("Edit"), "Redo")).isTrue();
        driver.press("ctrl Z");
        assertThat(driver.workbench.statusMessage()).as("the key still answers").isEqualTo("Nothing to undo");
    }

    @Test
    void theToolbarRunsBeadCommands() {
        driver.selectBead(2, BeadTableModel.SOURCE);
        int before = driver.alignment().beads().size();
        AbstractButton merge = toolbarButton("Merge next");
        WorkbenchDriver.onEdt(() -> {
            merge.doClick();
            return null;
        });
        driver.waitIdle();
        assertThat(driver.alignment().beads()).hasSize(before - 1);
    }

    @Test
    void menusAreGroupedWithSeparators() {
        JMenu bead = menu("Bead");
        List<String> items = WorkbenchDriver.onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (Component c : bead.getMenuComponents()) {
                out.add(c instanceof JMenuItem i ? i.getText() : "—");
            }
            return out;
        });
        assertThat(items).contains("—");
        assertThat(items.get(items.indexOf("Move sentence up (focused side)") - 1)).isEqualTo("—");
        assertThat(items.get(items.indexOf("Realign between confirmed beads") - 1)).isEqualTo("—");
        assertThat(items.get(0)).isNotEqualTo("—");
    }

    @Test
    void aRightClickOnABeadSelectsItAndOpensItsCommands() {
        JPopupMenu[] shown = new JPopupMenu[1];
        WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            Rectangle r = t.getCellRect(4, BeadTableModel.TARGET, false);
            MouseEvent e = new MouseEvent(t, MouseEvent.MOUSE_PRESSED, System.currentTimeMillis(), InputEvent.BUTTON3_DOWN_MASK,
                    r.x + 20, r.y + 8, 1, true, MouseEvent.BUTTON3);
            t.dispatchEvent(e);
            for (MenuElement m : javax.swing.MenuSelectionManager.defaultManager().getSelectedPath()) {
                if (m instanceof JPopupMenu p) {
                    shown[0] = p;
                }
            }
            return null;
        });
        assertThat(driver.selectedBead()).isEqualTo(4);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().focusedSide())).isEqualTo(org.visavis.model.Side.TARGET);
        JPopupMenu popup = WorkbenchDriver.onEdt(() -> shown[0] != null ? shown[0] : visiblePopup());
        assertThat(popup).as("a context menu is showing").isNotNull();
        List<String> names = WorkbenchDriver.onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (Component c : popup.getComponents()) {
                if (c instanceof JMenuItem i) {
                    out.add(i.getText());
                }
            }
            popup.setVisible(false);
            return out;
        });
        assertThat(names).contains("Merge with next bead", "Confirm / unconfirm", "Insert empty counterpart (focused side)");
    }

    private static JPopupMenu visiblePopup() {
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            JPopupMenu p = find(w);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static JPopupMenu find(Component c) {
        if (c instanceof JPopupMenu p && p.isVisible()) {
            return p;
        }
        if (c instanceof java.awt.Container k) {
            for (Component child : k.getComponents()) {
                JPopupMenu p = find(child);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    @Test
    void theLinkColumnExplainsItsStripeTypeConfidenceAndStatus() {
        List<String> tips = WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            int row = 7; // bead 8, confidence 0.30
            Rectangle r = t.getCellRect(row, BeadTableModel.LINK, false);
            int line = t.getFontMetrics(t.sentenceEditor().textArea().getFont()).getHeight();
            List<String> out = new ArrayList<>();
            for (int[] at : new int[][] {{2, 8}, {14, 10}, {r.width - 20, 10}, {20, BeadCellRenderer.PAD + line + 4}}) {
                out.add(t.getToolTipText(new MouseEvent(t, MouseEvent.MOUSE_MOVED, 0, 0, r.x + at[0], r.y + at[1], 0, false)));
            }
            return out;
        });
        assertThat(tips.get(0)).startsWith("Risk colour 0.30");
        assertThat(tips.get(1)).startsWith("Bead type 1-1: 1 source and 1 target sentences");
        assertThat(tips.get(2)).startsWith("The aligner's confidence 0.30; counts as low below 0.50");
        assertThat(tips.get(3)).startsWith("Automatic: not yet checked by a person");
    }

    @Test
    void escapeClosesTheShortcutsDialog() {
        driver.press("F1");
        javax.swing.JDialog d = WorkbenchDriver.onEdt(() -> driver.workbench.shortcutsDialog().orElseThrow());
        assertThat(WorkbenchDriver.onEdt(d::isShowing)).isTrue();
        driver.pressOn(WorkbenchDriver.onEdt(d::getRootPane), "ESCAPE");
        assertThat(WorkbenchDriver.onEdt(d::isShowing)).isFalse();
    }

    @Test
    void statusMessagesExpire() {
        driver.selectBead(2, BeadTableModel.SOURCE);
        driver.press("ctrl M");
        assertThat(driver.workbench.statusMessage()).isEqualTo("Merge with next bead");
        javax.swing.Timer expiry = WorkbenchDriver.onEdt(() -> driver.workbench.statusBar().expiry());
        assertThat(WorkbenchDriver.onEdt(expiry::isRunning)).isTrue();
        assertThat(expiry.getInitialDelay()).isEqualTo(StatusBar.MESSAGE_MS);
        WorkbenchDriver.onEdt(() -> {
            for (var l : expiry.getActionListeners()) {
                l.actionPerformed(new java.awt.event.ActionEvent(expiry, 0, "expire"));
            }
            return null;
        });
        assertThat(driver.workbench.statusMessage()).isBlank();
    }

    private AbstractButton toolbarButton(String label) {
        return WorkbenchDriver.onEdt(() -> {
            JToolBar bar = find(driver.workbench.frame().getContentPane(), JToolBar.class);
            for (Component c : bar.getComponents()) {
                if (c instanceof AbstractButton b && label.equals(b.getText())) {
                    return b;
                }
            }
            throw new AssertionError("no toolbar button " + label);
        });
    }

    private static <T> T find(Component c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof java.awt.Container k) {
            for (Component child : k.getComponents()) {
                T t = find(child, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
