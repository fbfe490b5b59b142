package org.visavis.checks;

import java.util.List;
import org.visavis.lang.TaggedToken;

/**
 * What the spelling checks leave alone: passages in another language (most of a sentence's words
 * unknown to the text's tagger, as an English quotation in a French text) and code or command
 * names ("apt-get", "--organize", "colour_map", "config.colour", "setColor").
 *
 * <pre>{@code
 * WordContext.isForeign(tagger.tag("Self-organisation is the first act."));   // true in a French text
 * WordContext.isCode(tokens, k);                                           // true for "colour" in "colour_map"
 * }</pre>
 */
final class WordContext {
    private static final int MIN_WORDS = 4;
    private static final double KNOWN_SHARE = 0.5;
    private static final String CODE_NEIGHBOURS = "/._=$@<>:\\`";

    private WordContext() {
    }

    /** True for a sentence of at least four words, most of them unknown to the tagger that tagged it. */
    static boolean isForeign(List<TaggedToken> tokens) {
        int words = 0;
        int known = 0;
        for (TaggedToken t : tokens) {
            if (t.isWord() && t.text().codePoints().anyMatch(Character::isLetter)
                    && !Character.isUpperCase(t.text().codePointAt(0))) {
                words++;
                if (t.isKnown()) {
                    known++;
                }
            }
        }
        return words >= MIN_WORDS && known < words * KNOWN_SHARE;
    }

    /** True when token {@code k} is a piece of code: glued to a path, option, variable or dotted name. */
    static boolean isCode(List<TaggedToken> tokens, int k) {
        TaggedToken t = tokens.get(k);
        String s = t.text();
        if (s.startsWith("-") || s.contains("_") || s.codePoints().anyMatch(Character::isDigit)
                || s.codePoints().skip(1).anyMatch(Character::isUpperCase) && !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        if (k > 0 && !t.spaceBefore() && isCodeMark(tokens.get(k - 1))) {
            return true;
        }
        return k + 1 < tokens.size() && !tokens.get(k + 1).spaceBefore() && isCodeMark(tokens.get(k + 1))
                && k + 2 < tokens.size() && !tokens.get(k + 2).spaceBefore() && tokens.get(k + 2).isWord();
    }

    private static boolean isCodeMark(TaggedToken t) {
        String s = t.text();
        return s.equals("--") || s.length() == 1 && CODE_NEIGHBOURS.contains(s);
    }
}
