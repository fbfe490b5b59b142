package org.visavis.align;

import java.util.List;

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
     * after another word a capital and a small letter and a point ("Leiter Ch.", of Charles). The
     * rule as a regular expression, which {@link #endsWithInitial} reads from the end instead of
     * trying at every position of the sentence (a tenth of the aligner's CPU on a long book).
     */
    static final String INITIAL_END =
            "(^|[\\s.\\-])[\\p{Lu}&&[^IVX]]\\s*\\.\\s*$|\\S\\s+\\p{Lu}\\p{Ll}\\s*\\.\\s*$";

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

    /**
     * Whether the sentence matches {@link #INITIAL_END}: from its end, white space (\s, the ASCII
     * kind), a point, white space, then the letter before: a capital alone after the start, white
     * space, a point or a hyphen; or a small letter after a capital, white space and another word.
     */
    static boolean endsWithInitial(String sentence) {
        int end = sentence.length();
        // $ also matches before a last line terminator that \s does not cover
        if (end > 0 && isLineEndOnly(sentence.charAt(end - 1))) {
            end--;
        }
        int point = skipSpaceBack(sentence, end);
        if (point == 0 || sentence.charAt(point - 1) != '.') {
            return false;
        }
        int afterLetter = skipSpaceBack(sentence, point - 1);
        if (afterLetter == 0) {
            return false;
        }
        int letter = Character.codePointBefore(sentence, afterLetter);
        int atLetter = afterLetter - Character.charCount(letter);
        int type = Character.getType(letter);
        if (type == Character.UPPERCASE_LETTER) {
            return letter != 'I' && letter != 'V' && letter != 'X'
                    && (atLetter == 0 || isSpaceOrPointOrHyphen(Character.codePointBefore(sentence, atLetter)));
        }
        if (type != Character.LOWERCASE_LETTER || atLetter == 0) {
            return false;
        }
        int capital = Character.codePointBefore(sentence, atLetter);
        if (Character.getType(capital) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int atCapital = atLetter - Character.charCount(capital);
        int word = skipSpaceBack(sentence, atCapital);
        return word < atCapital && word > 0;
    }

    /** The index after the last character before {@code end} that is not regex white space (\s). */
    private static int skipSpaceBack(String text, int end) {
        int i = end;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** \s without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isSpaceOrPointOrHyphen(int c) {
        return isSpace(c) || c == '.' || c == '-';
    }

    /** Line terminators of java.util.regex that are not \s (\n and \r are). */
    private static boolean isLineEndOnly(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
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
