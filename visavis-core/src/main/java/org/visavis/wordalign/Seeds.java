package org.visavis.wordalign;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the aligner knows before training: word pairs from a dictionary, and whether identical
 * strings (names, commands, numbers) and cognates ("distribution"/"distribution",
 * "paquetage"/"package" are not, "installation"/"installation", "configurer"/"configure" are) count
 * as likely translations. A seeded pair starts with a higher probability and keeps a pseudo-count
 * through training, which matters most for rare words in small projects.
 *
 * <pre>{@code
 * Seeds seeds = Seeds.of(List.of(new Seeds.Pair("paquet", "package")));
 * seeds.strength("paquet", "package");          // 1.0  (dictionary)
 * seeds.strength("configurer", "configure");     // 0.5  (cognate)
 * }</pre>
 */
public final class Seeds {
    static final double DICTIONARY = 1.0;
    static final double IDENTICAL = 1.0;
    static final double COGNATE = 0.5;
    private static final int MIN_COGNATE_LETTERS = 4;

    /** One dictionary pair, source word first, in the form the sentence pairs use. */
    public record Pair(String source, String target) {
    }

    private static final Seeds NONE = new Seeds(Set.of(), false);

    private final Set<String> dictionary;
    private final Set<Pair> pairs;
    private final boolean stringsAndCognates;

    private Seeds(Set<Pair> pairs, boolean stringsAndCognates) {
        this.pairs = Set.copyOf(pairs);
        Set<String> keys = new HashSet<>();
        for (Pair p : pairs) {
            keys.add(key(p.source(), p.target()));
        }
        this.dictionary = Set.copyOf(keys);
        this.stringsAndCognates = stringsAndCognates;
    }

    /** The dictionary pairs. */
    Set<Pair> pairs() {
        return pairs;
    }

    boolean usesStringsAndCognates() {
        return stringsAndCognates;
    }

    /** Nothing known: plain EM. */
    public static Seeds none() {
        return NONE;
    }

    /** Identical strings and cognates only. */
    public static Seeds stringsAndCognates() {
        return new Seeds(Set.of(), true);
    }

    /** A dictionary, and identical strings and cognates. */
    public static Seeds of(Collection<Pair> pairs) {
        return new Seeds(new HashSet<>(pairs), true);
    }

    /** How strongly the two words are expected to render each other: 0 (nothing known) to 1. */
    public double strength(String source, String target) {
        if (!dictionary.isEmpty() && dictionary.contains(key(source, target))) {
            return DICTIONARY;
        }
        if (!stringsAndCognates) {
            return 0;
        }
        if (source.equals(target)) {
            return source.codePoints().anyMatch(Character::isLetterOrDigit) ? IDENTICAL : 0;
        }
        return cognates(source, target) ? COGNATE : 0;
    }

    /**
     * True when two words of four letters or more share, accents aside, a prefix of at least four
     * letters and two thirds of the shorter word: "configurer"/"configure", "système"/"system".
     */
    static boolean cognates(String a, String b) {
        if (a.length() < MIN_COGNATE_LETTERS || b.length() < MIN_COGNATE_LETTERS) {
            return false;
        }
        return cognatesPlain(plain(a), plain(b));
    }

    /** {@link #cognates} on words already lower case and without accents ({@link #plain}). */
    static boolean cognatesPlain(String x, String y) {
        if (x.length() < MIN_COGNATE_LETTERS || y.length() < MIN_COGNATE_LETTERS) {
            return false;
        }
        int n = Math.min(x.length(), y.length());
        int common = 0;
        while (common < n && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common >= MIN_COGNATE_LETTERS && common * 3 >= n * 2 && Character.isLetter(x.charAt(0));
    }

    static String plain(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "");
    }

    private static String key(String source, String target) {
        return source + '\t' + target;
    }
}
