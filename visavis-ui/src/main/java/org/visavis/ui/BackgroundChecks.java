package org.visavis.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.CheckSuite;
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.model.Alignment;
import org.visavis.pipeline.CancelledException;
import org.visavis.pipeline.SupersedingRuns;

/**
 * Runs the checks off the Swing thread: {@link #schedule()} after each edit (debounced: the run
 * starts {@value #DELAY_MS} ms after the last edit), {@link #runNow()} after opening. A newer
 * run cancels an older one through its {@link org.visavis.pipeline.Progress}, and an old result
 * is never shown over a newer one.
 *
 * <pre>{@code
 * BackgroundChecks checks = new BackgroundChecks(() -> alignment().map(a -> new Request(a, options)), listener);
 * checks.schedule();
 * }</pre>
 */
final class BackgroundChecks {
    static final int DELAY_MS = 2000;

    /** What to check: an alignment snapshot and the options. */
    record Request(Alignment alignment, CheckOptions options) {
    }

    /** Hears about runs, on the Swing thread. */
    interface Listener {
        void started();

        /** All findings, ignored ones included: the panel hides those. */
        void finished(List<Finding> findings);

        void failed(String message);
    }

    private final Supplier<Optional<Request>> input;
    private final Listener listener;
    private final SupersedingRuns runs = new SupersedingRuns();
    private final Timer debounce;
    private int running;

    BackgroundChecks(Supplier<Optional<Request>> input, Listener listener) {
        this.input = input;
        this.listener = listener;
        this.debounce = new Timer(DELAY_MS, e -> runNow());
        debounce.setRepeats(false);
    }

    /** Runs the checks {@value #DELAY_MS} ms from now, unless asked again before. */
    void schedule() {
        SwingThread.mustBeSwingThread();
        debounce.restart();
    }

    void runNow() {
        SwingThread.mustBeSwingThread();
        debounce.stop();
        Optional<Request> request = input.get();
        if (request.isEmpty() || request.get().alignment().beads().isEmpty()) {
            runs.cancelAll();
            return;
        }
        Request r = request.get();
        SupersedingRuns.Run run = runs.start();
        running++;
        listener.started();
        new SwingWorker<List<Finding>, Void>() {
            @Override
            protected List<Finding> doInBackground() {
                return CheckSuite.run(r.alignment(), r.options(), IgnoredFindings.NONE, run);
            }

            @Override
            protected void done() {
                running--;
                if (!run.isCurrent()) {
                    return; // superseded: a newer run reports
                }
                try {
                    listener.finished(get());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof CancelledException)) {
                        listener.failed(e.getCause().getMessage());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** Stops any pending or running check (the project closed). */
    void cancel() {
        SwingThread.mustBeSwingThread();
        debounce.stop();
        runs.cancelAll();
    }

    /** True when no run is pending or in progress. */
    boolean isIdle() {
        return running == 0 && !debounce.isRunning();
    }
}
