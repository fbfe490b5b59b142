package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.export.EditionLayout;
import org.visavis.export.ExportException;
import org.visavis.export.ExportFormat;
import org.visavis.export.ExportOptions;
import org.visavis.export.Exporter;
import org.visavis.export.OmegatProjectWriter;
import org.visavis.export.OneSidedBeads;
import org.visavis.export.TmxUnitFilter;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code visavis export PROJECT --format docx [-o FILE] [--layout facing]}: writes one export of a project. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a project: TMX, a bilingual edition (HTML, DOCX, ODT, EPUB), LF Aligner TSV, XLIFF 2.0, "
                + "or cesAlign with its two XCES documents. The default file is PROJECT/<name>.<ext>.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = Choices.ExportFormats.class,
            description = "${COMPLETION-CANDIDATES} (omegat: a folder, a ready OmegaT project).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (default: PROJECT/<name>.<ext>).")
    Path output;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "side-by-side",
            description = "How an HTML, DOCX or ODT edition prints: side-by-side (two columns a page) or facing "
                    + "(source on the left-hand page, translation on the right). Default: ${DEFAULT-VALUE}.")
    String layout;

    @Option(names = "--title", paramLabel = "TITLE", description = "The title of an edition (default: the project name).")
    String title;

    @Option(names = "--one-sided", paramLabel = "WHAT", defaultValue = "leave-out",
            description = "TMX only: leave-out or include the beads with sentences on one side (1-0, 0-1). "
                    + "Default: ${DEFAULT-VALUE}.")
    String oneSided;

    @Option(names = "--original", paramLabel = "FILE", description = "omegat only: the source document to translate "
            + "(default: the one the project was aligned from).")
    Path original;

    @Option(names = "--replace", description = "omegat only: write into a folder that is not empty (its omegat.project, "
            + "source document and TMX are replaced; the translator's work in it stays).")
    boolean replace;

    @Mixin
    TmxFilterOptions tmxFilter = new TmxFilterOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.parse(format);
        TmxUnitFilter units = tmxFilter.filter(oneSided(oneSided) == OneSidedBeads.INCLUDE);
        ExportOptions options = ExportOptions.defaults().withLayout(layout(layout)).with(units);
        if (title != null) {
            options = options.withTitle(title);
        }
        Project p = new ProjectStore().load(project);
        Path out = output != null ? output : Exporter.defaultOutput(p, f);
        List<Path> written = f == ExportFormat.OMEGAT
                ? new OmegatProjectWriter().write(p, out, Optional.ofNullable(original), units, replace)
                : new Exporter().export(p, f, out, options);
        PrintWriter w = spec.commandLine().getOut();
        for (Path file : written) {
            w.println(file);
        }
        if (f == ExportFormat.TMX || f == ExportFormat.OMEGAT) {
            w.println(TmxFilterOptions.summary(units.apply(p.alignment()), units));
        }
        w.flush();
        return 0;
    }

    private static OneSidedBeads oneSided(String word) {
        return switch (word.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "leave-out", "leave_out" -> OneSidedBeads.LEAVE_OUT;
            case "include" -> OneSidedBeads.INCLUDE;
            default -> throw new ExportException("--one-sided " + word + ": expected leave-out or include");
        };
    }

    private static EditionLayout layout(String word) {
        return switch (word.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "side-by-side", "side_by_side", "columns" -> EditionLayout.SIDE_BY_SIDE;
            case "facing", "facing-pages", "facing_pages" -> EditionLayout.FACING_PAGES;
            default -> throw new ExportException("--layout " + word + ": expected side-by-side or facing");
        };
    }
}
