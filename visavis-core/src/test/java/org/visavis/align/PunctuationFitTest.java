package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.eval.BeadFile;
import org.visavis.eval.BeadIndexes;
import org.visavis.lang.LowercaseLemmatizer;
import org.visavis.model.Language;

/**
 * The punctuation scores fitted to a document pair, on Alice (dev benchmark, read from
 * ../shared): its gold beads as the translations, each against the next one as neighbours.
 */
class PunctuationFitTest {

    private static final Path ALICE =
            Path.of(System.getProperty("visavis.shared", "../shared")).resolve("benchmarks/dev/alice");

    private static SideFeatures side(List<String> sentences) {
        return new SideFeatures(AlignerFixtures.plain(sentences, Language.of("xx")), new LowercaseLemmatizer(), 0.05);
    }

    private static double[][] fitOnGold(List<String> french, List<String> english) {
        List<int[]> pairs = new ArrayList<>();
        List<int[]> neighbours = new ArrayList<>();
        int[] previous = null;
        for (BeadIndexes b : BeadFile.read(ALICE.resolve("gold.fr-en"))) {
            if (b.source().isEmpty() || b.target().isEmpty()) {
                continue;
            }
            int[] span = {b.source().get(0), b.source().get(b.source().size() - 1) + 1,
                b.target().get(0), b.target().get(b.target().size() - 1) + 1};
            pairs.add(span);
            if (previous != null) {
                neighbours.add(new int[] {previous[0], previous[1], span[2], span[3]});
                neighbours.add(new int[] {span[0], span[1], previous[2], previous[3]});
            }
            previous = span;
        }
        return PunctuationScorer.fit(side(french), side(english), pairs, neighbours, 0.5);
    }

    @Test
    void aMissingQuestionMarkCostsMoreWhereTheTranslationKeepsThem() throws IOException {
        assumeThat(Files.isDirectory(ALICE)).as("benchmarks in ../shared").isTrue();
        List<String> french = Files.readAllLines(ALICE.resolve("fr.txt"));
        List<String> english = Files.readAllLines(ALICE.resolve("en.txt"));
        double[] questions = fitOnGold(french, english)[0];
        // 4 % of the gold beads differ by a question mark, 24 % of the neighbouring pairs: half of log(0.04 / 0.24)
        assertThat(questions[0]).isPositive();
        assertThat(questions[1]).isLessThan(-0.75).isGreaterThan(-1.1);
        assertThat(questions[2]).isLessThanOrEqualTo(questions[1]);
        assertThat(questions[3]).isLessThanOrEqualTo(questions[2]);

        // the scorer reads the fitted scores, not the fixed cost of a mark
        double[][] fitted = fitOnGold(french, english);
        PunctuationScorer scorer = new PunctuationScorer(side(List.of("Vraiment ? Oui !", "Quelle surprise !")),
                side(List.of("Really? Yes!", "What a surprise.")), 0.5, 0, fitted);
        assertThat(scorer.score(0, 1, 0, 1)).isEqualTo(fitted[0][0] + fitted[1][0]);
        assertThat(scorer.score(1, 1, 1, 1)).isEqualTo(fitted[0][0] + fitted[1][1]);
        assertThat(scorer.score(0, 1, 1, 1)).isEqualTo(fitted[0][1] + fitted[1][1]);
        assertThat(scorer.score(0, 2, 0, 0)).isZero();
    }

    @Test
    void aTranslationWithoutQuestionMarksMakesThemSayNothing() throws IOException {
        assumeThat(Files.isDirectory(ALICE)).as("benchmarks in ../shared").isTrue();
        List<String> french = Files.readAllLines(ALICE.resolve("fr.txt"));
        List<String> english = Files.readAllLines(ALICE.resolve("en.txt")).stream()
                .map(s -> s.replace("?", ".")).toList();
        double[] questions = fitOnGold(french, english)[0];
        for (double score : questions) {
            assertThat(score).isCloseTo(0, within(0.15));
        }
        // the exclamation marks are left as they were: a missing one still costs
        assertThat(fitOnGold(french, english)[1][1]).isNegative();
    }
}
