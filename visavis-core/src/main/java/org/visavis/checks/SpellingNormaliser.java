package org.visavis.checks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a word to a key that its spelling variants share: accents and hyphens removed
 * everywhere, and, per language, the known variant endings (English -ise/-ize, -isation/-ization,
 * -our/-or). "Self-organisation", "selforganization" and "self-organization" share
 * "selforganization".
 */
enum SpellingNormaliser {
    ENGLISH {
        // the longer endings first; the stem must be long enough that "rise" and "size" stay apart
        private final Pattern ise = Pattern.compile("(?<=[a-z]{4})is(e|es|ed|ing|ation|ations|er|ers|able|ational)$");
        private final Pattern our = Pattern.compile("(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|er|ers|less)?$");

        @Override
        String variantEndings(String word) {
            String w = ise.matcher(word).replaceAll("iz$1");
            return our.matcher(w).replaceAll("or$1");
        }
    },
    OTHER_LANGUAGE {
        @Override
        String variantEndings(String word) {
            return word;
        }
    };

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    abstract String variantEndings(String word);

    /** The key of a word: lower case, no accents, no hyphens, variant endings unified. */
    String key(String word) {
        String w = MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        w = w.replace("-", "").replace("\u2010", "").replace("\u2011", "");
        return variantEndings(w);
    }

    static String withoutAccents(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    static SpellingNormaliser forCode(String code) {
        return code.equals("en") ? ENGLISH : OTHER_LANGUAGE;
    }
}
