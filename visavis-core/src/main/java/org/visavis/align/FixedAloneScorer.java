package org.visavis.align;

/**
 * Keeps sentences alone: those a person marked as having no counterpart (confirmed 1-0 or 0-1
 * beads) and those with nothing to translate ({@link TextlessSentences}). Any other candidate
 * bead containing one of them is impossible (negative infinity). With {@code sourceAlone[5]} set,
 * {@code score(5, 1, 7, 0)} is 0 and {@code score(4, 2, 7, 1)} is impossible.
 */
final class FixedAloneScorer implements BeadScorer {

    /** aloneBefore[i]: how many of sentences [0, i) are kept alone, so a bead is checked in two reads. */
    private final int[] sourceAloneBefore;
    private final int[] targetAloneBefore;

    FixedAloneScorer(boolean[] sourceAlone, boolean[] targetAlone) {
        this.sourceAloneBefore = before(sourceAlone);
        this.targetAloneBefore = before(targetAlone);
    }

    private static int[] before(boolean[] alone) {
        int[] out = new int[alone.length + 1];
        for (int i = 0; i < alone.length; i++) {
            out[i + 1] = out[i] + (alone[i] ? 1 : 0);
        }
        return out;
    }

    /** Whether any sentence is kept alone: if none, every score is 0. */
    boolean keepsAnyAlone() {
        return sourceAloneBefore[sourceAloneBefore.length - 1] > 0
                || targetAloneBefore[targetAloneBefore.length - 1] > 0;
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
        if (sourceAloneBefore[s + a] != sourceAloneBefore[s] || targetAloneBefore[t + b] != targetAloneBefore[t]) {
            return Double.NEGATIVE_INFINITY;
        }
        return 0;
    }
}
