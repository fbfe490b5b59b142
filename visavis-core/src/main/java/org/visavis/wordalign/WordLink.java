package org.visavis.wordalign;

/**
 * A source token and a target token that render each other, with the model's confidence in the
 * link (0..1, the mean of the two directions' posterior probabilities).
 */
public record WordLink(int source, int target, double confidence) {
}
