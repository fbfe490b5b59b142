package org.visavis.ui;

import org.visavis.model.Alignment;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;

/**
 * Runs ingest, segmentation and alignment for File › New alignment; the launcher passes
 * {@code new AlignmentPipeline()::run}. Called off the Swing thread.
 *
 * <pre>{@code
 * PipelineRunner runner = new AlignmentPipeline()::run;
 * Alignment a = runner.run(request, progress);
 * }</pre>
 */
@FunctionalInterface
public interface PipelineRunner {
    Alignment run(AlignmentRequest request, Progress progress);
}
