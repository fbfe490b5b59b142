package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.visavis.align.LengthLexicalAligner;
import org.visavis.export.FilteredTmx;
import org.visavis.export.TmxUnitFilter;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.FilePairing;
import org.visavis.pipeline.Progress;
import org.visavis.project.Project;
import org.visavis.project.ProjectInputs;
import org.visavis.project.ProjectLock;
import org.visavis.project.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code visavis align fr.pdf en.pdf --name book}: ingest, segment and align two documents into
 * the project {@code alignments/book/} and its TMX {@code alignments/book/book.tmx}.
 * {@code visavis align --realign alignments/book} keeps the confirmed beads and realigns the rest.
 * A project already at {@code alignments/book/} is replaced only with {@code --replace}, which keeps
 * it as a dated backup; every write holds the project lock (see {@link NewProjectOutput}).
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Align a document with its translation: writes the project DIR/NAME/ and DIR/NAME/NAME.tmx.",
            "With --realign PROJECT: keep the project's confirmed beads and realign the stretches between them."})
final class AlignCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SRC", description = "Source document (PDF, DOCX, ODT, RTF, HTML, "
            + "EPUB, text), or a folder of them.")
    Path source;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TGT", description = "Its translation, or the folder of the translations: "
            + "files pair by name with the language tags aside (ch1.fr.html and ch1.en.html, ch1_fr.docx and ch1_en.docx, "
            + "or equal names), or by --manifest.")
    Path target;

    @Option(names = "--manifest", paramLabel = "TSV", description = "Folders: the pairs, one SOURCE<TAB>TARGET[<TAB>NAME] "
            + "a line, paths relative to the two folders.")
    Path manifest;

    @Option(names = "--source-lang", defaultValue = "fr", description = "Source language, e.g. fr or fr-FR (default: ${DEFAULT-VALUE}). A region goes into the TMX.")
    String sourceLang;

    @Option(names = "--target-lang", defaultValue = "en", description = "Target language, e.g. en or en-GB (default: ${DEFAULT-VALUE}).")
    String targetLang;

    @Option(names = "--name", description = "Project name (default: the source file name without extension).")
    String name;

    @Option(names = "--out", defaultValue = "alignments", description = "Folder of projects (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--srx", description = "Your own SRX segmentation rules instead of the built-in ones, or OmegaT's "
            + "(its segmentation.srx, or the segmentation.conf of OmegaT 3.x).")
    Path srx;

    @Option(names = "--one-sided", description = "Also write 1-0 and 0-1 beads into the TMX (left out by default).")
    boolean includeOneSided;

    @Mixin
    TmxFilterOptions tmxFilter = new TmxFilterOptions();

    private TmxUnitFilter.Result tmxUnits;

    @Option(names = "--realign", paramLabel = "PROJECT", description = "Realign an existing project between its confirmed beads.")
    Path realign;

    @Option(names = "--replace", description = "Replace a project already at DIR/NAME; it is kept as the dated backup "
            + "DIR/NAME.replaced-YYYYMMDD-HHMMSS. Without it, align refuses to write over a project.")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project project;
        if (realign != null) {
            project = realignProject();
        } else {
            if (source == null || target == null) {
                throw new VisavisException("align needs two documents: SRC and TGT (or --realign PROJECT)");
            }
            Language sl = LanguageOption.parse(sourceLang, "--source-lang");
            Language tl = LanguageOption.parse(targetLang, "--target-lang");
            if (Files.isDirectory(source) || Files.isDirectory(target)) {
                return alignFolders(sl, tl, out, err);
            }
            project = alignDocuments(sl, tl, out, err);
        }
        Path tmx = tmxFile(project);
        Alignment a = project.alignment();
        AlignmentSummary.print(a, out);
        out.println("project: " + project.folder());
        out.println("tmx: " + tmx);
        out.println(TmxFilterOptions.summary(tmxUnits, tmxFilter.filter(includeOneSided)));
        out.println("seconds: " + AlignmentSummary.seconds(start));
        out.flush();
        return 0;
    }

    /** {@code --realign PROJECT}: realigns and saves the project, and writes its TMX. */
    private Project realignProject() {
        if (source != null) {
            throw new VisavisException("--realign takes a project folder, not documents: drop " + source);
        }
        if (!Files.isDirectory(realign)) {
            throw new VisavisException(realign + ": no such project folder");
        }
        // the lock is held from reading to writing: no other writer's work falls in between
        try (ProjectLock lock = ProjectLock.acquire(realign)) {
            Project project = realigned(realign);
            new ProjectStore().save(lock, project.alignment());
            writeTmx(project);
            return project;
        }
    }

    /** Two documents: aligns them with progress on stderr, then writes the new project and its TMX. */
    private Project alignDocuments(Language sl, Language tl, PrintWriter out, PrintWriter err) {
        if (manifest != null) {
            throw new VisavisException("--manifest pairs the files of two folders; " + source + " and " + target
                    + " are documents");
        }
        ProgressDisplay display = ProgressDisplay.forConsole(err);
        NewProjectOutput output = new NewProjectOutput(outDir.resolve(projectName()), replace, "--name");
        output.refuseExisting(); // before the slow work
        Progress progress = Progress.reporting((stage, fraction) -> display.update(fraction, stage), message -> {
            err.println("visavis: warning: " + message);
            err.flush();
        });
        display.start("Aligning " + source.getFileName() + " and " + target.getFileName(), 1);
        Alignment a;
        try {
            a = new AlignmentPipeline().run(new AlignmentRequest(source, target, sl, tl, Optional.ofNullable(srx)), progress);
        } finally {
            display.finish();
        }
        Project made = new Project(outDir.resolve(projectName()), a);
        // Everything is computed before anything is written: a failure above leaves no files.
        ProjectInputs inputs = ProjectInputs.of(source, target, settings(sl, tl, srx));
        output.write(made, lock -> {
            writeTmx(made);
            inputs.save(made.folder());
        }, out);
        return made;
    }

    private static Path tmxFile(Project project) {
        return project.folder().resolve(project.name() + ".tmx");
    }

    private void writeTmx(Project project) {
        tmxUnits = FilteredTmx.write(project.alignment(), tmxFilter.filter(includeOneSided), VersionProvider.version(),
                tmxFile(project));
    }

    /** {@code align SRC_FOLDER TGT_FOLDER --name N}: see {@link FolderAlignment}. */
    private int alignFolders(Language sl, Language tl, PrintWriter out, PrintWriter err) {
        if (!Files.isDirectory(source) || !Files.isDirectory(target)) {
            Path file = Files.isDirectory(source) ? target : source;
            throw new VisavisException(file + ": is not a folder; give two folders, or two documents");
        }
        if (name == null) {
            throw new VisavisException("--name: give the name of the whole (align SRC_FOLDER TGT_FOLDER --name N)");
        }
        String n = projectName();
        if (srx != null) {
            // a broken rules file is one error, not one per pair
            org.visavis.segment.SrxSegmenter.fromFile(srx, sl);
            org.visavis.segment.SrxSegmenter.fromFile(srx, tl);
        }
        FilePairing.Result pairing = manifest != null ? FilePairing.byManifest(manifest, source, target)
                : FilePairing.byName(source, target, sl, tl);
        Path folder = outDir.resolve(n);
        if (ProjectStore.isProject(folder)) {
            throw new VisavisException(folder + ": is a project of one pair of documents; choose another --name");
        }
        return new FolderAlignment(folder, n, sl, tl, Optional.ofNullable(srx), replace, tmxFilter.filter(includeOneSided))
                .run(pairing, out, err, ProgressDisplay.forConsole(err));
    }

    /** The settings a folder run compares to know whether a pair must be aligned again. */
    static String settings(Language sl, Language tl, Path srx) {
        return sl.tag() + " " + tl.tag() + " " + (srx == null ? "built-in rules" : "rules " + ProjectInputs.digest(srx));
    }

    private static Project realigned(Path folder) {
        Project p = new ProjectStore().load(folder);
        Alignment a = p.alignment();
        var fixed = a.beads().stream().filter(Bead::isConfirmed).toList();
        var beads = LengthLexicalAligner.forLanguages(a.source().language(), a.target().language())
                .realign(a.source(), a.target(), fixed);
        return p.withAlignment(new Alignment(a.source(), a.target(), beads));
    }

    private String projectName() {
        String n = name;
        if (n == null) {
            n = source.getFileName().toString();
            int dot = n.lastIndexOf('.');
            if (dot > 0) {
                n = n.substring(0, dot);
            }
        }
        if (n.isBlank() || n.contains("/") || n.contains("\\") || n.equals("..") || n.equals(".")) {
            throw new VisavisException("--name: '" + n + "' is not a usable project name");
        }
        Path dir = outDir.resolve(n);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new VisavisException(dir + ": exists and is not a folder");
        }
        return n;
    }
}
