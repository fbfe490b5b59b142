package org.visavis.terms;

import java.util.List;
import org.visavis.lang.TaggedToken;

/**
 * A term occurrence that is the name of something rather than the word, which the translation
 * rightly keeps as written: a command named by its manual page ("free(1)", "login(1)", "view(1)":
 * whatever the translation has there is no rendering of the word).
 */
final class KeptName {

    private KeptName() {
    }

    /** Why the occurrence's deviation is a name kept as written, or null. */
    static String reason(Occurrence o) {
        List<TaggedToken> source = o.unit().from().tokens();
        if (manualPage(source, o.term().endToken())) {
            return "a command's name, written with its manual page section ('free(1)')";
        }
        return null;
    }

    /** True when tokens from {@code end} on are a manual page section glued to the word before: "(1)", "(8)". */
    static boolean manualPage(List<TaggedToken> tokens, int end) {
        return end + 2 < tokens.size() && tokens.get(end).text().equals("(") && !tokens.get(end).spaceBefore()
                && tokens.get(end + 1).text().matches("\\d[\\p{Alnum}]{0,3}") && tokens.get(end + 2).text().equals(")");
    }
}
