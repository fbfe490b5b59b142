package org.visavis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.BilingualLexicon.WordPair;
import org.visavis.model.Language;

class BilingualLexiconTest {

    @ParameterizedTest(name = "{0}-{1}: {2} = {3}")
    @CsvSource({
        "fr, en, chat, cat",
        "en, fr, cat, chat",
        "de, fr, hund, chien",
        "fr, de, mont, berg",
        // phrases are reduced to their longer words
        "fr, en, piscine, pool",
    })
    void findsTheBundledLexiconInEitherDirection(String source, String target, String a, String b) {
        BilingualLexicon lexicon = BilingualLexicon.forPair(Language.of(source), Language.of(target)).orElseThrow();
        assertThat(lexicon.pairs()).contains(new WordPair(a, b));
    }

    @Test
    void hasNoLexiconForOtherPairs() {
        assertThat(BilingualLexicon.forPair(Language.of("en"), Language.of("es"))).isEmpty();
    }
}
