package org.visavis.align;

/**
 * Paragraph boundaries as soft anchors: a bead that starts a paragraph on one side but not on
 * the other costs {@code weight}. Silent when either document has no paragraph structure
 * (sentences one per line).
 */
final class ParagraphScorer implements BeadScorer {

    private final SideFeatures source;
    private final SideFeatures target;
    private final double weight;

    ParagraphScorer(SideFeatures source, SideFeatures target, double weight) {
        this.source = source;
        this.target = target;
        this.weight = weight;
    }

    @Override
    public boolean scoresOneSided() {
        return false;
    }

    @Override
    public boolean silent() {
        return !source.paragraphed || !target.paragraphed;
    }

    @Override
    public double score(int s, int a, int t, int b) {
        if (a == 0 || b == 0 || !source.paragraphed || !target.paragraphed) {
            return 0;
        }
        double cost = 0;
        if (source.paragraphStart[s] != target.paragraphStart[t]) {
            cost -= weight;
        }
        // A paragraph boundary inside the bead on one side only is suspicious too.
        boolean innerS = false;
        for (int i = s + 1; i < s + a; i++) {
            innerS |= source.paragraphStart[i];
        }
        boolean innerT = false;
        for (int j = t + 1; j < t + b; j++) {
            innerT |= target.paragraphStart[j];
        }
        if (innerS != innerT) {
            cost -= weight / 2;
        }
        return cost;
    }
}
