package org.visavis.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out one {@link Run} at a time for a task that is restarted whenever its input changes
 * (the editor's checks after each edit): starting a run cancels the one before, so a slow old
 * run never overwrites the result of a newer one, and each run's {@link Progress} tells it to stop.
 *
 * <pre>{@code
 * SupersedingRuns checks = new SupersedingRuns();
 * SupersedingRuns.Run run = checks.start();            // the previous run is now cancelled
 * List<Finding> found = CheckSuite.run(a, options, ignored, run);
 * if (run.isCurrent()) { show(found); }
 * }</pre>
 */
public final class SupersedingRuns {
    private final AtomicLong latest = new AtomicLong();

    /** One run: cancelled once a newer run starts or {@link SupersedingRuns#cancelAll()} is called. */
    public final class Run implements Progress {
        private final long number;

        private Run(long number) {
            this.number = number;
        }

        /** True while no newer run has started and nothing was cancelled since this one started. */
        public boolean isCurrent() {
            return latest.get() == number;
        }

        @Override
        public void report(String stage, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return !isCurrent();
        }
    }

    /** Starts a new run, superseding (cancelling) the one before. */
    public Run start() {
        return new Run(latest.incrementAndGet());
    }

    /** Cancels the current run, if any; results still on their way are then dropped. */
    public void cancelAll() {
        latest.incrementAndGet();
    }
}
