package org.visavis.wordalign;

/**
 * Tokens {@code [start, end)} of one side of a sentence pair.
 *
 * <pre>{@code
 * new Span(1, 3).length();   // 2: tokens 1 and 2
 * }</pre>
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 <= start < end: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int token) {
        return token >= start && token < end;
    }
}
