package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.CheckSuite;
import org.visavis.checks.CheckedText;
import org.visavis.checks.Finding;
import org.visavis.checks.FindingsReport;
import org.visavis.checks.IgnoredFindings;
import org.visavis.export.ExportFormat;
import org.visavis.export.ExportOptions;
import org.visavis.export.Exporter;
import org.visavis.export.TmxOptions;
import org.visavis.export.TmxWriter;
import org.visavis.ingest.IngestException;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;
import org.visavis.project.Project;
import org.visavis.project.ProjectException;
import org.visavis.project.ProjectLock;
import org.visavis.project.ProjectStore;
import org.visavis.terms.GlossaryFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code visavis demo}: the main job on the bundled texts. Aligns the six Debian Administrator's
 * Handbook chapters (French original, English translation) chapter by chapter into one project,
 * {@code alignments/demo/}, with its TMX and an HTML bilingual edition, checks terminology against
 * the bundled glossary (report in {@code demo-findings.html}), and prints a summary.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Align the bundled Debian Handbook chapters (fr -> en) into alignments/demo/, check terminology, export TMX and an HTML edition, print a summary.")
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
        Alignment book = Alignment.concatenate("Le cahier de l'administrateur Debian", "The Debian Administrator's Handbook", chapters);
        Path folder = (outDir != null ? outDir : base.resolve("alignments")).resolve("demo");
        Project project = new Project(folder, book);
        ProjectStore store = new ProjectStore();
        try (ProjectLock lock = ProjectLock.acquire(folder)) {
            if (hasReviewedWork(folder)) {
                out.println("previous demo project (with confirmed beads) kept in: " + store.replace(lock, book));
            } else {
                store.save(lock, book);
            }
        }
        Path tmx = folder.resolve("demo.tmx");
        new TmxWriter(TmxOptions.of(fr, en, VersionProvider.version())).write(book, tmx);
        Path edition = Exporter.defaultOutput(project, ExportFormat.HTML);
        new Exporter().export(project, ExportFormat.HTML,
                edition, ExportOptions.defaults().withTitle("The Debian Administrator's Handbook — Le cahier de l'administrateur Debian"));
        Path glossaryFile = base.resolve("glossaries/visavis-fr-en.tbx");
        CheckOptions checks = CheckOptions.defaults();
        if (Files.isRegularFile(glossaryFile)) {
            checks = checks.withGlossary(GlossaryFormat.forFile(glossaryFile).read(glossaryFile, fr, en));
        }
        List<Finding> findings = CheckSuite.run(book, checks, IgnoredFindings.load(folder), Progress.SILENT);
        Path findingsReport = folder.resolve("demo-findings.html");
        FindingsReport.forFile(findingsReport).save(findings, CheckedText.of(book), findingsReport);
        out.println();
        AlignmentSummary.print(book, out);
        Map<String, Integer> byCheck = new TreeMap<>();
        findings.forEach(f -> byCheck.merge(f.check(), 1, Integer::sum));
        out.println("findings: " + findings.size() + " " + byCheck);
        out.println("project: " + folder);
        out.println("tmx: " + tmx);
        out.println("bilingual edition: " + edition);
        out.println("findings report: " + findingsReport);
        out.println("seconds: " + AlignmentSummary.seconds(start));
        out.flush();
        return 0;
    }

    /** True when the demo project there has confirmed beads (or cannot be read): rerunning the demo keeps it. */
    private static boolean hasReviewedWork(Path folder) {
        if (!ProjectStore.isProject(folder)) {
            return false;
        }
        try {
            return new ProjectStore().load(folder).alignment().beads().stream().anyMatch(org.visavis.model.Bead::isConfirmed);
        } catch (ProjectException e) {
            return true;
        }
    }
}
