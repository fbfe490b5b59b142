package org.visavis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the confidences an aligner shows are honest: the strict precision of the beads shown as
 * confident (at least {@link #CONFIDENT}), of the one-sided (1-0, 0-1) beads among them, and the
 * expected calibration error over ten equal bins of confidence (the bead-weighted mean gap between
 * a bin's mean confidence and its precision). {@code format()} gives {@code confident=0.981 (n=2950)
 * one_sided_confident=0.870 (n=46) ece=0.021}.
 */
public final class Calibration {

    /** The confidence from which a bead is shown as confident, as the editor and the bench count it. */
    public static final double CONFIDENT = 0.9;

    private static final int BINS = 10;

    /** One output bead: its confidence, whether it is a strict hit, whether it is one-sided. */
    public record Observation(double confidence, boolean hit, boolean oneSided) {
    }

    private final List<Observation> observations = new ArrayList<>();

    public void add(Observation o) {
        observations.add(o);
    }

    public void add(double confidence, boolean hit, boolean oneSided) {
        add(new Observation(confidence, hit, oneSided));
    }

    /** Strict precision of the beads at or above {@link #CONFIDENT}; NaN when there are none. */
    public double confidentPrecision() {
        return precision(false);
    }

    /** Strict precision of the one-sided beads at or above {@link #CONFIDENT}; NaN when there are none. */
    public double oneSidedConfidentPrecision() {
        return precision(true);
    }

    public long confidentCount() {
        return observations.stream().filter(o -> o.confidence() >= CONFIDENT).count();
    }

    public long oneSidedConfidentCount() {
        return observations.stream().filter(o -> o.oneSided() && o.confidence() >= CONFIDENT).count();
    }

    private double precision(boolean oneSidedOnly) {
        long n = 0;
        long hits = 0;
        for (Observation o : observations) {
            if (o.confidence() >= CONFIDENT && (!oneSidedOnly || o.oneSided())) {
                n++;
                hits += o.hit() ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : (double) hits / n;
    }

    /** Expected calibration error over ten bins [0, 0.1), ..., [0.9, 1]; 0 when there are no beads. */
    public double expectedCalibrationError() {
        double[] confidence = new double[BINS];
        double[] hits = new double[BINS];
        long[] count = new long[BINS];
        for (Observation o : observations) {
            int bin = Math.min(BINS - 1, (int) (o.confidence() * BINS));
            confidence[bin] += o.confidence();
            hits[bin] += o.hit() ? 1 : 0;
            count[bin]++;
        }
        double error = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                error += Math.abs(confidence[b] - hits[b]) / observations.size();
            }
        }
        return error;
    }

    /** The bench line: {@code confident=0.981 (n=2950) one_sided_confident=0.870 (n=46) ece=0.021}. */
    public String format() {
        return String.format(Locale.ROOT, "confident=%.3f (n=%d) one_sided_confident=%.3f (n=%d) ece=%.3f",
                confidentPrecision(), confidentCount(), oneSidedConfidentPrecision(), oneSidedConfidentCount(),
                expectedCalibrationError());
    }
}
