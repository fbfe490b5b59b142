package org.visavis.terms;

import java.util.Objects;

/**
 * A source text and its translation, e.g. the two sides of bead {@code index}, with the sentence
 * aligner's confidence in the pairing (1 when it is not known or confirmed by a person).
 */
public record BilingualUnit(int index, String source, String target, double confidence) {
    public BilingualUnit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    public BilingualUnit(int index, String source, String target) {
        this(index, source, target, 1.0);
    }
}
