package org.visavis.wordalign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain tokenisation for the word aligner when no tagger is at hand: runs of letters (with
 * inner apostrophes split off as in "l'" + "image"), runs of digits, lower case. Punctuation is
 * left out.
 *
 * <pre>{@code
 * WordTokens.of("L'image ISO de Debian 11");   // [l', image, iso, de, debian, 11]
 * }</pre>
 */
public final class WordTokens {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+['’]?|\\p{N}+");

    private WordTokens() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }
}
