package org.visavis.terms;

import java.util.List;

/**
 * A word or phrase of a sentence that may be a term: its lemmas ({@code key}, e.g. "lutte
 * revendicatif"), the sorted lemmas of its nouns and adjectives ({@code contentKey}: "contributeurs
 * Debian" and "contributeurs à Debian" share "contributeur debian"), its text as written ("luttes revendicatives") and its tokens
 * {@code [firstToken, endToken)}.
 */
public record CandidateTerm(String key, String contentKey, String surface, int firstToken, int endToken) {

    public int length() {
        return endToken - firstToken;
    }

    /** The lemmas one by one. */
    public List<String> lemmas() {
        return List.of(key.split(" "));
    }

    /** True when this candidate's lemmas are a contiguous part of the other's (or the same). */
    public static boolean overlaps(String key, String other) {
        String a = " " + key + " ";
        String b = " " + other + " ";
        return a.contains(b) || b.contains(a);
    }
}
