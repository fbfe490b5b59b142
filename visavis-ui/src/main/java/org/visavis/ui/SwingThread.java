package org.visavis.ui;

import javax.swing.SwingUtilities;

/**
 * The editor's thread rule, asserted in code as OmegaT does: widgets are touched only on the
 * Event Dispatch Thread, and slow work (load, save, align, export) never runs there.
 *
 * <pre>{@code
 * SwingThread.mustBeSwingThread();
 * table.repaint();
 * }</pre>
 */
final class SwingThread {
    private SwingThread() {
    }

    static void mustBeSwingThread() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("must run on the Swing event thread, not " + Thread.currentThread().getName());
        }
    }

    static void mustNotBeSwingThread() {
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("slow work must not run on the Swing event thread");
        }
    }
}
