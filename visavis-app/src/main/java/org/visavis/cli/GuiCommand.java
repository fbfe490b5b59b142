package org.visavis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.align.LengthLexicalAligner;
import org.visavis.export.EditionLayout;
import org.visavis.export.ExportOptions;
import org.visavis.export.Exporter;
import org.visavis.export.FilteredTmx;
import org.visavis.export.TmxUnitFilter;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.project.Project;
import org.visavis.ui.ExportMenuEntry;
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

    /** The pipeline, the aligner's realign and the export formats, as the editor's menus use them. */
    static WorkbenchServices services() {
        ExportMenuEntry tmx = new ExportMenuEntry("TMX", "tmx", (a, file) ->
                FilteredTmx.write(a, TmxUnitFilter.DEFAULT, VersionProvider.version(), file));
        List<ExportMenuEntry> formats = new ArrayList<>(List.of(tmx));
        for (var f : org.visavis.export.ExportFormat.values()) {
            // an OmegaT project is a folder, made from the command line (export --format omegat)
            if (f == org.visavis.export.ExportFormat.TMX || f == org.visavis.export.ExportFormat.OMEGAT) {
                continue;
            }
            boolean twoLayouts = f.isEdition() && f != org.visavis.export.ExportFormat.EPUB;
            // each layout proposes its own file name, so exporting one never replaces the other
            formats.add(format(f, f.isEdition() ? f.word().toUpperCase(Locale.ROOT) + " edition, side by side"
                    : f.word().toUpperCase(Locale.ROOT), twoLayouts ? ".side-by-side" : "", ExportOptions.defaults()));
            if (twoLayouts) {
                formats.add(format(f, f.word().toUpperCase(Locale.ROOT) + " edition, facing pages", ".facing-pages",
                        ExportOptions.defaults().withLayout(EditionLayout.FACING_PAGES)));
            }
        }
        return new WorkbenchServices(new AlignmentPipeline()::run,
                (source, target, fixed) -> LengthLexicalAligner.forLanguages(source.language(), target.language())
                        .realign(source, target, fixed),
                List.copyOf(formats));
    }

    /** An entry of the editor's Export menu; the file's folder stands for the project (its name titles editions). */
    private static ExportMenuEntry format(org.visavis.export.ExportFormat f, String label, String nameSuffix,
                                       ExportOptions options) {
        return new ExportMenuEntry(label, f.extension(), nameSuffix, (a, file) -> new Exporter()
                .export(new Project(file.toAbsolutePath().getParent(), a), f, file, options));
    }
}
