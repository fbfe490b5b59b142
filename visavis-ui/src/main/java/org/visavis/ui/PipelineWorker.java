package org.visavis.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Frame;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;
import org.visavis.model.Alignment;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.CancelledException;
import org.visavis.pipeline.Progress;

/**
 * Runs the alignment pipeline in a SwingWorker with a progress dialog and a Cancel button:
 * {@code doInBackground} only computes, {@code process} and {@code done} only touch widgets.
 * Cancel sets a flag the pipeline checks between steps.
 */
final class PipelineWorker extends SwingWorker<Alignment, PipelineWorker.Step> {
    /** A progress report, or a warning when {@code warning} is set. */
    record Step(String stage, double fraction, String warning) {
    }

    private final PipelineRunner runner;
    private final AlignmentRequest request;
    private final Consumer<Alignment> done;
    private final Consumer<Exception> failed;
    private final List<String> warnings = new java.util.ArrayList<>();
    private final JDialog dialog;
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel stage = new JLabel("Starting…");
    private volatile boolean cancelled;

    PipelineWorker(Frame owner, PipelineRunner runner, AlignmentRequest request, Consumer<Alignment> done,
                   Consumer<Exception> failed) {
        this.runner = runner;
        this.request = request;
        this.done = done;
        this.failed = failed;
        dialog = new JDialog(owner, "Aligning " + request.source().getFileName() + " and " + request.target().getFileName(), false);
        JPanel p = new JPanel(new BorderLayout(8, 8));
        p.setBorder(BorderFactory.createEmptyBorder(14, 14, 14, 14));
        p.add(stage, BorderLayout.NORTH);
        bar.setPreferredSize(new Dimension(420, 18));
        p.add(bar, BorderLayout.CENTER);
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> {
            cancelled = true;
            stage.setText("Cancelling…");
            cancel.setEnabled(false);
        });
        JPanel south = new JPanel(new BorderLayout());
        south.add(cancel, BorderLayout.EAST);
        p.add(south, BorderLayout.SOUTH);
        dialog.setContentPane(p);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
    }

    void start() {
        SwingThread.mustBeSwingThread();
        dialog.setVisible(true);
        execute();
    }

    @Override
    protected Alignment doInBackground() {
        return runner.run(request, new Progress() {
            @Override
            public void report(String name, double fraction) {
                publish(new Step(name, fraction, null));
            }

            @Override
            public void warn(String message) {
                publish(new Step(null, -1, message));
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        });
    }

    @Override
    protected void process(List<Step> steps) {
        for (Step s : steps) {
            if (s.warning() != null) {
                warnings.add(s.warning());
            } else {
                stage.setText(s.stage());
                bar.setValue((int) Math.round(Math.max(0, Math.min(1, s.fraction())) * 1000));
            }
        }
    }

    /** Warnings the pipeline reported (read on the Swing thread once done). */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    protected void done() {
        dialog.dispose();
        try {
            done.accept(get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            failed.accept(cause instanceof Exception ex ? ex : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.accept(new CancelledException());
        }
    }
}
