package org.visavis.checks;

import java.util.List;
import org.visavis.lang.TaggedToken;

/**
 * What the spelling checks leave alone besides other languages ({@link ForeignWords}): code or
 * command names ("apt-get", "--organize", "colour_map", "config.colour", "setColor").
 *
 * <pre>{@code
 * WordContext.isCode(tokens, k);                                           // true for "colour" in "colour_map"
 * }</pre>
 */
final class WordContext {
    private static final String CODE_NEIGHBOURS = "/._=$@<>:\\`";

    private WordContext() {
    }

    /**
     * True when token {@code k} is a piece of code: glued to a path, option, variable or dotted
     * name, or a part of a hyphenated name the tagger did not take as one word and one of whose
     * parts it does not know ("reference" in the package name "debian-reference", "thai" in
     * "ibus-table-thai"; "pseudo-systèmes" is one word of the dictionary).
     */
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
        if (k + 1 < tokens.size() && !tokens.get(k + 1).spaceBefore() && isCodeMark(tokens.get(k + 1))
                && k + 2 < tokens.size() && !tokens.get(k + 2).spaceBefore() && tokens.get(k + 2).isWord()) {
            return true;
        }
        return inHyphenatedNameWithUnknownPart(tokens, k);
    }

    private static boolean inHyphenatedNameWithUnknownPart(List<TaggedToken> tokens, int k) {
        int first = k;
        while (first >= 2 && !tokens.get(first).spaceBefore() && isHyphen(tokens.get(first - 1))
                && !tokens.get(first - 1).spaceBefore() && tokens.get(first - 2).isWord()) {
            first -= 2;
        }
        int last = k;
        while (last + 2 < tokens.size() && isHyphen(tokens.get(last + 1)) && !tokens.get(last + 1).spaceBefore()
                && !tokens.get(last + 2).spaceBefore() && tokens.get(last + 2).isWord()) {
            last += 2;
        }
        if (first == last) {
            return false;
        }
        for (int i = first; i <= last; i += 2) {
            if (!tokens.get(i).isKnown() && tokens.get(i).text().length() > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHyphen(TaggedToken t) {
        return t.text().equals("-") || t.text().equals("\u2010") || t.text().equals("\u2011");
    }

    private static boolean isCodeMark(TaggedToken t) {
        String s = t.text();
        return s.equals("--") || s.length() == 1 && CODE_NEIGHBOURS.contains(s);
    }
}
