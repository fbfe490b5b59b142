package org.visavis.align;

/**
 * {@code log(exp(x) + exp(y))} without leaving log space, with {@code log1p(exp(-d))} read from
 * a table: the search adds millions of path probabilities and Math.log1p dominated its time.
 * Absolute error below 1e-5.
 */
final class LogSum {

    private static final double STEP = 1.0 / 256;
    private static final double LIMIT = 32;
    private static final double[] TABLE = new double[(int) (LIMIT / STEP) + 2];

    static {
        for (int x = 0; x < TABLE.length; x++) {
            TABLE[x] = Math.log1p(Math.exp(-x * STEP));
        }
    }

    private LogSum() {
    }

    static double add(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY) {
            return y;
        }
        if (y == Double.NEGATIVE_INFINITY) {
            return x;
        }
        double hi = Math.max(x, y);
        double d = hi - Math.min(x, y);
        if (d >= LIMIT) {
            return hi;
        }
        double pos = d / STEP;
        int i = (int) pos;
        double f = pos - i;
        return hi + TABLE[i] + f * (TABLE[i + 1] - TABLE[i]);
    }
}
