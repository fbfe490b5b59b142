package org.visavis.align;

/**
 * One kind of evidence about a candidate bead: source sentences {@code [s, s + a)} paired with
 * target sentences {@code [t, t + b)}. Scores are log-likelihood ratios: positive when the evidence
 * speaks for the bead, negative against; the search adds up the scores of all scorers. A length
 * scorer gives {@code score(4, 1, 5, 1)} near 0 for two sentences of matching length and a large
 * negative value for a 10-character sentence against a 300-character one.
 */
public interface BeadScorer {

    double score(int s, int a, int t, int b);

    /**
     * False when {@link #score} is 0 for every 1-0, 0-1 (and 2-0, 0-3...) bead: the search then
     * skips this scorer on those beads, close to half of the beads it weighs.
     */
    default boolean scoresOneSided() {
        return true;
    }

    /**
     * True when {@link #score} depends on the bead's shape alone ({@code a}, {@code b}), not on
     * where it is: the search then scores each one-sided shape once, not once per cell.
     */
    default boolean shapeOnly() {
        return false;
    }

    /** True when {@link #score} is 0 for every bead (evidence the documents lack): the search skips this scorer. */
    default boolean silent() {
        return false;
    }
}
