package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.languagetool.LanguageToolProofreader;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.VisavisException;

/**
 * The default set, "grammar", in English, French and German: sentences of the Debian Handbook
 * (en, fr) and of a German text written for the test, each once as published and once with one
 * agreement error put in.
 */
class LanguageToolCheckTest {

    private static List<Finding> grammar(String lang, String sentence) {
        LanguageToolCheck check = new LanguageToolCheck(
                LanguageKnowledge.proofreader(Language.of(lang), CheckOptions.DEFAULT_LANGUAGETOOL));
        return check.check(SegmentedDocument.ofSentences(lang, Language.of(lang), List.of(sentence)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Everyone can, thus, report issues that needs to be dealt with. | 1",
        "en | Everyone can, thus, report issues that need to be dealt with. | 0",
        "en | More than a selection criteria for Debian, this text has become an authority on the subject of free software. | 1",
        "en | More than a selection criterion for Debian, this text has become an authority on the subject of free software. | 0",
        "fr | Il intervient encore épisodiquement sur les liste de diffusion pour donner son avis. | 1",
        "fr | Il intervient encore épisodiquement sur les listes de diffusion pour donner son avis. | 0",
        "fr | Ils intervient encore épisodiquement sur les listes de diffusion pour donner son avis. | 1",
        "fr | Debian est avant tout un projet du monde du logiciel libres. | 1",
        "fr | Debian est avant tout un projet du monde du logiciel libre. | 0",
        "de | Debian ist ein freie Betriebssystem, das von tausenden Freiwilligen entwickelt wird. | 1",
        "de | Debian ist ein freies Betriebssystem, das von tausenden Freiwilligen entwickelt wird. | 0",
    })
    void grammarRulesInEveryLanguage(String lang, String sentence, int expected) {
        List<Finding> findings = grammar(lang, sentence);
        assertThat(findings).hasSize(expected);
        findings.forEach(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void theFindingNamesTheLanguagesOwnCategory() {
        Finding f = grammar("fr", "Il intervient encore épisodiquement sur les liste de diffusion pour donner son avis.").get(0);
        assertThat(f.message()).startsWith("AGREEMENT ");
        assertThat(f.subject()).contains("les liste");
    }

    @Test
    void manySentencesAreCheckedInParallelInTheirOrder() {
        List<String> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sentences.add(i % 2 == 0 ? "Everyone can, thus, report issues that need to be dealt with."
                    : "Everyone can, thus, report issues that needs to be dealt with.");
        }
        List<Finding> findings = new LanguageToolCheck(LanguageKnowledge.proofreader(Language.of("en"), Set.of("grammar")))
                .check(SegmentedDocument.ofSentences("en", Language.of("en"), sentences));
        assertThat(findings).extracting(f -> f.beads().get(0))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 40).filter(i -> i % 2 == 1).boxed().toList());
    }

    /** A sentence of the Debian Handbook (en-US): its spelling is American, so only en-GB flags it. */
    @Test
    void eachEnglishVariantKeepsItsOwnSpelling() {
        String sentence = "All of these contribution mechanisms are made more efficient by users' behavior.";
        assertThat(LanguageToolProofreader.shared(Language.parse("en-US"), Set.of("spelling")).check(sentence)).isEmpty();
        assertThat(LanguageToolProofreader.shared(Language.parse("en-GB"), Set.of("spelling")).check(sentence))
                .extracting(m -> sentence.substring(m.from(), m.to())).containsExactly("behavior");
    }

    @Test
    void unknownCategoryNamesTheValidOnes() {
        assertThatThrownBy(() -> new LanguageToolProofreader(Language.of("en"), Set.of("GRAMMER")))
                .isInstanceOf(VisavisException.class)
                .hasMessageContaining("'GRAMMER'").hasMessageContaining("grammar, typography").hasMessageContaining("TYPOS");
    }
}
