package org.visavis.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The editor's one worker thread for file work (load, save, autosave, export, realign): tasks
 * run in order, so an autosave never races a save, and their results come back on the Swing
 * thread.
 *
 * <pre>{@code
 * work.run(() -> store.load(dir), project -> show(project), error -> dialogs.error("Open", error.getMessage()));
 * }</pre>
 */
final class BackgroundWork {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "visavis-files");
        t.setDaemon(true);
        return t;
    });
    private int running;
    private final Consumer<Integer> busy;

    /** {@code busy} hears the number of tasks queued or running, on the Swing thread. */
    BackgroundWork(Consumer<Integer> busy) {
        this.busy = busy;
    }

    <T> void run(Callable<T> task, Consumer<T> done, Consumer<Exception> failed) {
        SwingThread.mustBeSwingThread();
        busy.accept(++running);
        executor.execute(() -> {
            T result;
            try {
                result = task.call();
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> {
                    busy.accept(--running);
                    failed.accept(e);
                });
                return;
            }
            T r = result;
            SwingUtilities.invokeLater(() -> {
                busy.accept(--running);
                done.accept(r);
            });
        });
    }

    boolean isIdle() {
        return running == 0;
    }
}
