package org.visavis.align;

import java.util.List;

/**
 * Question and exclamation marks survive translation more often than not. Before anything is
 * known of the document pair each mark on one side without a counterpart on the other costs
 * {@code weight}; the second pass scores each kind of mark by how much the difference says in
 * this pair ({@link #fit}). A bead that ends on one side only where the segmentation probably
 * cut a sentence in two ({@link SuspectCuts}: inside brackets, after an initial) costs {@code
 * suspectCutWeight}. 1-0 and 0-1 beads score 0.
 */
final class PunctuationScorer implements BeadScorer {

    private final SideFeatures source;
    private final SideFeatures target;
    private final double weight;
    private final double suspectCutWeight;

    /** The most marks of a kind that a difference counts. */
    static final int MAX_DIFFERENCE = 3;

    /**
     * Per kind (questions, exclamations), the score of a difference of 0 to {@link
     * #MAX_DIFFERENCE} marks between the two sides of a bead; null: {@code -weight} a mark.
     */
    private final double[][] fitted;

    PunctuationScorer(SideFeatures source, SideFeatures target, double weight, double suspectCutWeight) {
        this(source, target, weight, suspectCutWeight, null);
    }

    /** With the scores of {@link #fit} (or null, for {@code -weight} a mark). */
    PunctuationScorer(SideFeatures source, SideFeatures target, double weight, double suspectCutWeight,
            double[][] fitted) {
        this.source = source;
        this.target = target;
        this.weight = weight;
        this.suspectCutWeight = suspectCutWeight;
        this.fitted = fitted;
    }

    /**
     * The scores of differences in marks, fitted to the document pair: for questions and for
     * exclamations, and each difference from 0 to {@link #MAX_DIFFERENCE}, the log ratio of its
     * share among {@code pairs} (beads taken as translations) to its share among {@code
     * neighbours} (one bead's source sentences against another's target sentences), times {@code
     * weight}, add-one smoothed; a larger difference never scores above a smaller one nor above 0.
     * Spans are {@code {sourceFrom, sourceTo, targetFrom, targetTo}}. Where the languages keep
     * their marks, a missing one says much (in Alice a question mark differs in 4 % of the beads
     * of the gold and in 24 % of its neighbouring pairs: a log ratio of -1.8); where they do not,
     * little, and in a text without questions nothing.
     */
    static double[][] fit(SideFeatures source, SideFeatures target, List<int[]> pairs, List<int[]> neighbours,
            double weight) {
        double[][] out = new double[2][MAX_DIFFERENCE + 1];
        for (int kind = 0; kind < 2; kind++) {
            int[] paired = new int[MAX_DIFFERENCE + 1];
            int[] neighbouring = new int[MAX_DIFFERENCE + 1];
            for (int[] p : pairs) {
                paired[difference(kind == 0 ? source.questions : source.exclamations,
                        kind == 0 ? target.questions : target.exclamations, p)]++;
            }
            for (int[] p : neighbours) {
                neighbouring[difference(kind == 0 ? source.questions : source.exclamations,
                        kind == 0 ? target.questions : target.exclamations, p)]++;
            }
            for (int d = 0; d <= MAX_DIFFERENCE; d++) {
                double inPairs = (paired[d] + 1.0) / (pairs.size() + MAX_DIFFERENCE + 1);
                double inNeighbours = (neighbouring[d] + 1.0) / (neighbours.size() + MAX_DIFFERENCE + 1);
                out[kind][d] = weight * Math.log(inPairs / inNeighbours);
                if (d > 0) {
                    out[kind][d] = Math.min(Math.min(0, out[kind][d]), out[kind][d - 1]);
                }
            }
        }
        return out;
    }

    /** The difference in marks between source sentences [span[0], span[1]) and target sentences [span[2], span[3]), at most {@link #MAX_DIFFERENCE}. */
    private static int difference(int[] sourceMarks, int[] targetMarks, int[] span) {
        int d = 0;
        for (int i = span[0]; i < span[1]; i++) {
            d += sourceMarks[i];
        }
        for (int j = span[2]; j < span[3]; j++) {
            d -= targetMarks[j];
        }
        return Math.min(MAX_DIFFERENCE, Math.abs(d));
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
        int q = 0;
        int e = 0;
        for (int i = s; i < s + a; i++) {
            q += source.questions[i];
            e += source.exclamations[i];
        }
        for (int j = t; j < t + b; j++) {
            q -= target.questions[j];
            e -= target.exclamations[j];
        }
        double cut = source.suspectCut[s + a - 1] != target.suspectCut[t + b - 1] ? suspectCutWeight : 0;
        if (fitted != null) {
            return fitted[0][Math.min(MAX_DIFFERENCE, Math.abs(q))] + fitted[1][Math.min(MAX_DIFFERENCE, Math.abs(e))]
                    - cut;
        }
        return -weight * (Math.min(MAX_DIFFERENCE, Math.abs(q)) + Math.min(MAX_DIFFERENCE, Math.abs(e))) - cut;
    }
}
