package org.visavis.align;

import java.util.List;
import org.visavis.model.BeadShape;

/**
 * The prior log-probability of each bead shape: 1-1 is the norm, merges and splits are rarer,
 * and a sentence with no counterpart at all (1-0, 0-1) costs most; a run of such sentences (2-0 to
 * 4-0, 0-2 to 0-4, which the search shows as single 1-0 and 0-1 beads) costs less per sentence. {@code
 * BeadTypePrior.standard(AlignerOptions.defaults()).score(0, 2, 0, 1)} is the log prior of a 2-1 bead.
 */
final class BeadTypePrior implements BeadScorer {

    /** A bead shape and its log prior. */
    record ShapePrior(BeadShape shape, double logPrior) {
        ShapePrior(int source, int target, double logPrior) {
            this(BeadShape.of(source, target), logPrior);
        }
    }

    /** The most sentences of one side in a searched shape (1-5, 5-1). */
    static final int MAX_SIZE = 5;

    private final List<ShapePrior> shapes;
    private final double[][] table = new double[MAX_SIZE + 1][MAX_SIZE + 1];

    BeadTypePrior(List<ShapePrior> shapes) {
        this.shapes = List.copyOf(shapes);
        for (double[] row : table) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (ShapePrior s : shapes) {
            table[s.shape().source()][s.shape().target()] = s.logPrior();
        }
    }

    /** The shapes searched, with the log priors of the options. */
    static BeadTypePrior standard(AlignerOptions options) {
        double oneSided = options.oneSidedPrior();
        double run = options.oneSidedRunPrior();
        double split = options.splitPrior();
        double twoTwo = options.twoTwoPrior();
        double oneThree = options.oneThreePrior();
        double rare = options.rarePrior();
        return new BeadTypePrior(List.of(
                new ShapePrior(1, 1, 0),
                new ShapePrior(1, 0, oneSided), new ShapePrior(0, 1, oneSided),
                new ShapePrior(2, 0, oneSided + run), new ShapePrior(0, 2, oneSided + run),
                new ShapePrior(3, 0, oneSided + 2 * run), new ShapePrior(0, 3, oneSided + 2 * run),
                new ShapePrior(4, 0, oneSided + 3 * run), new ShapePrior(0, 4, oneSided + 3 * run),
                new ShapePrior(1, 2, split), new ShapePrior(2, 1, split),
                new ShapePrior(2, 2, twoTwo),
                new ShapePrior(1, 3, oneThree), new ShapePrior(3, 1, oneThree),
                new ShapePrior(1, 4, rare), new ShapePrior(4, 1, rare),
                new ShapePrior(2, 3, rare), new ShapePrior(3, 2, rare), new ShapePrior(3, 3, rare),
                new ShapePrior(1, 5, rare), new ShapePrior(5, 1, rare)));
    }

    /**
     * The same priors for the shapes of at most {@code sentences} sentences in all: the first
     * pass, which only needs the confident beads and the path the second pass searches around,
     * runs on these and spends far less time on long beads that the second pass finds.
     */
    BeadTypePrior upTo(int sentences) {
        return new BeadTypePrior(shapes.stream()
                .filter(s -> s.shape().source() + s.shape().target() <= sentences).toList());
    }

    List<ShapePrior> shapes() {
        return shapes;
    }

    @Override
    public boolean shapeOnly() {
        return true;
    }

    @Override
    public double score(int s, int a, int t, int b) {
        return table[a][b];
    }
}
