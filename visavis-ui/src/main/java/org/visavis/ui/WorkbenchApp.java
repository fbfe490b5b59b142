package org.visavis.ui;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.visavis.model.VisavisException;

/**
 * Starts the workbench for {@code visavis gui [PROJECT]}: FlatLaf, one window, optionally a
 * project opened in it, and blocks until the window is closed.
 *
 * <pre>{@code
 * WorkbenchApp.run(Optional.of(Path.of("alignments/demo")), services);
 * }</pre>
 */
public final class WorkbenchApp {
    private WorkbenchApp() {
    }

    /** Opens the window and waits until it is closed; VisavisException when there is no display. */
    public static void run(Optional<Path> project, WorkbenchServices services) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new VisavisException("gui: no display (set DISPLAY, or run under xvfb-run)");
        }
        CountDownLatch closed = new CountDownLatch(1);
        try {
            SwingUtilities.invokeAndWait(() -> {
                installLookAndFeel();
                Workbench w = new Workbench(services);
                w.onClosed(closed::countDown);
                w.show();
                project.ifPresent(w::openProject);
            });
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new VisavisException("gui: cannot start the window: " + e.getCause(), e.getCause());
        }
    }

    /** FlatLaf light; the window then installs the theme the reviser chose ({@link Theme}). */
    static void installLookAndFeel() {
        Theme.LIGHT.install(() -> false);
    }
}
