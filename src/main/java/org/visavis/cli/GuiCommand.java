package org.visavis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.edit.LengthRealigner;
import org.visavis.export.ExportException;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.ui.ExportFormat;
import org.visavis.ui.WorkbenchApp;
import org.visavis.ui.WorkbenchServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code visavis gui [PROJECT]}: the Swing workbench, optionally opening a project folder. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the alignment workbench (Swing), optionally on a project folder.")
final class GuiCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "PROJECT", description = "A project folder (with alignment.xml).")
    Path project;

    @Override
    public Integer call() {
        WorkbenchApp.run(Optional.ofNullable(project), services());
        return 0;
    }

    static WorkbenchServices services() {
        ExportFormat tmx = new ExportFormat("TMX", "tmx", (alignment, file) -> {
            throw new ExportException(file + ": TMX export is not wired into the editor yet");
        });
        return new WorkbenchServices(new AlignmentPipeline()::run, new LengthRealigner(), List.of(tmx));
    }
}
