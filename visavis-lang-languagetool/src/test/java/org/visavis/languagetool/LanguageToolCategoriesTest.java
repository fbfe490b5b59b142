package org.visavis.languagetool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/** Portable category names resolved from LanguageTool's metadata of each language module. */
class LanguageToolCategoriesTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "fr | grammar     | AGREEMENT CAT_GRAMMAIRE",
        // every rule of English COLLOCATIONS is of ITS issue type "grammar"
        "en | grammar     | COLLOCATIONS GRAMMAR",
        "de | grammar     | GRAMMAR",
        "fr | typography  | CAT_TYPOGRAPHIE TYPOGRAPHY",
        "fr | punctuation | PONCTUATION_POINT PONCTUATION_STYLE_OS PONCTUATION_VIRGULE PUNCTUATION",
        "de | spelling    | MULTITOKEN_SPELLING TYPOS",
        "en | TYPOS       | TYPOS",
        "fr | cat_grammaire | CAT_GRAMMAIRE",
    })
    void namesResolveToTheLanguagesOwnCategories(String lang, String name, String ids) {
        assertThat(LanguageToolCategories.of(Language.of(lang)).resolve(List.of(name)))
                .containsExactly(ids.split(" "));
    }

    @Test
    void everyPortableNameResolvesInEveryLanguageTheProjectHas() {
        for (String lang : List.of("fr", "en", "de", "en-GB", "fr-CA", "de-CH")) {
            LanguageToolCategories categories = LanguageToolCategories.of(Language.parse(lang));
            for (String name : LanguageToolCategories.PORTABLE_NAMES) {
                assertThat(categories.resolve(List.of(name))).as(lang + " " + name).isNotEmpty()
                        .allSatisfy(id -> assertThat(categories.portableNameOf(id)).contains(name));
            }
        }
    }

    @Test
    void styleTakesTheCategoriesWhoseRulesAreAllStyle() {
        // French names these categories its own way; LanguageTool marks each of their rules "style"
        assertThat(LanguageToolCategories.of(Language.of("fr")).resolve(List.of("style")))
                .contains("STYLE", "CAT_CALQUES", "CAT_PLEONASMES").doesNotContain("CAT_GRAMMAIRE");
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> LanguageToolCategories.of(Language.of("fr")).resolve(List.of("grammer", "TYPO")))
                .isInstanceOf(VisavisException.class)
                .hasMessageContaining("no rule category 'grammer', 'TYPO' for fr")
                .hasMessageContaining("valid: grammar, typography, spelling, style, punctuation")
                .hasMessageContaining("CAT_GRAMMAIRE");
    }
}
