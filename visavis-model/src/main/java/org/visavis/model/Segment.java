package org.visavis.model;

import java.util.Objects;

/**
 * One sentence (segment) of a document and the index of the paragraph it belongs to.
 * {@code new Segment("Debian est une distribution.", 3)}.
 */
public record Segment(String text, int paragraph) {
    public Segment {
        Objects.requireNonNull(text, "text");
        if (paragraph < 0) {
            throw new IllegalArgumentException("paragraph index must be >= 0: " + paragraph);
        }
    }
}
