package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.visavis.edit.LengthRealigner;
import org.visavis.model.Alignment;

/**
 * Drives a real workbench window from a test: everything on the Swing thread, keys sent as key
 * events to the focused table (so the real key bindings run), waits for the background file
 * work to finish. Waits are for a condition, up to a generous {@link #PATIENCE}, never a fixed time.
 */
final class WorkbenchDriver {
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final Workbench workbench;

    private WorkbenchDriver(Workbench w) {
        this.workbench = w;
    }

    static WorkbenchDriver start(List<ExportMenuEntry> exports) {
        return start((r, p) -> {
            throw new UnsupportedOperationException("no pipeline in this test");
        }, exports);
    }

    static WorkbenchDriver start(PipelineRunner pipeline, List<ExportMenuEntry> exports) {
        return start(new WorkbenchServices(pipeline, new LengthRealigner(), exports));
    }

    static WorkbenchDriver start(WorkbenchServices services) {
        Workbench w = onEdt(() -> {
            WorkbenchApp.installLookAndFeel();
            Workbench wb = new Workbench(services,
                    new WindowLayout(Preferences.userRoot().node("org/visavis/ui-test")));
            wb.frame().setBounds(0, 0, 1400, 900);
            wb.show();
            return wb;
        });
        WorkbenchDriver d = new WorkbenchDriver(w);
        onEdt(() -> {
            w.setDialogs(d.dialogs);
            return null;
        });
        return d;
    }

    /**
     * How long a test waits for the workbench (file work, checks, a pipeline) before it fails: far
     * longer than any of it takes, so that a loaded machine makes a test slow, never red. Set
     * {@code -Dvisavis.ui-test-patience=SECONDS} to change it.
     */
    static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("visavis.ui-test-patience", 300));

    /**
     * Waits until {@code condition} holds, checked on the calling thread, and fails naming {@code
     * what} after {@link #PATIENCE}. Not a fixed sleep: it returns as soon as the condition holds.
     */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long pauseMicros = 100;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            LockSupport.parkNanos(pauseMicros * 1000);
            pauseMicros = Math.min(20_000, pauseMicros * 2);
        }
    }

    /** Like {@link #await}, the condition checked on the Swing thread once the events queued before it have run. */
    static void awaitOnEdt(String what, Callable<Boolean> condition) {
        await(what, () -> onEdt(condition));
    }

    /** Waits for a latch a stub pipeline counts down, up to {@link #PATIENCE}. */
    static void await(String what, CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    /** Closes {@code d}'s window if it is still open, discarding unsaved changes. */
    static void closeDiscarding(WorkbenchDriver d) {
        if (d != null && onEdt(() -> d.workbench.frame().isDisplayable())) {
            d.dialogs.unsaved.clear();
            d.dialogs.unsaved.push(Dialogs.UnsavedChoice.DISCARD);
            d.close();
        }
    }

    void open(Path folder) {
        onEdt(() -> {
            workbench.openProject(folder);
            return null;
        });
        waitIdle();
        onEdt(() -> workbench.table().requestFocusInWindow());
    }

    /** Presses a key (e.g. "ctrl Z") on the bead table, through its real input maps. */
    void press(String key) {
        KeyStroke k = KeyStroke.getKeyStroke(key);
        onEdt(() -> {
            Component table = workbench.table();
            KeyEvent e = new KeyEvent(table, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), k.getModifiers(),
                    k.getKeyCode(), KeyEvent.CHAR_UNDEFINED);
            table.dispatchEvent(e);
            return null;
        });
        waitIdle();
    }

    /** Presses a key on a given component (the findings list, the sentence editor), through its input maps. */
    void pressOn(Component target, String key) {
        KeyStroke k = KeyStroke.getKeyStroke(key);
        onEdt(() -> {
            target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), k.getModifiers(),
                    k.getKeyCode(), KeyEvent.CHAR_UNDEFINED));
            return null;
        });
        waitIdle();
    }

    /** Waits until file work and the background checks are done (LanguageTool loads in seconds). */
    void waitChecked() {
        awaitOnEdt("the background checks", () -> workbench.projectChecks().isIdle() && workbench.isIdleIgnoringAutosave());
        flushEdt();
    }

    void selectBead(int b, int column) {
        onEdt(() -> {
            workbench.table().changeSelection(workbench.table().getModel() instanceof BeadTableModel m ? m.rowOf(b) : b,
                    column, false, false);
            return null;
        });
    }

    Alignment alignment() {
        return onEdt(() -> workbench.alignment().orElseThrow());
    }

    int selectedBead() {
        return onEdt(() -> workbench.table().selectedBead());
    }

    /** Waits until queued file work is done (the autosave timer is not waited for). */
    void waitIdle() {
        awaitOnEdt("the workbench's file work", () -> workbench.isIdleIgnoringAutosave());
        flushEdt();
    }

    /**
     * Closes a test's window if it is still open, throwing its unsaved changes away: what every
     * editor test does after each case ({@code driver} may be null when the case never opened one).
     */
    static void discardAndClose(WorkbenchDriver driver) {
        if (driver != null && onEdt(() -> driver.workbench.frame().isDisplayable())) {
            driver.dialogs.unsaved.clear();
            driver.dialogs.unsaved.push(Dialogs.UnsavedChoice.DISCARD);
            driver.close();
        }
    }

    void close() {
        onEdt(() -> {
            workbench.quit();
            return null;
        });
        waitIdle();
        assertThat(onEdt(() -> workbench.frame().isDisplayable())).as("window closed").isFalse();
    }

    BufferedImage screenshot() {
        return onEdt(() -> {
            var root = workbench.frame().getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            root.paint(g);
            g.dispose();
            return img;
        });
    }

    static void flushEdt() {
        onEdt(() -> null);
    }

    static <T> T onEdt(Callable<T> c) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(c.call());
                } catch (Exception e) {
                    error.set(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        }
        if (error.get() != null) {
            throw new AssertionError(error.get());
        }
        return result.get();
    }
}
