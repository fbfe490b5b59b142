package org.visavis.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.Lemmatizer;
import org.visavis.model.Language;

class LanguageToolLemmatizerTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "fr, chevaux, cheval",
        "fr, Chevaux, cheval",
        "fr, étaient, être",
        "en, mice, mouse",
        "en, Went, go",
        "de, Häuser, haus",
        "de, ging, gehen",
        // unknown words are their own lemma, lowercased
        "fr, Nautilus, nautilus",
        "en, buildd, buildd",
    })
    void givesDictionaryForms(String language, String word, String lemma) {
        Lemmatizer lemmatizer = LanguageToolLemmatizer.forLanguage(Language.of(language)).orElseThrow();
        assertThat(lemmatizer.lemmas(word)).contains(lemma);
    }

    @ParameterizedTest
    @CsvSource({"xx, Casa, casa", "eo, Domoj, domoj"})
    void fallsBackToLowercaseForLanguagesItDoesNotKnow(String language, String word, String lemma) {
        Lemmatizer lemmatizer = LanguageToolLemmatizer.forLanguageOrLowercase(Language.of(language));
        assertThat(lemmatizer.lemmas(word)).contains(lemma);
    }
}
