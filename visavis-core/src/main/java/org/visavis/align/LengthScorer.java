package org.visavis.align;

/**
 * Gale and Church's (1993) length evidence: the target length of a translation is about {@code
 * ratio} times the source length, with a variance growing with the length. The score is the log
 * of the two-sided tail probability of the normalised difference, so a bead whose lengths agree
 * scores near 0. Both parameters are fitted to each document pair.
 */
final class LengthScorer implements BeadScorer {

    private final SideFeatures source;
    private final SideFeatures target;
    private final double ratio;
    private final double variance;
    private final double weight;
    /** {@code variance * ratio}, as {@link #delta} multiplies them first. */
    private final double varianceRatio;

    LengthScorer(SideFeatures source, SideFeatures target, double ratio, double variance, double weight) {
        this.source = source;
        this.target = target;
        this.ratio = ratio;
        this.variance = variance;
        this.weight = weight;
        this.varianceRatio = variance * ratio;
    }

    @Override
    public boolean scoresOneSided() {
        return false;
    }

    @Override
    public double score(int s, int a, int t, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        // delta() written out with the same arithmetic: the quick JIT does not inline it, and
        // this runs for every bead the search weighs
        double sourceChars = source.chars(s, a);
        double targetChars = target.chars(t, b);
        double mean = (sourceChars + targetChars / ratio) / 2;
        return weight * logTail((targetChars - ratio * sourceChars)
                / Math.sqrt(varianceRatio * (mean < 1 ? 1 : mean)));
    }

    static double delta(double sourceChars, double targetChars, double ratio, double variance) {
        double mean = (sourceChars + targetChars / ratio) / 2;
        // Math.max(mean, 1) without the call it costs in the search's compiled code
        return (targetChars - ratio * sourceChars) / Math.sqrt(variance * ratio * (mean < 1 ? 1 : mean));
    }

    /** The lowest score: one absurd bead must not dominate a document. */
    private static final double FLOOR = -25;
    private static final double STEP = 1.0 / 128;
    /** 1 / STEP, a power of two: multiplying by it is dividing by STEP exactly, and faster. */
    private static final double PER_STEP = 128;
    private static final double[] TAIL = new double[(int) (12 / STEP) + 2];
    /** SLOPE[i] = TAIL[i + 1] - TAIL[i], for the interpolation. */
    private static final double[] SLOPE = new double[TAIL.length - 1];
    private static final double LAST = TAIL.length - 1;

    static {
        for (int x = 0; x < TAIL.length; x++) {
            TAIL[x] = exactLogTail(x * STEP);
        }
        for (int x = 0; x < SLOPE.length; x++) {
            SLOPE[x] = TAIL[x + 1] - TAIL[x];
        }
    }

    /**
     * log(2 * (1 - Phi(|d|))), floored so one absurd bead cannot dominate a document; from a
     * table. Beyond the table (|d| over 12, a tail below e^-70) it is the floor.
     */
    static double logTail(double d) {
        return fromTable(Math.abs(d) * PER_STEP);
    }

    /** The tail at {@code pos} steps; two methods small enough for the quick JIT to inline. */
    private static double fromTable(double pos) {
        if (pos >= LAST) {
            return FLOOR;
        }
        int i = (int) pos;
        return TAIL[i] + (pos - i) * SLOPE[i];
    }

    static double exactLogTail(double d) {
        double x = Math.abs(d) / Math.sqrt(2);
        return Math.max(FLOOR, Math.log(Math.max(1e-300, erfc(x))));
    }

    /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
