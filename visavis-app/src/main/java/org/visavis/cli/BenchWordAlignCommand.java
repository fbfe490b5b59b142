package org.visavis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.visavis.align.AlignmentException;
import org.visavis.eval.BeadFile;
import org.visavis.eval.BeadIndexes;
import org.visavis.lang.BilingualLexicon;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.project.ProjectStore;
import org.visavis.wordalign.SentencePair;
import org.visavis.wordalign.Seeds;
import org.visavis.wordalign.WordAligner;
import org.visavis.wordalign.WordAlignmentModel;
import org.visavis.wordalign.WordTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench-word-align --pairs 20000 DIR...}: trains the word aligner on the beads of projects or
 * benchmark folders (gold beads), repeated up to the given number of sentence pairs, and prints
 * the training time (median of runs) with the sizes involved.
 */
@Command(name = "bench-word-align", mixinStandardHelpOptions = true,
        description = "Time word-alignment training on the beads of projects or benchmark folders.")
final class BenchWordAlignCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Projects or benchmark folders of one language pair.")
    List<Path> dirs;

    @Option(names = "--pairs", defaultValue = "20000", description = "Sentence pairs to train on (the beads repeated).")
    int pairs;

    @Option(names = "--runs", defaultValue = "3", description = "Training runs; the median is reported.")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<SentencePair> material = new ArrayList<>();
        Language source = null;
        Language target = null;
        for (Path dir : dirs) {
            Loaded l = load(dir);
            if (source != null && (!source.equals(l.source) || !target.equals(l.target))) {
                throw new AlignmentException(dir + ": language pair " + l.source + "-" + l.target + " differs from "
                        + source + "-" + target);
            }
            source = l.source;
            target = l.target;
            material.addAll(l.pairs);
        }
        if (material.isEmpty()) {
            throw new AlignmentException(dirs.get(0) + ": no two-sided beads to train on");
        }
        List<SentencePair> corpus = new ArrayList<>(pairs);
        for (int k = 0; corpus.size() < pairs; k++) {
            corpus.add(material.get(k % material.size()));
        }
        long tokens = corpus.stream().mapToLong(p -> p.source().size() + p.target().size()).sum();
        Seeds seeds = BilingualLexicon.forPair(source, target)
                .map(lex -> Seeds.of(lex.pairs().stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList()))
                .orElse(Seeds.stringsAndCognates());
        PrintWriter out = spec.commandLine().getOut();
        double[] seconds = new double[runs];
        WordAlignmentModel model = null;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            model = WordAligner.train(corpus, seeds, WordAligner.Options.DEFAULT);
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        long links = 0;
        long alignStart = System.nanoTime();
        for (SentencePair p : material) {
            links += model.align(p).size();
        }
        double alignSeconds = (System.nanoTime() - alignStart) / 1e9;
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "pairs=%d distinct_pairs=%d tokens=%d %s-%s train_median_seconds=%.2f runs=%s"
                        + " align_pairs_per_second=%.0f links_per_pair=%.1f%n", corpus.size(), material.size(), tokens,
                source.code(), target.code(), sorted[runs / 2],
                Arrays.toString(seconds).replaceAll("(\\.\\d\\d)\\d*", "$1"), material.size() / alignSeconds,
                (double) links / material.size());
        return 0;
    }

    private record Loaded(Language source, Language target, List<SentencePair> pairs) {
    }

    private static Loaded load(Path dir) throws IOException {
        List<SentencePair> pairs = new ArrayList<>();
        if (ProjectStore.isProject(dir)) {
            Alignment a = new ProjectStore().load(dir).alignment();
            for (Bead b : a.beads()) {
                if (!b.isOneSided()) {
                    pairs.add(new SentencePair(WordTokens.of(a.sourceText(b)), WordTokens.of(a.targetText(b))));
                }
            }
            return new Loaded(a.source().language(), a.target().language(), pairs);
        }
        BenchFolder f = BenchFolder.of(dir);
        List<String> src = Files.readAllLines(f.sourceFile(), StandardCharsets.UTF_8);
        List<String> tgt = Files.readAllLines(f.targetFile(), StandardCharsets.UTF_8);
        for (BeadIndexes b : BeadFile.read(f.gold())) {
            if (b.source().isEmpty() || b.target().isEmpty()) {
                continue;
            }
            pairs.add(new SentencePair(WordTokens.of(join(src, b.source(), f)), WordTokens.of(join(tgt, b.target(), f))));
        }
        return new Loaded(f.source(), f.target(), pairs);
    }

    private static String join(List<String> lines, List<Integer> indexes, BenchFolder f) {
        StringBuilder sb = new StringBuilder();
        for (int i : indexes) {
            if (i >= lines.size()) {
                throw new AlignmentException(f.gold() + ": sentence " + i + " beyond the text's " + lines.size() + " lines");
            }
            sb.append(sb.length() == 0 ? "" : " ").append(lines.get(i));
        }
        return sb.toString();
    }
}
