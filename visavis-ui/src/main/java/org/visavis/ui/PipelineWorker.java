package org.visavis.ui;

import java.awt.Frame;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import org.visavis.model.Alignment;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.CancelledException;
import org.visavis.pipeline.PipelineStage;
import org.visavis.pipeline.Progress;

/**
 * Runs the alignment pipeline in a SwingWorker behind the modal {@link AlignmentProgressDialog}:
 * {@code doInBackground} only computes, {@code process} and {@code done} only touch widgets.
 * Cancel sets a flag the pipeline checks between steps.
 */
final class PipelineWorker extends SwingWorker<Alignment, PipelineWorker.Step> {
    /** A progress report (of a stage when {@code stage} is set), or a warning when {@code warning} is set. */
    record Step(PipelineStage stage, boolean done, String what, double fraction, String warning) {
    }

    private final PipelineRunner runner;
    private final AlignmentRequest request;
    private final Consumer<Alignment> done;
    private final Consumer<Exception> failed;
    private final List<String> warnings = new java.util.ArrayList<>();
    private final AlignmentProgressDialog dialog;
    private volatile boolean cancelled;

    PipelineWorker(Frame owner, PipelineRunner runner, AlignmentRequest request, Consumer<Alignment> done,
                   Consumer<Exception> failed) {
        this.runner = runner;
        this.request = request;
        this.done = done;
        this.failed = failed;
        this.dialog = new AlignmentProgressDialog(owner,
                "Aligning " + request.source().getFileName() + " and " + request.target().getFileName(), () -> cancelled = true);
    }

    /** Starts the pipeline and, once the events already queued have run, shows the modal progress. */
    void start() {
        SwingThread.mustBeSwingThread();
        execute();
        SwingUtilities.invokeLater(() -> {
            if (!isDone()) {
                dialog.open(); // modal: returns when done() closes it
            }
        });
    }

    @Override
    protected Alignment doInBackground() {
        return runner.run(request, new Progress() {
            @Override
            public void report(String name, double fraction) {
                publish(new Step(null, false, name, fraction, null));
            }

            @Override
            public void stage(PipelineStage stage, boolean finished, String what, double fraction) {
                publish(new Step(stage, finished, what, fraction, null));
            }

            @Override
            public void warn(String message) {
                publish(new Step(null, false, null, -1, message));
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
            } else if (s.stage() != null) {
                dialog.stage(s.stage(), s.done(), s.what(), s.fraction());
            } else {
                dialog.report(s.what(), s.fraction());
            }
        }
    }

    /** Warnings the pipeline reported (read on the Swing thread once done). */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    protected void done() {
        dialog.close();
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
