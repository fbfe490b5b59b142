package org.visavis.align;

import java.util.List;

/**
 * A bead that ends inside a parenthesis on one side only. Segmentation rules cut at a colon or an
 * abbreviation inside brackets ("Monica Jackson and Elizabeth Stark, « Tents in the Clouds »
 * (London:" / "Collins 1956), flott geschrieben ..."), so that a sentence leaves a parenthesis
 * open that one of the next {@link #LOOKAHEAD} sentences closes: the bead boundary after it is
 * then most likely wrong where the other side's boundary is not inside a parenthesis as well. A
 * parenthetical cut the same way on both sides (an aside of three sentences in both) costs
 * nothing; 1-0 and 0-1 beads score 0.
 *
 * <p>{@code score(s, a, t, b)} is {@code -weight} when exactly one of the last source sentence
 * {@code s + a - 1} and the last target sentence {@code t + b - 1} is inside an open parenthesis.
 */
final class BracketScorer implements BeadScorer {

    /**
     * A parenthesis left open counts only when one of this many following sentences closes it:
     * one never closed (a stray "(" of a scan, a list item "1)") says nothing about the boundaries.
     */
    static final int LOOKAHEAD = 3;

    private final boolean[] sourceOpen;
    private final boolean[] targetOpen;
    private final double weight;

    BracketScorer(List<String> source, List<String> target, double weight) {
        this.sourceOpen = insideParenthesis(source);
        this.targetOpen = insideParenthesis(target);
        this.weight = weight;
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

    @Override
    public boolean scoresOneSided() {
        return false;
    }

    @Override
    public double score(int s, int a, int t, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return sourceOpen[s + a - 1] != targetOpen[t + b - 1] ? -weight : 0;
    }
}
