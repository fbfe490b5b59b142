package org.visavis.align;

/**
 * {@code log(exp(x) + exp(y))} without leaving log space, with {@code log1p(exp(-d))} read from
 * a table: the search adds millions of path probabilities and Math.log1p dominated its time.
 * Absolute error below 1e-5.
 */
final class LogSum {

    private static final double STEP = 1.0 / 256;
    /** 1 / STEP, a power of two: multiplying by it is dividing by STEP exactly, and faster. */
    private static final double PER_STEP = 256;
    private static final double LIMIT = 32;
    private static final double[] TABLE = new double[(int) (LIMIT / STEP) + 2];
    /** SLOPE[i] = TABLE[i + 1] - TABLE[i], for the interpolation. */
    private static final double[] SLOPE = new double[TABLE.length - 1];

    static {
        for (int x = 0; x < TABLE.length; x++) {
            TABLE[x] = Math.log1p(Math.exp(-x * STEP));
        }
        for (int x = 0; x < SLOPE.length; x++) {
            SLOPE[x] = TABLE[x + 1] - TABLE[x];
        }
    }

    private LogSum() {
    }

    static double add(double x, double y) {
        double hi;
        double d;
        if (x >= y) {
            if (y == Double.NEGATIVE_INFINITY) {
                return x;
            }
            hi = x;
            d = x - y;
        } else {
            if (x == Double.NEGATIVE_INFINITY) {
                return y;
            }
            hi = y;
            d = y - x;
        }
        if (d >= LIMIT) {
            return hi;
        }
        double pos = d * PER_STEP;
        int i = (int) pos;
        return hi + TABLE[i] + (pos - i) * SLOPE[i];
    }
}
