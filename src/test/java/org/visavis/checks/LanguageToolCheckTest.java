package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageToolProofreader;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.VisavisException;

/** LanguageTool's rules by category, on sentences of the Debian Handbook's English translation. */
class LanguageToolCheckTest {
    private static final LanguageToolCheck GRAMMAR =
            new LanguageToolCheck(new LanguageToolProofreader(Language.of("en"), Set.of("GRAMMAR")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Everyone can, thus, report issues that needs to be dealt with. | 1",
        "Everyone can, thus, report issues that need to be dealt with. | 0",
        "More than a selection criteria for Debian, this text has become an authority on the subject of free software. | 1",
        "More than a selection criterion for Debian, this text has become an authority on the subject of free software. | 0",
    })
    void grammarRules(String sentence, int expected) {
        List<Finding> findings = GRAMMAR.check(SegmentedDocument.ofSentences("en", Language.of("en"), List.of(sentence)));
        assertThat(findings).hasSize(expected);
        findings.forEach(f -> assertThat(f.message()).startsWith("GRAMMAR "));
    }

    @Test
    void unknownCategoryNamesTheKnownOnes() {
        assertThatThrownBy(() -> new LanguageToolProofreader(Language.of("en"), Set.of("GRAMMER")))
                .isInstanceOf(VisavisException.class)
                .hasMessageContaining("'GRAMMER' does not exist").hasMessageContaining("TYPOS");
    }
}
