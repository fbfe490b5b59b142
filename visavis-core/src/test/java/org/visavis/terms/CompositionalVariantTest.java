package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Phrases and renderings of install-guide and debian-reference-tables (Debian documentation, GPL). */
class CompositionalVariantTest {

    private static Set<String> stems(String rendering) {
        return RenderingWords.renderingStems(rendering);
    }

    @Test
    void otherRenderingThatKeepsEachWordsOwnRenderingIsAFreeCombination() {
        // "modern systems": « systèmes modernes » twice, « systèmes récents » once; "system" is « système »
        Map<String, Set<String>> own = Map.of("system", stems("système"));
        assertThat(CompositionalVariant.of("modern system", 2, stems("systèmes modernes"), "systèmes récents", own))
                .isTrue();
    }

    @Test
    void otherRenderingThatDropsAWordsOwnRenderingStaysADeviation() {
        // "locale dependent": "locale" is « paramètres linguistiques » in the text
        Map<String, Set<String>> own = Map.of("locale", stems("paramètres linguistiques"));
        assertThat(CompositionalVariant.of("locale dependent", 2, stems("dépendant des paramètres linguistiques"),
                "dépendant de la localisation", own)).isFalse();
    }

    @Test
    void aUsualRenderingOfMoreBeadsOrASingleWordIsNeverReadAsAFreeCombination() {
        Map<String, Set<String>> own = Map.of("system", stems("système"));
        assertThat(CompositionalVariant.of("modern system", CompositionalVariant.WEAK_USUAL + 1,
                stems("systèmes modernes"), "systèmes récents", own)).isFalse();
        assertThat(CompositionalVariant.of("system", 2, stems("système"), "dispositif", Map.of())).isFalse();
    }
}
