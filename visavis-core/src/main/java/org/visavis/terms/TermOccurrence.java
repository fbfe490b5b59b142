package org.visavis.terms;

/**
 * Where a term occurs in a sentence: tokens {@code [firstToken, endToken)} and characters
 * {@code [start, end)}, and the text as written there. "lutte revendicative" found in "Les luttes
 * revendicatives" is {@code TermOccurrence(1, 3, 4, 25, "luttes revendicatives")}.
 */
public record TermOccurrence(int firstToken, int endToken, int start, int end, String surface) {

    /** True when this occurrence lies within {@code other} and is shorter. */
    public boolean isInside(TermOccurrence other) {
        return firstToken >= other.firstToken && endToken <= other.endToken
                && (endToken - firstToken) < (other.endToken - other.firstToken);
    }
}
