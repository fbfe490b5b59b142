package org.visavis.pipeline;

import org.visavis.model.Alignment;

/**
 * Ingest, segment and align two documents: the whole job behind {@code visavis align} and the
 * editor's File › New alignment.
 *
 * <pre>{@code
 * Alignment a = new AlignmentPipeline().run(new AlignmentRequest(fr, en, Language.of("fr"),
 *         Language.of("en"), Optional.empty()), Progress.SILENT);
 * }</pre>
 */
public final class AlignmentPipeline {

    /** Runs the pipeline; throws a VisavisException subtype on bad input, CancelledException when cancelled. */
    public Alignment run(AlignmentRequest request, Progress progress) {
        throw new UnsupportedOperationException("the pipeline is being wired up");
    }
}
