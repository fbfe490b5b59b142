package org.visavis.align;

/**
 * Question and exclamation marks survive translation more often than not: each mark on one side
 * without a counterpart on the other costs {@code weight}. A bead that ends on one side only
 * where the segmentation probably cut a sentence in two ({@link SuspectCuts}: inside brackets,
 * after an initial) costs {@code suspectCutWeight}. 1-0 and 0-1 beads score 0.
 */
final class PunctuationScorer implements BeadScorer {

    private final SideFeatures source;
    private final SideFeatures target;
    private final double weight;
    private final double suspectCutWeight;

    PunctuationScorer(SideFeatures source, SideFeatures target, double weight, double suspectCutWeight) {
        this.source = source;
        this.target = target;
        this.weight = weight;
        this.suspectCutWeight = suspectCutWeight;
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
        return -weight * (Math.min(3, Math.abs(q)) + Math.min(3, Math.abs(e))) - cut;
    }
}
