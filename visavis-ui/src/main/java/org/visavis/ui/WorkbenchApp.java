package org.visavis.ui;

import com.formdev.flatlaf.FlatLightLaf;
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

    /** FlatLaf light, with a slightly roomier table and the platform's usual shortcuts. */
    static void installLookAndFeel() {
        SwingThread.mustBeSwingThread();
        FlatLightLaf.setup();
        javax.swing.UIManager.put("Table.showVerticalLines", Boolean.TRUE);
        javax.swing.UIManager.put("Table.showHorizontalLines", Boolean.TRUE);
    }
}
