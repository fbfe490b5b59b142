package org.visavis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the confidences an aligner shows are honest: the strict precision of the beads shown as
 * confident (at least {@link #CONFIDENT}), of the one-sided (1-0, 0-1) beads among them, and the
 * expected calibration error over ten equal bins of confidence (the bead-weighted mean gap between
 * a bin's mean confidence and its precision). {@code format()} gives {@code confident=0.981 (n=2950)
 * one_sided_confident=0.870 (n=46) per_sentence=0.950 ece=0.021}.
 *
 * <p>Strict matching counts a one-sided bead wrong when the gold groups its sentences, rightly
 * unpaired, otherwise: the novels' gold keeps a run of unpaired sentences as one bead ({@code
 * [825,826,827,828]:[]}), the Text+Berg gold its unpaired captions one bead each, and the aligner
 * follows the first for prose and the second for captions, which can miss either way. So the
 * one-sided figure is also given per sentence ({@code per_sentence}): a confident one-sided bead
 * is right when each of its sentences has no counterpart in the gold. The strict figure stays the
 * one to compare.
 */
public final class Calibration {

    /** The confidence from which a bead is shown as confident, as the editor and the bench count it. */
    public static final double CONFIDENT = 0.9;

    private static final int BINS = 10;

    /**
     * One output bead: its confidence, whether it is a strict hit, whether it is one-sided, and
     * whether its sentences are unpaired in the gold (for a one-sided bead; otherwise {@code hit}).
     */
    public record Observation(double confidence, boolean hit, boolean oneSided, boolean sentenceHit) {
    }

    private final List<Observation> observations = new ArrayList<>();

    public void add(Observation o) {
        observations.add(o);
    }

    public void add(double confidence, boolean hit, boolean oneSided) {
        add(new Observation(confidence, hit, oneSided, hit));
    }

    /** A one-sided bead: whether it is a strict hit, and whether its sentences are unpaired in the gold. */
    public void addOneSided(double confidence, boolean hit, boolean unpairedInGold) {
        add(new Observation(confidence, hit, true, unpairedInGold));
    }

    /** Strict precision of the beads at or above {@link #CONFIDENT}; NaN when there are none. */
    public double confidentPrecision() {
        return precision(false);
    }

    /** Strict precision of the one-sided beads at or above {@link #CONFIDENT}; NaN when there are none. */
    public double oneSidedConfidentPrecision() {
        return precision(true);
    }

    /**
     * The share of the one-sided beads at or above {@link #CONFIDENT} whose sentences the gold
     * leaves unpaired, alone or in a run; NaN when there are none.
     */
    public double oneSidedConfidentPerSentence() {
        long n = 0;
        long hits = 0;
        for (Observation o : observations) {
            if (o.confidence() >= CONFIDENT && o.oneSided()) {
                n++;
                hits += o.sentenceHit() ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : (double) hits / n;
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

    /** The bench line: {@code confident=0.981 (n=2950) one_sided_confident=0.870 (n=46) per_sentence=0.950 ece=0.021}. */
    public String format() {
        return String.format(Locale.ROOT, "confident=%.3f (n=%d) one_sided_confident=%.3f (n=%d) per_sentence=%.3f ece=%.3f",
                confidentPrecision(), confidentCount(), oneSidedConfidentPrecision(), oneSidedConfidentCount(),
                oneSidedConfidentPerSentence(), expectedCalibrationError());
    }
}
