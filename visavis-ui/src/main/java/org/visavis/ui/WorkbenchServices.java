package org.visavis.ui;

import java.util.List;
import java.util.Objects;
import org.visavis.edit.Realigner;

/**
 * What the workbench needs from the rest of visavis: the pipeline behind File › New alignment,
 * the realigner behind "realign between confirmed beads", and the Export menu's formats.
 *
 * <pre>{@code
 * new WorkbenchServices(new AlignmentPipeline()::run, aligner::realign, List.of(tmx))
 * }</pre>
 */
public record WorkbenchServices(PipelineRunner pipeline, Realigner realigner, List<ExportMenuEntry> exports) {
    public WorkbenchServices {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(realigner, "realigner");
        exports = List.copyOf(exports);
    }
}
