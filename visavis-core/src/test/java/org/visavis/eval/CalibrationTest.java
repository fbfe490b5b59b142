package org.visavis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void precisionOfConfidentBeadsAndOfTheOneSidedAmongThem() {
        Calibration c = new Calibration();
        c.add(0.95, true, false);
        c.add(0.99, true, false);
        c.add(0.92, false, true);
        c.add(0.97, true, true);
        c.add(0.5, false, true); // not confident: counts in neither precision
        assertThat(c.confidentPrecision()).isCloseTo(0.75, offset(1e-9));
        assertThat(c.oneSidedConfidentPrecision()).isCloseTo(0.5, offset(1e-9));
        assertThat(c.confidentCount()).isEqualTo(4);
        assertThat(c.oneSidedConfidentCount()).isEqualTo(2);
    }

    @Test
    void expectedCalibrationErrorWeighsEachBinsGapByItsBeads() {
        Calibration c = new Calibration();
        // bin [0.9, 1]: mean confidence 0.95, precision 0.5; bin [0.2, 0.3): 0.25 against 0.
        c.add(0.9, true, false);
        c.add(1.0, false, false);
        c.add(0.25, false, false);
        c.add(0.25, false, false);
        assertThat(c.expectedCalibrationError()).isCloseTo(0.5 * 0.45 + 0.5 * 0.25, offset(1e-9));
        assertThat(c.format()).isEqualTo("confident=0.500 (n=2) one_sided_confident=NaN (n=0) per_sentence=NaN ece=0.350");
    }

    @Test
    void perfectlyCalibratedConfidencesHaveNoError() {
        Calibration c = new Calibration();
        for (int x = 0; x < 10; x++) {
            c.add(0.75, x < 3 ? false : x < 10, false);
        }
        c.add(0.05, false, false);
        assertThat(c.expectedCalibrationError()).isGreaterThan(0);
        Calibration exact = new Calibration();
        for (int x = 0; x < 4; x++) {
            exact.add(0.75, x > 0, false);
        }
        assertThat(exact.expectedCalibrationError()).isCloseTo(0, offset(1e-9));
    }

    @Test
    void oneSidedBeadsAreAlsoCountedPerSentenceBesideTheStrictFigure() {
        Calibration c = new Calibration();
        c.addOneSided(0.97, true, true);
        c.addOneSided(0.95, false, true); // alone in the gold too, but in a run the gold keeps as one bead
        c.addOneSided(0.93, false, false); // its counterpart is elsewhere
        c.addOneSided(0.40, false, false); // not confident
        c.add(0.99, true, false);
        assertThat(c.oneSidedConfidentPrecision()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(c.oneSidedConfidentPerSentence()).isCloseTo(2 / 3.0, offset(1e-9));
        assertThat(c.confidentPrecision()).as("strict everywhere else").isCloseTo(0.5, offset(1e-9));
        assertThat(c.format()).isEqualTo("confident=0.500 (n=4) one_sided_confident=0.333 (n=3) per_sentence=0.667 ece=0.448");
    }
}
