package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.eval.BeadFile;
import org.visavis.eval.BeadIndexes;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;

/** align-sentences, eval and bench as a user runs them: exit codes, outputs, messages. */
class AlignmentCommandsTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path fixture(Path dir, String name) throws IOException {
        try (InputStream in = AlignmentCommandsTest.class.getResourceAsStream("/org/visavis/align/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // One sentence per line, without the paragraph breaks.
            List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
            Path p = dir.resolve(name);
            Files.write(p, lines, StandardCharsets.UTF_8);
            return p;
        }
    }

    @Test
    void alignSentencesPrintsBeadsCoveringBothFiles(@TempDir Path dir) throws IOException {
        Path fr = fixture(dir, "release-lifecycle.fr.txt");
        Path en = fixture(dir, "release-lifecycle.en.txt");
        Run r = run("align-sentences", "--source-lang", "fr", "--target-lang", "en", fr.toString(), en.toString());
        assertThat(r.code()).isZero();
        List<Bead> beads = r.out().lines().map(l -> {
            BeadIndexes b = BeadFile.parse(l, "stdout");
            return Bead.auto(b.source(), b.target(), 1);
        }).toList();
        Alignment.checkCoverage(beads, 38, 38);
        assertThat(r.out()).startsWith("[0]:[0]\n[1]:[1]\n");
    }

    @Test
    void debugShowsTheAlignerStagesOnStderrForThatRunOnly(@TempDir Path dir) throws IOException {
        Path fr = fixture(dir, "release-lifecycle.fr.txt");
        Path en = fixture(dir, "release-lifecycle.en.txt");
        String[] args = {"align-sentences", "--source-lang", "fr", "--target-lang", "en", fr.toString(), en.toString()};
        Run plain = run(args);
        Run debug = run(Stream.concat(Stream.of("--debug"), Stream.of(args)).toArray(String[]::new));
        Run after = run(args);

        assertThat(debug.out()).isEqualTo(plain.out());
        assertThat(debug.err()).containsPattern("(?m)^first pass \\d+\\.\\d\\ds \\(thread cpu \\d+\\.\\d\\ds\\)$")
                .containsPattern("(?m)^second pass \\d+\\.\\d\\ds \\(thread cpu \\d+\\.\\d\\ds\\)$")
                .contains("confident=");
        assertThat(plain.err()).isEmpty();
        assertThat(after.err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file      | align-sentences --source-lang fr --target-lang en MISSING.txt EN | MISSING.txt: no such file",
        "bad language      | align-sentences --source-lang 12 --target-lang en FR EN         | --source-lang: not a language tag",
        "odd eval args     | eval GOLD                                                       | requires at least 2 values",
        "bad bead          | eval GOLD BAD                                                   | BAD:2: not a bead",
        "not a bench dir   | bench FR                                                        | not a benchmark folder",
    })
    void badInputExitsWithTwoAndNamesTheProblem(String what, String args, String message, @TempDir Path dir)
            throws IOException {
        Path fr = fixture(dir, "release-lifecycle.fr.txt");
        Path en = fixture(dir, "release-lifecycle.en.txt");
        Path gold = Files.writeString(dir.resolve("GOLD"), "[0]:[0]\n");
        Path bad = Files.writeString(dir.resolve("BAD"), "[0]:[0]\n0-0\n");
        String[] argv = args.trim().split("\\s+");
        for (int i = 0; i < argv.length; i++) {
            argv[i] = switch (argv[i]) {
                case "FR" -> fr.toString();
                case "EN" -> en.toString();
                case "GOLD" -> gold.toString();
                case "BAD" -> bad.toString();
                case "MISSING.txt" -> dir.resolve("MISSING.txt").toString();
                default -> argv[i];
            };
        }
        Run r = run(argv);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
    }

    @Test
    void evalPrintsTheSixFigures(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold"), "[0]:[0]\n[1]:[1]\n[2]:[]\n");
        Path out = Files.writeString(dir.resolve("out"), "[0]:[0]\n[1,2]:[1]\n");
        Run r = run("eval", gold.toString(), out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().trim()).matches(
                "f1_strict=0\\.\\d{3} f1_lax=1\\.000 p_strict=0\\.500 r_strict=0\\.500 p_lax=1\\.000 r_lax=1\\.000");
    }

    /** The bench on the smallest dev folder, read from ../shared (skipped when it is absent). */
    @Test
    void benchScoresADevFolder() {
        Path shared = Path.of(System.getProperty("visavis.shared", "../shared"));
        Path folder = shared.resolve("benchmarks/dev/vingt-mille-lieues");
        assumeThat(Files.isDirectory(folder)).as("benchmarks in ../shared").isTrue();
        Run r = run("bench", folder.toString());
        assertThat(r.code()).isZero();
        String line = r.out().lines().filter(l -> l.startsWith("vingt-mille-lieues")).findFirst().orElseThrow();
        double f1 = Double.parseDouble(line.replaceAll(".*f1_strict=([0-9.]+).*", "$1"));
        // hunalign with its lexicon scores 0.852 on the three novels; this one is the easiest.
        assertThat(f1).isGreaterThan(0.95);
        assertThat(r.out()).contains("total").contains("precision by confidence decile");
        assertThat(r.out()).doesNotContain("total fr-en");
    }

    @Test
    void benchTotalsEachLanguagePairWhenThereAreSeveral() {
        Path dev = Path.of(System.getProperty("visavis.shared", "../shared")).resolve("benchmarks/dev");
        assumeThat(Files.isDirectory(dev.resolve("textberg-dev"))).as("benchmarks in ../shared").isTrue();
        Run r = run("bench", dev.resolve("vingt-mille-lieues").toString(), dev.resolve("textberg-dev").toString());
        assertThat(r.code()).isZero();
        String fr = r.out().lines().filter(l -> l.startsWith("vingt-mille-lieues")).findFirst().orElseThrow();
        String frTotal = r.out().lines().filter(l -> l.startsWith("total fr-en")).findFirst().orElseThrow();
        // one folder of the pair: its total is its own line
        assertThat(frTotal.replaceAll(".*(f1_strict=[0-9.]+).*", "$1")).isEqualTo(fr.replaceAll(".*(f1_strict=[0-9.]+).*", "$1"));
        assertThat(r.out()).contains("total de-fr");
    }

    @Test
    void benchPlantsGapsAndSaysWhatTheAlignerMadeOfThem() {
        Path folder = Path.of(System.getProperty("visavis.shared", "../shared")).resolve("benchmarks/dev/vingt-mille-lieues");
        assumeThat(Files.isDirectory(folder)).as("benchmarks in ../shared").isTrue();
        Run plain = run("bench", folder.toString());
        Run planted = run("bench", "--plant", "5", folder.toString());
        assertThat(planted.code()).isZero();
        String calibration = planted.out().lines().filter(l -> l.startsWith("calibration")).findFirst().orElseThrow();
        assertThat(calibration).contains("one_sided_confident=").contains("per_sentence=");
        String line = planted.out().lines().filter(l -> l.startsWith("planted:")).findFirst().orElseThrow();
        long omitted = Long.parseLong(line.replaceAll(".*omissions: ([0-9]+) sentences.*", "$1"));
        long moved = Long.parseLong(line.replaceAll(".*moves: ([0-9]+) sentences.*", "$1"));
        assertThat(omitted).isPositive();
        assertThat(moved).isPositive();
        assertThat(plain.out()).doesNotContain("planted:");
        // the planted text is another text: its score differs from the plain one's
        assertThat(planted.out().lines().filter(l -> l.startsWith("vingt-mille-lieues")).findFirst().orElseThrow())
                .isNotEqualTo(plain.out().lines().filter(l -> l.startsWith("vingt-mille-lieues")).findFirst().orElseThrow());
    }
}
