package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-word term copied into the translation in the source's word order where the usual
 * rendering orders the same words otherwise: "la candidate version" where the French text says
 * "version candidate" for "candidate version". Cognates make the two share every word, so a
 * comparison of words alone takes the copy for the usual rendering; the order tells the term left
 * as it is from its rendering, in any pair of languages whose word orders differ.
 */
final class SourceOrderCopy {

    private SourceOrderCopy() {
    }

    /**
     * True when the occurrence's spotted rendering is the term as the source writes it, word for
     * word in the source's order (inflection and case aside), and the usual rendering is not.
     */
    static boolean copied(Occurrence o, String usualText) {
        CandidateTerm c = o.term();
        if (c.length() < 2 || o.spotted().isEmpty()) {
            return false;
        }
        String spotted = o.spotted().get().text();
        return sameWordsInOrder(spotted, c.surface()) && !sameWordsInOrder(usualText, c.surface());
    }

    /** True when two texts have the same words (their stems) in the same order. */
    static boolean sameWordsInOrder(String a, String b) {
        List<String> x = stems(a);
        return !x.isEmpty() && x.equals(stems(b));
    }

    private static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(TermText.stem(w));
            }
        }
        return out;
    }
}
