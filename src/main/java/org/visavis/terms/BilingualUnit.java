package org.visavis.terms;

import java.util.Objects;

/** A source text and its translation, e.g. the two sides of bead {@code index}. */
public record BilingualUnit(int index, String source, String target) {
    public BilingualUnit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
