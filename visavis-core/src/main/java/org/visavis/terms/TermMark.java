package org.visavis.terms;

/**
 * Characters {@code [start, end)} of a sentence where a glossary term occurs, and whether the
 * glossary approves or forbids it there. {@code new TermMark(4, 10, TermMark.Kind.TERM, "paquet")}.
 */
public record TermMark(int start, int end, Kind kind, String surface) {
    /** A glossary term (source, or an approved rendering) or a rendering the glossary forbids. */
    public enum Kind { TERM, FORBIDDEN }

    public TermMark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
        }
    }
}
