package org.visavis.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a long command-line job shows its progress: a progress bar on a terminal (me.tongfei's
 * progressbar, kept behind this interface), plain lines on stderr when the output goes to a file
 * or a pipe. The job counts in its own units (pairs of documents, hundredths of one alignment).
 *
 * <pre>{@code
 * ProgressDisplay d = ProgressDisplay.forConsole(err);
 * d.start("Aligning 11 pairs", 11);
 * d.step(1, "ch1 aligned");        // plain: "visavis: 1/11 ch1 aligned"
 * d.finish();
 * }</pre>
 */
interface ProgressDisplay {

    void start(String task, long total);

    /** Work done so far (a fraction of a unit is fine) and what is going on; a bar moves, plain lines stay quiet. */
    void update(double done, String message);

    /** A unit finished: a plain line is printed; the bar shows it as its message (it moves by {@link #update}). */
    void step(long done, String message);

    void finish();

    /** The bar when the command runs on a terminal (and TERM is not "dumb"), plain lines otherwise. */
    static ProgressDisplay forConsole(PrintWriter err) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new Bar() : new PlainLines(err);
    }

    /** One line per finished unit: {@code visavis: 3/11 sect.intro aligned}. */
    final class PlainLines implements ProgressDisplay {
        private final PrintWriter err;
        private long total;

        PlainLines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void start(String task, long newTotal) {
            total = newTotal; // quiet: the command's own output says what it does
        }

        @Override
        public void update(double done, String message) {
        }

        @Override
        public void step(long done, String message) {
            line(done + "/" + total + " " + message);
        }

        @Override
        public void finish() {
        }

        private void line(String s) {
            synchronized (err) {
                err.println("visavis: " + s);
                err.flush();
            }
        }
    }

    /** me.tongfei's bar on the terminal, redrawn in place on stderr. */
    final class Bar implements ProgressDisplay {
        private ProgressBar bar;
        private long total;

        @Override
        public synchronized void start(String task, long newTotal) {
            total = newTotal;
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(newTotal * 100)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200)
                    .hideEta().build();
        }

        @Override
        public synchronized void update(double done, String message) {
            if (bar != null) {
                // pairs run at once and report apart: the bar only moves forward
                bar.stepTo(Math.max(bar.getCurrent(), Math.min(total * 100, Math.round(done * 100))));
                bar.setExtraMessage(" " + message);
            }
        }

        @Override
        public synchronized void step(long done, String message) {
            if (bar != null) {
                bar.setExtraMessage(" " + message);
            }
        }

        @Override
        public synchronized void finish() {
            if (bar != null) {
                bar.stepTo(total * 100);
                bar.close();
                bar = null;
            }
        }
    }
}
