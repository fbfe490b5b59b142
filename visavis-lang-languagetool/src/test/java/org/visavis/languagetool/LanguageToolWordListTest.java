package org.visavis.languagetool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.WordList;
import org.visavis.model.Language;

class LanguageToolWordListTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
        "en, important, true",
        "en, portant, false",
        "en, organisation, true",
        "en, selforganisation, false",
        "en, administration, true",
        "en, adminis, false",
        "en, Debian, true",
        "fr, exploitation, true",
        "fr, renseig, false",
        "fr, différen, false",
        "fr, distribution, true",
        "de, Arbeit, true",
    })
    void knowsTheWordsOfItsLanguage(String code, String word, boolean known) {
        WordList words = LanguageToolWordList.forLanguage(Language.of(code)).orElseThrow();
        assertThat(words.contains(word)).isEqualTo(known);
    }

    @ParameterizedTest
    @CsvSource({"IMPORTANT", "Important"})
    void capitalisedWordsAreFoundInLowerCase(String word) {
        assertThat(LanguageToolWordList.forLanguage(Language.of("en")).orElseThrow().contains(word)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"xx", "tlh"})
    void languagesWithoutADictionaryHaveNoWordList(String code) {
        assertThat(LanguageToolWordList.forLanguage(Language.of(code))).isEmpty();
    }
}
