package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.export.TmxOptions;
import org.visavis.export.TmxWriter;
import org.visavis.ingest.IngestException;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code visavis demo}: the main job on the bundled texts. Aligns the six Debian Administrator's
 * Handbook chapters (French original, English translation) chapter by chapter into one project,
 * {@code alignments/demo/}, with its TMX, and prints a summary.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Align the bundled Debian Handbook chapters (fr -> en) into alignments/demo/ and print a summary.")
final class DemoCommand implements Callable<Integer> {

    /** The chapters in the book's order. */
    static final List<String> CHAPTERS = List.of("foreword.html", "preface.html", "sect.role-of-distributions.html",
            "sect.foundation-documents.html", "sect.debian-internals.html", "sect.release-lifecycle.html");

    @Option(names = "--home", description = "The visavis folder holding corpora/ (default: where the launcher is).")
    Path home;

    @Option(names = "--out", description = "Folder of projects (default: HOME/alignments).")
    Path outDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path base = home != null ? home : Path.of(System.getProperty("visavis.home", "."));
        Path corpus = base.resolve("corpora/debian-handbook");
        if (!Files.isDirectory(corpus)) {
            throw new IngestException(corpus + ": the bundled texts are missing; run the demo from a visavis checkout or give --home");
        }
        PrintWriter out = spec.commandLine().getOut();
        AlignmentPipeline pipeline = new AlignmentPipeline();
        Language fr = Language.parse("fr-FR");
        Language en = Language.parse("en-US");
        List<Alignment> chapters = new ArrayList<>();
        for (String chapter : CHAPTERS) {
            Alignment a = pipeline.run(new AlignmentRequest(corpus.resolve("fr-FR").resolve(chapter),
                    corpus.resolve("en-US").resolve(chapter), fr, en, Optional.empty()), Progress.SILENT);
            out.printf("%-34s %4d fr / %4d en sentences, %4d beads%n", chapter, a.source().size(), a.target().size(),
                    a.beads().size());
            out.flush();
            chapters.add(a);
        }
        Alignment book = Alignment.concatenate("debian-handbook (fr-FR)", "debian-handbook (en-US)", chapters);
        Path folder = (outDir != null ? outDir : base.resolve("alignments")).resolve("demo");
        Project project = new Project(folder, book);
        new ProjectStore().save(project);
        Path tmx = folder.resolve("demo.tmx");
        new TmxWriter(TmxOptions.of(fr, en, VersionProvider.version())).write(book, tmx);
        out.println();
        AlignmentSummary.print(book, out);
        out.println("project: " + folder);
        out.println("tmx: " + tmx);
        out.println("seconds: " + AlignmentSummary.seconds(start));
        out.flush();
        return 0;
    }
}
