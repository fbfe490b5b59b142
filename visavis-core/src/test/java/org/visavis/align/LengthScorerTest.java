package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.visavis.lang.LowercaseLemmatizer;
import org.visavis.model.Language;
import org.junit.jupiter.params.provider.CsvSource;

class LengthScorerTest {

    /** Two-sided normal tail probabilities from statistical tables. */
    @ParameterizedTest(name = "P(|Z| > {0}) = {1}")
    @CsvSource({"0, 1", "1, 0.3173", "1.96, 0.05", "2.5758, 0.01", "3.2905, 0.001", "-1.96, 0.05"})
    void logTailIsTheNormalTail(double d, double p) {
        assertThat(LengthScorer.logTail(d)).isCloseTo(Math.log(p), within(2e-3));
        assertThat(LengthScorer.exactLogTail(d)).isCloseTo(Math.log(p), within(2e-3));
    }

    /** Beyond its table logTail gives the floor without computing it: the exact value must be the floor there. */
    @ParameterizedTest(name = "logTail({0}) = exactLogTail({0})")
    @CsvSource({"11.99", "12.0078125", "12.5", "-13", "40", "1e6", "-1e300"})
    void logTailBeyondItsTableIsTheExactFloor(double d) {
        assertThat(LengthScorer.logTail(d)).isCloseTo(LengthScorer.exactLogTail(d), within(1e-9));
        if (Math.abs(d) > 12) {
            assertThat(LengthScorer.logTail(d)).isEqualTo(-25);
        }
    }

    @ParameterizedTest(name = "{0} and {1} chars")
    @CsvSource({"100, 100, 0", "100, 130, 1", "100, 70, 1", "10, 300, 1", "50, 52, 0"})
    void deltaGrowsWithTheMismatch(double source, double target, int mismatched) {
        double d = Math.abs(LengthScorer.delta(source, target, 1.0, 6.8));
        if (mismatched == 0) {
            assertThat(d).isLessThan(0.5);
        } else {
            assertThat(d).isGreaterThan(1.0);
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "-1, -1", "0, -30", "-5, -5.5", "10, 40", "-30, 2.5", "3, -Infinity", "-Infinity, -7"})
    void logSumMatchesTheExactFormula(double x, double y) {
        double exact = Math.max(x, y) + Math.log1p(Math.exp(-Math.abs(x - y)));
        assertThat(LogSum.add(x, y)).isCloseTo(exact, within(1e-5));
    }

    /**
     * score() writes delta() out for speed: on Candide's sentences, every bead shape the search
     * weighs near the diagonal must score exactly the weighted tail of delta().
     */
    @Test
    void scoreIsTheTailOfDeltaExactly() {
        Language fr = Language.of("fr");
        Language en = Language.of("en");
        SideFeatures source = new SideFeatures(AlignerFixtures.dev("candide", fr), new LowercaseLemmatizer(), 0.05);
        SideFeatures target = new SideFeatures(AlignerFixtures.dev("candide", en), new LowercaseLemmatizer(), 0.05);
        double ratio = 1.07;
        double variance = 3.1;
        LengthScorer scorer = new LengthScorer(source, target, ratio, variance, 0.5);
        int compared = 0;
        int differing = 0;
        for (int s = 0; s + 5 <= source.size; s++) {
            for (int t = Math.max(0, s - 20); t <= s + 20 && t + 5 <= target.size; t++) {
                for (int a = 1; a <= 5; a++) {
                    for (int b = 1; b <= 5; b++) {
                        double expected = 0.5 * LengthScorer.logTail(
                                LengthScorer.delta(source.chars(s, a), target.chars(t, b), ratio, variance));
                        if (Double.compare(scorer.score(s, a, t, b), expected) != 0) {
                            differing++;
                        }
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1_000_000);
        assertThat(differing).isZero();
        assertThat(scorer.score(3, 1, 4, 0)).isZero();
    }
}
