package org.visavis.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/** With no language module on the class path (this module's tests have none), every language gets the plain fallback. */
class PlainFallbackTest {
    private static final Language FR = Language.of("fr");

    @Test
    void withoutAModuleWordsAreTheirOwnLowercasedLemmas() {
        assertThat(LanguageKnowledge.served(FR)).isFalse();
        assertThat(LanguageKnowledge.tagger(FR).tag("Les luttes revendicatives.")).extracting(TaggedToken::lemma)
                .containsExactly("les", "luttes", "revendicatives", ".");
        assertThat(LanguageKnowledge.lemmatizer(FR).lemmas("Chevaux")).containsExactly("chevaux");
        assertThat(LanguageKnowledge.wordList(FR)).isEmpty();
    }

    @Test
    void theFallbackTaggerIsSharedSoItsCacheIs() {
        assertThat(LanguageKnowledge.tagger(Language.parse("fr-CA"))).isSameAs(LanguageKnowledge.tagger(FR));
    }

    @Test
    void proofreadingWithoutAModuleFailsNamingTheLanguage() {
        assertThatThrownBy(() -> LanguageKnowledge.proofreader(FR, Set.of("grammar")))
                .isInstanceOf(VisavisException.class)
                .hasMessageContaining("language fr: no language module is installed for it")
                .hasMessageContaining("without lemmas, word classes or proofreading");
    }

    @Test
    void theLexiconsAreBundledDataFoundByPair() {
        assertThat(LanguageKnowledge.lexicon(FR, Language.of("en"))).isPresent();
        assertThat(LanguageKnowledge.lexicon(Language.of("en"), Language.of("es"))).isPresent();
        // Japanese is not bundled (its words are not separated by spaces)
        assertThat(LanguageKnowledge.lexicon(Language.of("en"), Language.of("ja"))).isEmpty();
    }
}
