package org.visavis.terms;

import java.util.Objects;

/**
 * A term as a glossary writes it, in its base form, and how its case matters.
 * {@code new Term("luttes revendicatives", Casing.INSENSITIVE)} also matches "lutte revendicative".
 */
public record Term(String text, Casing casing) {
    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(casing, "casing");
        text = text.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a term cannot be empty");
        }
    }

    public static Term of(String text) {
        return new Term(text, Casing.INSENSITIVE);
    }

    @Override
    public String toString() {
        return text;
    }
}
