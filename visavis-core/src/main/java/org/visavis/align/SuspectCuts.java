package org.visavis.align;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A bead that ends, on one side only, where the segmentation probably cut a sentence in two. Rules
 * cut at a colon or an abbreviation point inside brackets ("Monica Jackson and Elizabeth Stark,
 * « Tents in the Clouds » (London:" / "Collins 1956), flott geschrieben ...") and after an initial
 * ("Erstersteigung 1933 durch B.M." / "Abalakow, seitdem wiederholt besucht."), and an aligner
 * that takes those cuts for bead boundaries splits a 3-2 or 2-2 bead into wrong smaller ones. Two
 * kinds of sentence end are suspect: inside a parenthesis that one of the next {@link #LOOKAHEAD}
 * sentences closes, and an initial: a single capital letter and a point (not I, V or X: the
 * English pronoun, "CHAPITRE V."), or after another word a capital, a small letter and a point
 * ("Leiter Ch." / "Evans, Gipfelmannschaften ..."). {@link PunctuationScorer} charges a bead
 * whose last sentence ends so on one side and not on the other; cut the same way on both sides (an
 * aside of three sentences in both) it costs nothing.
 *
 * <pre>{@code
 * SuspectCuts.suspectEnds(List.of("durch B.M .", "( London :", "Collins ) ."));  // [true, true, false]
 * }</pre>
 */
final class SuspectCuts {

    /**
     * A parenthesis left open counts only when one of this many following sentences closes it:
     * one never closed (a stray "(" of a scan, a list item "1)") says nothing about the boundaries.
     */
    static final int LOOKAHEAD = 3;

    /**
     * A sentence ending with an initial: a capital letter on its own (not I, V, X) and a point, or
     * after another word a capital and a small letter and a point ("Leiter Ch.", of Charles).
     */
    private static final Pattern INITIAL_END =
            Pattern.compile("(^|[\\s.\\-])[\\p{Lu}&&[^IVX]]\\s*\\.\\s*$|\\S\\s+\\p{Lu}\\p{Ll}\\s*\\.\\s*$");

    private SuspectCuts() {
    }

    /** For each sentence, whether it ends inside a parenthesis or with an initial. */
    static boolean[] suspectEnds(List<String> sentences) {
        boolean[] out = insideParenthesis(sentences);
        for (int i = 0; i < out.length; i++) {
            out[i] |= endsWithInitial(sentences.get(i));
        }
        return out;
    }

    static boolean endsWithInitial(String sentence) {
        return INITIAL_END.matcher(sentence).find();
    }

    /**
     * For each sentence, whether a parenthesis (round or square) is open at its end: opened in it
     * or before it, and closed by one of the next {@link #LOOKAHEAD} sentences. A sentence that
     * opens one and ends with a question or exclamation mark does not count: segmentation cuts
     * there rightly, inside an aside of several sentences that its translation may cut
     * elsewhere ("(Quelle idée ! / Faire la révérence en l'air ! / Dites-moi ... ?)" in Alice).
     */
    static boolean[] insideParenthesis(List<String> sentences) {
        int n = sentences.size();
        boolean[] opens = new boolean[n];
        boolean[] closes = new boolean[n];
        for (int i = 0; i < n; i++) {
            String text = sentences.get(i);
            int depth = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    if (depth > 0) {
                        depth--;
                    } else {
                        closes[i] = true;
                    }
                }
            }
            opens[i] = depth > 0 && !endsQuestionOrExclamation(text);
        }
        boolean[] inside = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!opens[i]) {
                continue;
            }
            for (int j = i + 1; j < Math.min(n, i + 1 + LOOKAHEAD); j++) {
                if (closes[j]) {
                    for (int x = i; x < j; x++) {
                        inside[x] = true;
                    }
                    break;
                }
            }
        }
        return inside;
    }

    /** A question or an exclamation ends a sentence even inside an aside of several ("(Quelle idée !"). */
    private static boolean endsQuestionOrExclamation(String text) {
        String t = text.strip();
        return !t.isEmpty() && (t.charAt(t.length() - 1) == '!' || t.charAt(t.length() - 1) == '?');
    }

}
