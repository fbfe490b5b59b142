package org.visavis.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.Progress;

/** Reads one document for {@code check FILE --lang L} through ingest and segmentation, as {@code visavis segment} does. */
final class SingleDocument {
    private SingleDocument() {
    }

    static SegmentedDocument read(Path file, Language language) {
        AlignmentPipeline pipeline = new AlignmentPipeline();
        return pipeline.segment(pipeline.read(file, language, Progress.SILENT), Optional.empty());
    }
}
