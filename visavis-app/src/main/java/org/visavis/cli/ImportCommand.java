package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.imports.ImportFormat;
import org.visavis.imports.ImportOptions;
import org.visavis.imports.Importer;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code visavis import FILE [--format tsv] [--source-lang fr --target-lang en] --out PROJECT}:
 * makes a new project from an alignment made elsewhere.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Make a project from an alignment made elsewhere: TMX, LF Aligner TSV, XLIFF 2.0, or a "
                + "cesAlign file with its XCES documents (InterText, OPUS). Nothing is written if the file is malformed.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The alignment file (for cesAlign: the link file).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Choices.ImportFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: from the file name; .xml is cesalign).")
    String format;

    @Option(names = "--source-lang", paramLabel = "LANG",
            description = "Source language (required for TSV; overrides the file's for the others).")
    String sourceLang;

    @Option(names = "--target-lang", paramLabel = "LANG",
            description = "Target language (required for TSV; overrides the file's for the others).")
    String targetLang;

    @Option(names = "--out", required = true, paramLabel = "PROJECT", description = "The new project folder.")
    Path out;

    @Option(names = "--replace", description = "Replace a project already at PROJECT; it is kept as the dated backup "
            + "PROJECT.replaced-YYYYMMDD-HHMMSS. Without it, import refuses to write over a project.")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImportFormat f = format != null ? ImportFormat.parse(format) : ImportFormat.guess(file.getFileName().toString());
        ImportOptions options = new ImportOptions(language(sourceLang, "--source-lang"), language(targetLang, "--target-lang"));
        NewProjectOutput output = new NewProjectOutput(out, replace, "--out");
        output.refuseExisting();
        Importer.Imported imported = new Importer().read(file, f, options, out);
        PrintWriter w = spec.commandLine().getOut();
        output.write(imported.project(), lock -> { }, w);
        Alignment a = imported.project().alignment();
        w.printf("imported %d beads (%d %s and %d %s sentences) from %s into %s%n", a.beads().size(),
                a.source().size(), a.source().language(), a.target().size(), a.target().language(), file, out);
        if (imported.unlinkedSentences() > 0) {
            w.printf("%d sentences no link mentioned were added as one-sided beads with confidence 0%n",
                    imported.unlinkedSentences());
        }
        w.flush();
        return 0;
    }

    private static Optional<Language> language(String tag, String option) {
        if (tag == null) {
            return Optional.empty();
        }
        return Optional.of(LanguageOption.parse(tag, option));
    }
}
