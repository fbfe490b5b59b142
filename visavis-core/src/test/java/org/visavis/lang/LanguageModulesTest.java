package org.visavis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visavis.model.Language;

/** The core's tests run with visavis-lang-fr and -en: ServiceLoader finds them, Italian falls back. */
class LanguageModulesTest {

    @Test
    void frenchAndEnglishAreServedByTheirModules() {
        assertThat(LanguageKnowledge.servedCodes()).contains("fr", "en");
        assertThat(LanguageKnowledge.tagger(Language.of("fr")).tag("Les luttes revendicatives.").get(1).lemma())
                .isEqualTo("lutte");
        assertThat(LanguageKnowledge.lemmatizer(Language.of("en")).lemmas("struggles")).contains("struggle");
        assertThat(LanguageKnowledge.wordList(Language.of("en")).orElseThrow().contains("important")).isTrue();
        assertThat(LanguageKnowledge.proofreader(Language.of("en"), Set.of("grammar")).check("He go to school."))
                .extracting(ProofreadingMatch::kind).contains("grammar");
    }

    @Test
    void aLanguageWithoutModuleGetsThePlainTagger() {
        Language it = Language.of("it");
        assertThat(LanguageKnowledge.served(it)).isFalse();
        assertThat(LanguageKnowledge.tagger(it)).isInstanceOf(PlainTokenTagger.class);
        assertThat(LanguageKnowledge.fallbackNote(it)).contains("installed: en, fr");
    }
}
