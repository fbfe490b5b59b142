package org.visavis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.visavis.align.AlignmentException;
import org.visavis.align.AlignerOptions;
import org.visavis.align.LengthLexicalAligner;
import org.visavis.eval.BeadFile;
import org.visavis.eval.Calibration;
import org.visavis.eval.PlantedGaps;
import org.visavis.eval.BeadIndexes;
import org.visavis.eval.StrictLaxScore;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench DIR...}: aligns each benchmark folder, scores it against its gold beads, prints a
 * line per folder, a total line per language pair when there are several (the dev novels are
 * fr-en, Text+Berg de-fr), a total line, the strict precision per confidence decile and the calibration
 * of the confidences ({@link Calibration}). With {@code --plant N} it first plants omissions and
 * moves into each folder ({@link PlantedGaps}) and adds a line on the beads over them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Align benchmark folders (<src>.txt, <tgt>.txt, gold.<src>-<tgt>) and score them.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR")
    List<Path> dirs;

    @Option(names = "--save", paramLabel = "DIR", description = "Also write each folder's beads to DIR/<folder>.beads.")
    Path save;

    @Option(names = "--no-lexicon", description = "Align without the bundled bilingual lexicon, to measure what it brings.")
    boolean noLexicon;

    @Option(names = "--plant", paramLabel = "N", description = "Plant N omissions and N moved runs of sentences into each"
            + " folder (a fixed seed) and score the aligner there, to see whether its one-sided beads are honest.")
    int plant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchFolder> folders = dirs.stream().map(BenchFolder::of).toList();
        List<StrictLaxScore.Pair> all = new ArrayList<>();
        Map<String, List<StrictLaxScore.Pair>> byLanguages = new LinkedHashMap<>();
        List<double[]> confidenceAndHit = new ArrayList<>();
        Calibration calibration = new Calibration();
        PlantedTally planted = new PlantedTally();
        double totalSeconds = 0;
        for (BenchFolder f : folders) {
            SegmentedDocument source = SentenceFiles.read(f.sourceFile(), f.source());
            SegmentedDocument target = SentenceFiles.read(f.targetFile(), f.target());
            List<BeadIndexes> gold = BeadFile.read(f.gold());
            PlantedGaps gaps = null;
            if (plant > 0) {
                gaps = PlantedGaps.planted(texts(source), texts(target), gold, plant, plant, f.name().hashCode());
                source = SegmentedDocument.ofSentences(source.name(), f.source(), gaps.source());
                target = SegmentedDocument.ofSentences(target.name(), f.target(), gaps.target());
                gold = gaps.gold();
            }
            long start = System.nanoTime();
            LengthLexicalAligner aligner = noLexicon
                    ? LengthLexicalAligner.withoutLexicon(f.source(), f.target(), AlignerOptions.defaults())
                    : LengthLexicalAligner.forLanguages(f.source(), f.target());
            List<Bead> beads = aligner.align(source, target);
            double seconds = (System.nanoTime() - start) / 1e9;
            totalSeconds += seconds;
            Alignment.checkCoverage(beads, source.size(), target.size());
            StrictLaxScore.Pair pair = new StrictLaxScore.Pair(gold, BeadIndexes.of(beads));
            all.add(pair);
            byLanguages.computeIfAbsent(f.source().code() + "-" + f.target().code(), k -> new ArrayList<>()).add(pair);
            for (Bead b : beads) {
                boolean hit = StrictLaxScore.strictHit(b, gold);
                confidenceAndHit.add(new double[] {b.confidence(), hit ? 1 : 0});
                if (b.isOneSided()) {
                    calibration.addOneSided(b.confidence(), hit, StrictLaxScore.unpairedInGold(b, gold));
                } else {
                    calibration.add(b.confidence(), hit, false);
                }
            }
            if (gaps != null) {
                planted.add(gaps, beads);
            }
            out.printf(Locale.ROOT, "%-20s %s seconds=%.2f%n", f.name(), StrictLaxScore.of(List.of(pair)).format(), seconds);
            out.flush();
            if (save != null) {
                write(save.resolve(f.name() + ".beads"), BeadFile.format(beads));
            }
        }
        if (byLanguages.size() > 1) {
            byLanguages.forEach((languages, pairs) -> out.printf(Locale.ROOT, "%-20s %s%n", "total " + languages,
                    StrictLaxScore.of(pairs).format()));
        }
        out.printf(Locale.ROOT, "%-20s %s seconds=%.2f%n", "total", StrictLaxScore.of(all).format(), totalSeconds);
        printDeciles(out, confidenceAndHit);
        out.println("calibration (strict precision of beads >= " + Calibration.CONFIDENT + "): " + calibration.format());
        if (plant > 0) {
            out.println(planted.format());
        }
        out.flush();
        return 0;
    }

    private static List<String> texts(SegmentedDocument document) {
        return document.segments().stream().map(Segment::text).toList();
    }

    /** Strict precision of each tenth of the output beads, from least to most confident. */
    private static void printDeciles(PrintWriter out, List<double[]> confidenceAndHit) {
        confidenceAndHit.sort(Comparator.comparingDouble(x -> x[0]));
        int n = confidenceAndHit.size();
        if (n == 0) {
            return;
        }
        StringBuilder sb = new StringBuilder("precision by confidence decile (least confident first):");
        for (int d = 0; d < 10; d++) {
            int from = d * n / 10;
            int to = (d + 1) * n / 10;
            if (to <= from) {
                continue;
            }
            double hits = 0;
            for (int x = from; x < to; x++) {
                hits += confidenceAndHit.get(x)[1];
            }
            sb.append(String.format(Locale.ROOT, " %.3f@%.2f", hits / (to - from), confidenceAndHit.get(from)[0]));
        }
        out.println(sb);
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AlignmentException(file + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
