package org.visavis.align;

import java.util.List;

/**
 * The prior log-probability of each bead shape: 1-1 is the norm, merges and splits are rarer,
 * and a sentence with no counterpart at all (1-0, 0-1) costs most. {@code
 * BeadTypePrior.standard().score(0, 2, 0, 1)} is the log prior of a 2-1 bead.
 */
final class BeadTypePrior implements BeadScorer {

    /** A bead shape and its log prior. */
    record Shape(int source, int target, double logPrior) {
    }

    private final List<Shape> shapes;
    private final double[][] table = new double[5][5];

    BeadTypePrior(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
        for (double[] row : table) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (Shape s : shapes) {
            table[s.source()][s.target()] = s.logPrior();
        }
    }

    static BeadTypePrior standard(double oneSided, double split, double twoTwo, double oneThree, double rare) {
        return new BeadTypePrior(List.of(
                new Shape(1, 1, 0),
                new Shape(1, 0, oneSided), new Shape(0, 1, oneSided),
                new Shape(1, 2, split), new Shape(2, 1, split),
                new Shape(2, 2, twoTwo),
                new Shape(1, 3, oneThree), new Shape(3, 1, oneThree),
                new Shape(1, 4, rare), new Shape(4, 1, rare),
                new Shape(2, 3, rare), new Shape(3, 2, rare)));
    }

    List<Shape> shapes() {
        return shapes;
    }

    @Override
    public double score(int s, int a, int t, int b) {
        return table[a][b];
    }
}
