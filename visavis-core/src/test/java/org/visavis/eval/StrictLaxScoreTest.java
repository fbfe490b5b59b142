package org.visavis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.visavis.model.Bead;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictLaxScoreTest {

    private static List<BeadIndexes> beads(String notation) {
        List<BeadIndexes> out = new ArrayList<>();
        for (String b : notation.trim().split("\\s+")) {
            out.add(BeadFile.parse(b, "test"));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', value = {
        // gold | output | p_strict | r_strict | p_lax | r_lax
        "[0]:[0] [1]:[1]       | [0]:[0] [1]:[1]       | 1.0  | 1.0 | 1.0  | 1.0",
        // a merge of two gold beads: no strict hit, but a lax one
        "[0]:[0] [1]:[1]       | [0,1]:[0,1]           | 0.0  | 0.0 | 1.0  | 1.0",
        // one-sided output beads count in precision only
        "[0]:[0] [1]:[1]       | [0]:[0] [1]:[] []:[1] | 0.333| 0.5 | 0.333| 0.5",
        // gold one-sided beads are left out of recall
        "[0]:[0] [1]:[]        | [0]:[0] [1]:[]        | 1.0  | 1.0 | 1.0  | 1.0",
        // a shifted bead shares nothing with the gold bead it overlaps on one side only
        "[0]:[0] [1]:[1] [2]:[2] | [0]:[0,1] [1]:[2] [2]:[] | 0.0 | 0.0 | 0.333 | 0.333",
    })
    void scoresAsTheBenchmarkDefines(String gold, String output, double ps, double rs, double pl, double rl) {
        StrictLaxScore score = StrictLaxScore.of(List.of(new StrictLaxScore.Pair(beads(gold), beads(output))));
        assertThat(score.precisionStrict()).isCloseTo(ps, org.assertj.core.data.Offset.offset(0.001));
        assertThat(score.recallStrict()).isCloseTo(rs, org.assertj.core.data.Offset.offset(0.001));
        assertThat(score.precisionLax()).isCloseTo(pl, org.assertj.core.data.Offset.offset(0.001));
        assertThat(score.recallLax()).isCloseTo(rl, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void microAveragesOverFiles() {
        StrictLaxScore score = StrictLaxScore.of(List.of(
                new StrictLaxScore.Pair(beads("[0]:[0] [1]:[1]"), beads("[0]:[0] [1]:[1]")),
                new StrictLaxScore.Pair(beads("[0]:[0] [1]:[1]"), beads("[0,1]:[0,1]"))));
        assertThat(score.precisionStrictHits()).isEqualTo(2);
        assertThat(score.precisionTotal()).isEqualTo(3);
        assertThat(score.format()).startsWith("f1_strict=0.571 f1_lax=1.000 p_strict=0.667 r_strict=0.500");
    }

    /** Runs the benchmark's reference scorer on real gold files and damaged copies of them. */
    @Test
    void agreesWithTheReferenceScorer(@TempDir Path dir) throws Exception {
        Path shared = Path.of(System.getProperty("visavis.shared", "../shared"));
        Path scorePy = shared.resolve("benchmarks/score.py");
        assumeThat(Files.exists(scorePy)).as("reference scorer in ../shared").isTrue();
        assumeThat(python3Available()).as("python3 installed").isTrue();
        List<String> args = new ArrayList<>(List.of("python3", scorePy.toString()));
        List<StrictLaxScore.Pair> pairs = new ArrayList<>();
        Random random = new Random(7);
        for (String name : List.of("alice/gold.fr-en", "textberg-dev/gold.de-fr")) {
            Path gold = shared.resolve("benchmarks/dev/" + name);
            List<BeadIndexes> goldBeads = BeadFile.read(gold);
            for (int variant = 0; variant < 3; variant++) {
                List<BeadIndexes> damaged = damage(goldBeads, random, variant);
                Path out = dir.resolve(name.replace('/', '-') + variant);
                StringBuilder sb = new StringBuilder();
                for (BeadIndexes b : damaged) {
                    sb.append(notation(b)).append('\n');
                }
                Files.writeString(out, sb, StandardCharsets.UTF_8);
                args.add(gold.toString());
                args.add(out.toString());
                pairs.add(new StrictLaxScore.Pair(goldBeads, BeadFile.read(out)));
            }
        }
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String reference = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).isZero();
        assertThat(StrictLaxScore.of(pairs).format()).isEqualTo(reference);
    }

    /** Variant 0: merges neighbours; 1: splits beads into one-sided ones; 2: the gold itself. */
    private static List<BeadIndexes> damage(List<BeadIndexes> gold, Random random, int variant) {
        List<BeadIndexes> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            BeadIndexes b = gold.get(i);
            if (variant == 0 && i + 1 < gold.size() && random.nextInt(5) == 0) {
                BeadIndexes c = gold.get(++i);
                List<Integer> s = new ArrayList<>(b.source());
                s.addAll(c.source());
                List<Integer> t = new ArrayList<>(b.target());
                t.addAll(c.target());
                out.add(new BeadIndexes(s, t));
            } else if (variant == 1 && random.nextInt(6) == 0 && !b.source().isEmpty() && !b.target().isEmpty()) {
                out.add(new BeadIndexes(b.source(), List.of()));
                out.add(new BeadIndexes(List.of(), b.target()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static String notation(BeadIndexes b) {
        return b.source().toString().replace(" ", "") + ":" + b.target().toString().replace(" ", "");
    }

    private static boolean python3Available() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void aSentenceLeftAloneIsRightPerSentenceWhenTheGoldLeavesItAloneInARun() {
        // Candide's gold keeps four unpaired French footnote sentences as one bead.
        List<BeadIndexes> gold = beads("[824]:[900] [825,826,827,828]:[] [829]:[901] []:[902]");
        org.visavis.model.Bead alone = Bead.auto(List.of(826), List.of(), 0.95);
        assertThat(StrictLaxScore.strictHit(alone, gold)).isFalse();
        assertThat(StrictLaxScore.unpairedInGold(alone, gold)).isTrue();
        assertThat(StrictLaxScore.unpairedInGold(Bead.auto(List.of(829), List.of(), 0.95), gold))
                .as("paired in the gold").isFalse();
        assertThat(StrictLaxScore.unpairedInGold(Bead.auto(List.of(), List.of(902), 0.95), gold)).isTrue();
        assertThat(StrictLaxScore.unpairedInGold(Bead.auto(List.of(), List.of(826), 0.95), gold))
                .as("the other side's sentence 826 is not the unpaired one").isFalse();
    }
}
