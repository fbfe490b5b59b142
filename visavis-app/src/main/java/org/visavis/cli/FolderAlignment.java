package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.visavis.export.FilteredTmx;
import org.visavis.export.TmxUnitFilter;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.FilePairing;
import org.visavis.pipeline.Parallel;
import org.visavis.pipeline.Progress;
import org.visavis.project.AtomicFiles;
import org.visavis.project.Project;
import org.visavis.project.ProjectInputs;
import org.visavis.project.ProjectStore;

/**
 * {@code align SRC_FOLDER TGT_FOLDER --name N}: every pair of documents (see {@link FilePairing})
 * aligned on all cores into {@code N/<pair>/}, one merged {@code N/N.tmx}, and a table per pair
 * ({@code N/N.pairs.tsv}, printed too). A pair whose two documents and settings are those its
 * project remembers ({@code inputs.tsv}) is not aligned again. A pair that fails does not stop the
 * others: it is listed, and the run ends with exit code 2.
 */
final class FolderAlignment {

    enum Status { ALIGNED, UNCHANGED, FAILED }

    /** What became of one pair: its alignment unless it failed, then the one-line reason. */
    record Outcome(FilePairing.Pair pair, Status status, Optional<Alignment> alignment, String error) {
    }

    private final Path folder;
    private final String name;
    private final Language sourceLang;
    private final Language targetLang;
    private final Optional<Path> srx;
    private final boolean replace;
    private final TmxUnitFilter filter;

    FolderAlignment(Path folder, String name, Language sourceLang, Language targetLang, Optional<Path> srx,
                    boolean replace, TmxUnitFilter filter) {
        this.folder = folder;
        this.name = name;
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        this.srx = srx;
        this.replace = replace;
        this.filter = filter;
    }

    /** Aligns the pairs, prints the table and the lists; returns the exit code (2 when a pair failed). */
    int run(FilePairing.Result pairing, PrintWriter out, PrintWriter err, ProgressDisplay display) {
        long start = System.nanoTime();
        for (Path p : pairing.unpairedSources()) {
            err.println("visavis: warning: " + p + ": no translation found for it in the target folder; left out");
        }
        for (Path p : pairing.unpairedTargets()) {
            err.println("visavis: warning: " + p + ": no source found for it in the source folder; left out");
        }
        err.flush();
        String settings = AlignCommand.settings(sourceLang, targetLang, srx.orElse(null));
        List<FilePairing.Pair> pairs = pairing.pairs();
        AtomicInteger done = new AtomicInteger();
        ConcurrentHashMap<String, Double> fractions = new ConcurrentHashMap<>();
        display.start("Aligning " + pairs.size() + " pairs", pairs.size());
        List<Outcome> outcomes = Parallel.map(pairs, pair -> {
            Outcome o = alignOne(pair, settings, out, err, fraction -> {
                fractions.put(pair.name(), fraction);
                display.update(fractions.values().stream().mapToDouble(Double::doubleValue).sum(),
                        done.get() + "/" + pairs.size() + " pairs done, aligning " + pair.name());
            });
            fractions.put(pair.name(), 1.0);
            int finished = done.incrementAndGet();
            display.update(fractions.values().stream().mapToDouble(Double::doubleValue).sum(),
                    finished + "/" + pairs.size() + " pairs done");
            display.step(finished, pair.name() + " " + o.status().name().toLowerCase(Locale.ROOT));
            return o;
        }, Progress.SILENT);
        display.finish();

        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new VisavisException(folder + ": cannot create the folder (" + e.getMessage() + ")", e);
        }
        List<Outcome> good = outcomes.stream().filter(o -> o.alignment().isPresent()).toList();
        Path tmx = folder.resolve(name + ".tmx");
        Path table = folder.resolve(name + ".pairs.tsv");
        String tsv = table(outcomes);
        AtomicFiles.write(table, w -> w.write(tsv), AtomicFiles.BackupPolicy.NO_BAK);
        printTable(outcomes, out);
        if (!good.isEmpty()) {
            Alignment merged = Alignment.concatenate(name + " (" + sourceLang.tag() + ")", name + " (" + targetLang.tag() + ")",
                    good.stream().map(o -> o.alignment().get()).toList());
            TmxUnitFilter.Result units = FilteredTmx.write(merged, filter, VersionProvider.version(), tmx);
            out.println("tmx: " + tmx);
            out.println(TmxFilterOptions.summary(units, filter));
        }
        out.println("pairs: " + table);
        long failed = outcomes.stream().filter(o -> o.status() == Status.FAILED).count();
        out.printf(Locale.ROOT, "%d pairs: %d aligned, %d unchanged, %d failed%n", outcomes.size(),
                outcomes.stream().filter(o -> o.status() == Status.ALIGNED).count(),
                outcomes.stream().filter(o -> o.status() == Status.UNCHANGED).count(), failed);
        out.println("seconds: " + AlignmentSummary.seconds(start));
        out.flush();
        for (Outcome o : outcomes) {
            if (o.status() == Status.FAILED) {
                err.println("visavis: " + o.pair().name() + " failed: " + o.error());
            }
        }
        err.flush();
        return failed > 0 ? 2 : 0;
    }

    private Outcome alignOne(FilePairing.Pair pair, String settings, PrintWriter out, PrintWriter err,
                             java.util.function.DoubleConsumer fraction) {
        Path projectFolder = folder.resolve(pair.name());
        try {
            ProjectInputs inputs = ProjectInputs.of(pair.source(), pair.target(), settings);
            if (ProjectStore.isProject(projectFolder) && ProjectInputs.load(projectFolder)
                    .filter(before -> before.sourceDigest().equals(inputs.sourceDigest())
                            && before.targetDigest().equals(inputs.targetDigest())
                            && before.settings().equals(inputs.settings())).isPresent()) {
                return new Outcome(pair, Status.UNCHANGED, Optional.of(new ProjectStore().load(projectFolder).alignment()), "");
            }
            NewProjectOutput output = new NewProjectOutput(projectFolder, replace, "--name");
            output.refuseExisting();
            Progress progress = Progress.reporting((stage, f) -> fraction.accept(f), message -> {
                synchronized (err) {
                    err.println("visavis: warning: " + pair.name() + ": " + message);
                    err.flush();
                }
            });
            Alignment a = new AlignmentPipeline().run(
                    new AlignmentRequest(pair.source(), pair.target(), sourceLang, targetLang, srx), progress);
            Project made = new Project(projectFolder, a);
            // with --replace: "previous project kept in: ...", a whole line from any thread
            output.write(made, lock -> {
                FilteredTmx.write(a, filter, VersionProvider.version(), projectFolder.resolve(pair.name() + ".tmx"));
                inputs.save(projectFolder);
            }, out);
            // as saved (confidences as the project keeps them), so a later run that skips the pair merges the same
            return new Outcome(pair, Status.ALIGNED, Optional.of(new ProjectStore().load(projectFolder).alignment()), "");
        } catch (VisavisException e) {
            return new Outcome(pair, Status.FAILED, Optional.empty(), e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Outcome(pair, Status.FAILED, Optional.empty(), "out of memory; align this pair alone");
        } catch (RuntimeException e) {
            // a bug, not bad input: the pair is listed with what went wrong, the others go on
            return new Outcome(pair, Status.FAILED, Optional.empty(), "internal error " + e);
        }
    }

    private static final String HEADER = "pair\tstatus\tsource sentences\ttarget sentences\tbeads\tlow confidence\tcoverage";

    /** The table as TSV: one line per pair, empty figures for a failed pair. */
    static String table(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Outcome o : outcomes) {
            sb.append(o.pair().name()).append('\t').append(o.status().name().toLowerCase(Locale.ROOT));
            if (o.alignment().isPresent()) {
                Figures f = Figures.of(o.alignment().get());
                sb.append(String.format(Locale.ROOT, "\t%d\t%d\t%d\t%d\t%.1f", f.sources(), f.targets(), f.beads(), f.low(),
                        f.coverage() * 100));
            } else {
                sb.append("\t\t\t\t\t");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private void printTable(List<Outcome> outcomes, PrintWriter out) {
        int width = Math.max(4, outcomes.stream().mapToInt(o -> o.pair().name().length()).max().orElse(4));
        out.printf(Locale.ROOT, "%-" + width + "s  %-9s %6s %6s %6s %5s %9s%n", "pair", "status", sourceLang.code(),
                targetLang.code(), "beads", "low", "coverage");
        for (Outcome o : outcomes) {
            String status = o.status().name().toLowerCase(Locale.ROOT);
            if (o.alignment().isEmpty()) {
                out.printf(Locale.ROOT, "%-" + width + "s  %-9s%n", o.pair().name(), status);
                continue;
            }
            Figures f = Figures.of(o.alignment().get());
            out.printf(Locale.ROOT, "%-" + width + "s  %-9s %6d %6d %6d %5d %8.1f%%%n", o.pair().name(), status,
                    f.sources(), f.targets(), f.beads(), f.low(), f.coverage() * 100);
        }
    }

    /**
     * The figures of a pair: sentences per side, beads, beads under the low-confidence threshold,
     * and coverage, the share of all sentences (both sides) that lie in beads with both sides.
     */
    record Figures(int sources, int targets, int beads, int low, double coverage) {
        static Figures of(Alignment a) {
            int low = 0;
            int paired = 0;
            for (Bead b : a.beads()) {
                if (b.confidence() < AlignmentSummary.LOW_CONFIDENCE) {
                    low++;
                }
                if (!b.isOneSided()) {
                    paired += b.source().size() + b.target().size();
                }
            }
            int all = a.source().size() + a.target().size();
            return new Figures(a.source().size(), a.target().size(), a.beads().size(), low,
                    all == 0 ? 0 : (double) paired / all);
        }
    }
}
