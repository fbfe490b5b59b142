package org.visavis.lang;

import java.util.List;
import java.util.Locale;

/**
 * The lemmatizer for languages nothing better is known for: every word is its own lemma,
 * lowercased. {@code lemmas("Casa")} gives {@code [casa]}.
 */
public final class LowercaseLemmatizer implements Lemmatizer {
    @Override
    public List<String> lemmas(String word) {
        return List.of(word.toLowerCase(Locale.ROOT));
    }
}
