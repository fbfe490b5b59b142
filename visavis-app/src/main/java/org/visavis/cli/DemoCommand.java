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
import org.visavis.checks.BeadNumbers;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.CheckSuite;
import org.visavis.checks.CheckedText;
import org.visavis.checks.Finding;
import org.visavis.checks.FindingsReport;
import org.visavis.checks.IgnoredFindings;
import org.visavis.checks.TermMissingCheck;
import org.visavis.export.ExportFormat;
import org.visavis.export.ExportOptions;
import org.visavis.export.Exporter;
import org.visavis.export.FilteredTmx;
import org.visavis.export.TmxUnitFilter;
import org.visavis.pipeline.IngestException;
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
import org.visavis.terms.ProjectGlossary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code visavis demo}: the main job on the bundled texts. Aligns the six Debian Administrator's
 * Handbook chapters (French original, English translation) chapter by chapter into one project,
 * {@code alignments/demo/}, with its TMX and an HTML bilingual edition, checks terminology against
 * the bundled glossary (report in {@code demo-findings.html}), and prints a summary. Then the same for
 * the seed's own case, our French rendering of a passage of the self-organisation text beside its
 * English ({@code alignments/demo-self-organisation/}), listing each bead where "luttes
 * revendicatives" is not rendered as the glossary and the translator's note declare.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Align the bundled Debian Handbook chapters (fr -> en) into alignments/demo/ and our French sample of the self-organisation text with its English into alignments/demo-self-organisation/, check terminology, export TMX and an HTML edition, print a summary.")
final class DemoCommand implements Callable<Integer> {

    /** The chapters in the book's order. */
    static final List<String> CHAPTERS = List.of("foreword.html", "preface.html", "sect.role-of-distributions.html",
            "sect.foundation-documents.html", "sect.debian-internals.html", "sect.release-lifecycle.html");

    @Option(names = "--home", description = "The visavis folder holding corpora/ (default: where the launcher is).")
    Path home;

    @Option(names = "--out", description = "Folder of projects (default: HOME/alignments; for an installed visavis: ./alignments).")
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
        Path projects = outDir != null ? outDir : projectsFolder(base, System.getProperty("visavis.projects"));
        Path glossaryFile = base.resolve("glossaries/visavis-fr-en.tbx");
        CheckOptions checks = CheckOptions.defaults();
        if (Files.isRegularFile(glossaryFile)) {
            checks = checks.withGlossary(GlossaryFormat.forFile(glossaryFile).read(glossaryFile, fr, en));
        }
        Published demo = publish(book, projects.resolve("demo"), "The Debian Administrator's Handbook — Le cahier de "
                + "l'administrateur Debian", checks, out);
        out.println();
        AlignmentSummary.print(book, out);
        demo.print(out);

        // the seed's own case: our French rendering of a passage of the self-organisation text
        Path sampleFolder = base.resolve("corpora/self-organisation");
        Alignment sample = pipeline.run(new AlignmentRequest(sampleFolder.resolve("fr-sample.txt"),
                sampleFolder.resolve("en-sample.txt"), fr, en, Optional.empty()), Progress.SILENT);
        out.println();
        out.printf("%-34s %4d fr / %4d en sentences, %4d beads%n", "self-organisation fr-sample/en-sample",
                sample.source().size(), sample.target().size(), sample.beads().size());
        Published so = publish(sample, projects.resolve("demo-self-organisation"),
                "Self-organisation is the first act of the revolution — L'auto-organisation est le premier acte de la révolution",
                checks, out);
        if (Files.isRegularFile(glossaryFile)) {
            ProjectGlossary.choose(so.folder(), glossaryFile); // the editor checks the project with it too
        }
        for (Finding f : so.findings()) {
            if (f.check().equals(TermMissingCheck.ID)) {
                int b = f.beads().get(0);
                out.printf("  bead %d: %s%n      %s%n", BeadNumbers.shown(b), f.message(), sample.targetText(sample.beads().get(b)));
            }
        }
        so.print(out);
        out.println("seconds: " + AlignmentSummary.seconds(start));
        out.flush();
        return 0;
    }

    /**
     * Where the demo writes its projects without {@code --out}: HOME/alignments in a checkout; the
     * installed launcher, whose HOME is read-only, names another folder with {@code -Dvisavis.projects}
     * ({@code alignments}, beside where it is run, as for {@code align}).
     */
    static Path projectsFolder(Path home, String projectsProperty) {
        return projectsProperty != null ? Path.of(projectsProperty) : home.resolve("alignments");
    }

    /** A project the demo wrote, with its exports and its findings. */
    private record Published(Path folder, Path tmx, Path edition, Path report, List<Finding> findings) {
        void print(PrintWriter out) {
            Map<String, Integer> byCheck = new TreeMap<>();
            findings.forEach(f -> byCheck.merge(f.check(), 1, Integer::sum));
            out.println("findings: " + findings.size() + " " + byCheck);
            out.println("project: " + folder);
            out.println("tmx: " + tmx);
            out.println("bilingual edition: " + edition);
            out.println("findings report: " + report);
            out.flush();
        }
    }

    /** Saves the project (keeping a reviewed one aside), writes its TMX, HTML edition and findings report. */
    private static Published publish(Alignment alignment, Path folder, String title, CheckOptions checks, PrintWriter out) {
        Project project = new Project(folder, alignment);
        ProjectStore store = new ProjectStore();
        try (ProjectLock lock = ProjectLock.acquire(folder)) {
            if (hasReviewedWork(folder)) {
                out.println("previous " + folder.getFileName() + " project (with confirmed beads) kept in: "
                        + store.replace(lock, alignment));
            } else {
                store.save(lock, alignment);
            }
        }
        String name = folder.getFileName().toString();
        Path tmx = folder.resolve(name + ".tmx");
        FilteredTmx.write(alignment, TmxUnitFilter.DEFAULT, VersionProvider.version(), tmx);
        Path edition = Exporter.defaultOutput(project, ExportFormat.HTML);
        new Exporter().export(project, ExportFormat.HTML, edition, ExportOptions.defaults().withTitle(title));
        List<Finding> findings = CheckSuite.run(alignment, checks, IgnoredFindings.load(folder), Progress.SILENT);
        Path report = folder.resolve(name + "-findings.html");
        FindingsReport.forFile(report).save(findings, CheckedText.of(alignment), report);
        return new Published(folder, tmx, edition, report, findings);
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
