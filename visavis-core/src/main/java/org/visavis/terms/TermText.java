package org.visavis.terms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.WordClass;

/**
 * What consistency discovery asks of a term's words: their stems (inflection aside), whether they
 * are placeholders, abbreviations, part of a code or file name, or a coordinated modifier.
 */
final class TermText {
    /** Metasyntactic names of examples, which translators rightly adapt ("foo" → "toto"). */
    private static final Set<String> PLACEHOLDERS = Set.of("foo", "bar", "baz", "qux", "quux", "foobar", "toto",
            "titi", "tata", "tutu", "plop", "hoge", "fuga", "piyo", "bla");
    private static final String PLACEHOLDER_STEM = "\u2039placeholder\u203a";
    private static final int STEM_LENGTH = 12;
    private static final String CODE_JOINERS = "/._@:\\=~";

    private TermText() {
    }

    /**
     * A crude stem, the same for the plural and singular of a word in the languages of Europe:
     * lower case, accents and hyphens removed, a final s or x dropped, at most twelve letters.
     * "packages" and "package" → "package"; "mises" and "mise" → "mise"; "e-mail" → "email"; but
     * "developed" and "developers" differ (lemmas cover the other inflections).
     */
    static String stem(String word) {
        String w = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("[\\p{M}\\p{Pd}]+", "");
        if (PLACEHOLDERS.contains(w)) {
            return PLACEHOLDER_STEM;
        }
        if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w;
    }

    static Set<String> stems(Collection<String> words) {
        Set<String> out = new TreeSet<>();
        for (String w : words) {
            if (!w.isBlank()) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** True when two texts have the same words, inflection and case aside ("Shells" and "shell", "WARNINGS" and "Warning"). */
    static boolean sameWords(String a, String b) {
        return stems(List.of(a.split("[^\\p{L}\\p{N}]+"))).equals(stems(List.of(b.split("[^\\p{L}\\p{N}]+"))));
    }

    /**
     * True when two texts are the same words in the same order, spelled alike, case and a plural's
     * -s or -x aside ("Table" and "tables"; not "rôle" and "role", nor "code source" and "source code").
     */
    static boolean sameSpelling(String a, String b) {
        return spelling(a).equals(spelling(b));
    }

    private static List<String> spelling(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

    /** True when a word of {@code text} is of the word family of a word of {@code other} ({@link #sameFamily}). */
    static boolean wordOfFamily(String text, String other) {
        for (String a : text.split("[^\\p{L}\\p{N}]+")) {
            for (String b : other.split("[^\\p{L}\\p{N}]+")) {
                if (!a.isEmpty() && !b.isEmpty() && sameFamily(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when two different words of one language are of one word family: accents and case
     * aside, they share a beginning of five letters or more and two thirds of the shorter
     * ("developer"/"development", "package"/"packaging", "author"/"authorities"), and are not
     * one word's inflections (same stem).
     */
    static boolean sameFamily(String a, String b) {
        String x = Normalizer.normalize(a.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String y = Normalizer.normalize(b.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (stem(x).equals(stem(y))) {
            return false;
        }
        int n = Math.min(x.length(), y.length());
        int common = 0;
        while (common < n && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common >= 5 && common * 3 >= n * 2 && Character.isLetter(x.charAt(0));
    }

    /**
     * True when a sentence looks like a heading: eight words at most, no closing punctuation, and
     * most of its words (of three letters or more) capitalised ("Installing Packages", "Checking
     * Package Authenticity").
     */
    static boolean looksLikeTitle(List<TaggedToken> tokens) {
        int words = 0;
        int long3 = 0;
        int capitalised = 0;
        for (TaggedToken t : tokens) {
            if (t.isWord()) {
                words++;
                if (t.text().length() >= 3) {
                    long3++;
                    capitalised += Character.isUpperCase(t.text().codePointAt(0)) ? 1 : 0;
                }
            }
        }
        if (words == 0 || words > 8) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).text();
        return !last.matches("[.!?:;]") && capitalised * 2 > long3;
    }

    static boolean hasPlaceholder(Collection<String> wordsOrStems) {
        for (String w : wordsOrStems) {
            if (w.equals(PLACEHOLDER_STEM) || PLACEHOLDERS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "DFSG", "APT", "LTS", "CDs": two capitals or more and no lower case letter but a plural s. */
    static boolean isAbbreviation(String text) {
        String t = text.strip();
        if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        }
        long capitals = t.codePoints().filter(Character::isUpperCase).count();
        return capitals >= 2 && t.length() <= 8 && t.codePoints().noneMatch(Character::isLowerCase)
                && t.codePoints().noneMatch(Character::isWhitespace);
    }

    /**
     * True when the words of tokens {@code [first, end)} are all capitalised, not only as the
     * first of a sentence: part of a name or a title ("Software in the Public Interest", "Debian Package Tracker"), which is rendered as
     * the name is, not as the term.
     */
    static boolean isName(List<TaggedToken> tokens, int first, int end) {
        boolean capitalised = false;
        for (int k = first; k < end; k++) {
            TaggedToken t = tokens.get(k);
            if (!t.isWord() || t.wordClass().isFunctionWord()) {
                continue;
            }
            if (!Character.isUpperCase(t.text().codePointAt(0)) || isAbbreviation(t.text())) {
                return false;
            }
            capitalised |= !(k == 0 || tokens.get(k - 1).text().matches("[.!?:;«“\"(\\[]")
                    || afterLabel(tokens, k));
        }
        return capitalised;
    }

    /**
     * True when the word at {@code k} follows a label in capitals that opens the sentence ("POUR
     * ALLER PLUS LOIN Comparaison de versions", "NOTE Le paquet"): it begins the sentence proper.
     */
    private static boolean afterLabel(List<TaggedToken> tokens, int k) {
        int j = k - 1;
        while (j >= 0 && tokens.get(j).isWord() && tokens.get(j).text().codePoints().noneMatch(Character::isLowerCase)
                && tokens.get(j).text().codePoints().anyMatch(Character::isLetter)) {
            j--;
        }
        return j < 0 && j < k - 1;
    }

    /**
     * True when two renderings are one written two ways: a compound closed, open or hyphenated
     * ("file name", "filename", "file-names"), or one a clipping or the initials of the other
     * ("regex" for "regular expression", "symlink" for "symbolic link", "DFSG").
     */
    static boolean sameWritten(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (stem(String.join("", x)).equals(stem(String.join("", y)))
                && singular(String.join("", x)).equals(singular(String.join("", y)))) {
            return true;
        }
        return x.size() == 1 && y.size() > 1 && clipping(singular(x.get(0)), y, 0)
                || y.size() == 1 && x.size() > 1 && clipping(singular(y.get(0)), x, 0);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : plain(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String plain(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    private static String singular(String w) {
        return w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w;
    }

    /** True when {@code s} is non-empty prefixes of {@code words[from..]}, one each, in order. */
    private static boolean clipping(String s, List<String> words, int from) {
        if (from == words.size()) {
            return s.isEmpty();
        }
        if (s.isEmpty()) {
            return false;
        }
        String w = words.get(from);
        for (int k = Math.min(w.length(), s.length()); k >= 1; k--) {
            if (w.regionMatches(0, s, 0, k) && clipping(s.substring(k), words, from + 1)) {
                return true;
            }
        }
        return false;
    }

    /** True for a word a term's rendering may begin or end with: a noun, adjective or unknown word. */
    static boolean isTermWord(TaggedToken t) {
        WordClass c = t.wordClass();
        return t.isWord() && (c.isNominal() || c == WordClass.ADJECTIVE || c == WordClass.UNKNOWN);
    }

    /** True for a word that carries meaning: not punctuation, not a function word. */
    static boolean isContent(TaggedToken t) {
        return t.isWord() && !t.wordClass().isFunctionWord() && t.wordClass() != WordClass.PUNCTUATION;
    }

    /**
     * True when tokens {@code [first, end)} are part of a code, file, package or command name:
     * glued without a space to a neighbour by a character such as / . _ @ ("install.patch",
     * "GNU/Linux system", "foo_bar").
     */
    static boolean gluedToCode(List<TaggedToken> tokens, int first, int end) {
        if (first > 0 && !tokens.get(first).spaceBefore()) {
            TaggedToken before = tokens.get(first - 1);
            if (before.isWord() && !elided(before) || isJoiner(before) && first > 1 && !before.spaceBefore()) {
                return true;
            }
        }
        if (end < tokens.size() && !tokens.get(end).spaceBefore()) {
            TaggedToken after = tokens.get(end);
            if (after.isWord() && !clitic(after) || isJoiner(after) && end + 1 < tokens.size() && !tokens.get(end + 1).spaceBefore()
                    && tokens.get(end + 1).isWord()) {
                return true;
            }
        }
        for (int k = first; k < end; k++) {
            String s = tokens.get(k).text();
            if (s.chars().anyMatch(ch -> CODE_JOINERS.indexOf(ch) >= 0) && s.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** A word elided before the next one, written with an apostrophe: "l'", "d’", "qu'". */
    private static boolean elided(TaggedToken t) {
        String s = t.text();
        return s.length() > 1 && (s.endsWith("'") || s.endsWith("’"));
    }

    /** A clitic written against the word before it: "'s", "’s", "'ll", "n't". */
    private static boolean clitic(TaggedToken t) {
        String s = t.text();
        return s.length() > 1 && (s.startsWith("'") || s.startsWith("’") || s.equalsIgnoreCase("n't"));
    }

    private static boolean isJoiner(TaggedToken t) {
        return t.text().length() == 1 && CODE_JOINERS.indexOf(t.text().charAt(0)) >= 0;
    }

    /**
     * True when the term's first word is coordinated with a word before it, or its last with one
     * after it: "binary and source packages", "paquets binaires et sources", where the rendering of
     * one term is shared with another.
     */
    static boolean coordinated(List<TaggedToken> tokens, int first, int end) {
        if (first >= 2 && tokens.get(first - 1).wordClass() == WordClass.CONJUNCTION
                && isTermWord(tokens.get(first - 2))) {
            return true;
        }
        // after the term, a coordinate shares its head ("paquets binaires et sources"); one
        // followed by a common noun is a noun phrase of its own ("the home directory and set
        // access permissions", where the tagger reads "set" as a noun)
        return end + 1 < tokens.size() && tokens.get(end).wordClass() == WordClass.CONJUNCTION
                && isTermWord(tokens.get(end + 1))
                && (end + 2 >= tokens.size() || tokens.get(end + 2).wordClass() != WordClass.NOUN);
    }
}
