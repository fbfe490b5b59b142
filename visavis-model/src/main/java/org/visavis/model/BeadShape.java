package org.visavis.model;

/**
 * How many sentences of each side a bead holds: {@code 2-1} is two source sentences paired with
 * one target sentence, {@code 1-0} a source sentence with no counterpart. Formats write the
 * {@link #toString() notation} ("1-1", "2-1", ...).
 *
 * <pre>{@code
 * BeadShape.of(2, 1).toString();                 // "2-1"
 * bead.shape().equals(BeadShape.ONE_ONE);        // a plain one-to-one pair
 * }</pre>
 */
public record BeadShape(int source, int target) {

    /** One sentence paired with one: the usual bead. */
    public static final BeadShape ONE_ONE = new BeadShape(1, 1);
    /** A source sentence with no counterpart. */
    public static final BeadShape ONE_ZERO = new BeadShape(1, 0);
    /** A target sentence with no counterpart. */
    public static final BeadShape ZERO_ONE = new BeadShape(0, 1);
    /** Two source sentences translated as one (a merge). */
    public static final BeadShape TWO_ONE = new BeadShape(2, 1);
    /** One source sentence translated as two (a split). */
    public static final BeadShape ONE_TWO = new BeadShape(1, 2);

    public BeadShape {
        if (source < 0 || target < 0 || source + target == 0) {
            throw new IllegalArgumentException("a bead shape needs sentences: " + source + "-" + target);
        }
    }

    public static BeadShape of(int source, int target) {
        return new BeadShape(source, target);
    }

    /** Whether one side is empty (1-0, 0-1). */
    public boolean isOneSided() {
        return source == 0 || target == 0;
    }

    /** The notation the formats write: source count, a hyphen, target count ("2-1"). */
    @Override
    public String toString() {
        return source + "-" + target;
    }
}
