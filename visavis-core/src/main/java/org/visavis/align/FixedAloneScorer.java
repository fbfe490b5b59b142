package org.visavis.align;

/**
 * Keeps sentences a person marked as having no counterpart (confirmed 1-0 or 0-1 beads) alone:
 * any other candidate bead containing one of them is impossible (negative infinity). With
 * {@code sourceAlone[5]} set, {@code score(5, 1, 7, 0)} is 0 and {@code score(4, 2, 7, 1)} is
 * impossible.
 */
final class FixedAloneScorer implements BeadScorer {

    private final boolean[] sourceAlone;
    private final boolean[] targetAlone;

    FixedAloneScorer(boolean[] sourceAlone, boolean[] targetAlone) {
        this.sourceAlone = sourceAlone;
        this.targetAlone = targetAlone;
    }

    /** Whether any sentence is kept alone: if none, every score is 0. */
    boolean keepsAnyAlone() {
        for (boolean b : sourceAlone) {
            if (b) {
                return true;
            }
        }
        for (boolean b : targetAlone) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double score(int s, int a, int t, int b) {
        boolean alone = a == 0 || b == 0;
        for (int i = s; i < s + a; i++) {
            if (sourceAlone[i] && !alone) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        for (int j = t; j < t + b; j++) {
            if (targetAlone[j] && !alone) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        return 0;
    }
}
