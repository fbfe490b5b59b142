package org.visavis.pipeline;

/**
 * Where a long task reports how far it is and learns whether it was cancelled. The editor's
 * progress bar implements it; the command line uses {@link #SILENT}.
 */
public interface Progress {
    /** Called as the task advances: a short stage name ("Reading source.pdf") and a fraction in [0, 1]. */
    void report(String stage, double fraction);

    /**
     * A stage of a new alignment starts ({@code done} false) or ends ({@code done} true), the whole
     * task then {@code fraction} done; {@code detail} says what it works on ("Reading fr.html").
     * By default it is reported as {@code report(detail, fraction)}.
     */
    default void stage(PipelineStage stage, boolean done, String detail, double fraction) {
        report(detail, fraction);
    }

    /**
     * A problem worth telling the user that does not stop the task, e.g. "the target is 3.2 times
     * longer than the source". The command line prints it on stderr; the editor shows it.
     */
    default void warn(String message) {
    }

    /** Checked between steps; when true the task stops with {@link CancelledException}. */
    boolean isCancelled();

    Progress SILENT = new Progress() {
        @Override
        public void report(String stage, double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * A task that is never cancelled, its advance going to {@code report} (stage, fraction) and
     * its warnings to {@code warn}: what the command line and the tests need.
     */
    static Progress reporting(java.util.function.BiConsumer<String, Double> report,
                              java.util.function.Consumer<String> warn) {
        return new Progress() {
            @Override
            public void report(String stage, double fraction) {
                report.accept(stage, fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void warn(String message) {
                warn.accept(message);
            }
        };
    }

    /** A task that is never cancelled, silent but for its warnings, which go to {@code warn}. */
    static Progress warningsTo(java.util.function.Consumer<String> warn) {
        return reporting((stage, fraction) -> { }, warn);
    }

    /** Throws {@link CancelledException} when the task was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
