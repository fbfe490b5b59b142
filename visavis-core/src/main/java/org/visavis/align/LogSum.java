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

    /**
     * Written as three small methods, each under the size up to which the JIT's quick compiler
     * inlines (35 bytes of bytecode), so the search's loops run it without a call: the one method
     * it was took a tenth of the aligner's time, most of it in the call.
     */
    static double add(double x, double y) {
        return x >= y ? above(x, x - y) : above(y, y - x);
    }

    /**
     * {@code hi} plus {@code log1p(exp(-d))}; just {@code hi} when {@code d} is beyond the table,
     * infinite (one term is negative infinity) or NaN (both are).
     */
    private static double above(double hi, double d) {
        if (!(d < LIMIT)) {
            return hi;
        }
        return interpolated(hi, d * PER_STEP, (int) (d * PER_STEP));
    }

    private static double interpolated(double hi, double pos, int i) {
        return hi + TABLE[i] + (pos - i) * SLOPE[i];
    }
}
