package org.visavis.languagetool.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;

/**
 * Australian, Canadian, New Zealand and South African English are spell-checked with the British
 * dictionary, which the application ships instead of theirs: on sentences of corpora/self-organisation
 * (en-sample.txt), the -ize spellings that en-AU's own dictionary calls American and the -ise ones that
 * en-CA's calls wrong both pass, a misspelling does not.
 */
class EnglishModuleTest {
    private static final String IZE = "The proletariat self-organizes, it breaks with its previous situation, but if"
            + " this rupture is only its “liberation”, the reorganization of what it is, of its activity, without capital,"
            + " rather than the destruction of its previous situation, that is to say if it remains self-organized, if it"
            + " doesn’t go beyond this stage, it will automatically be defeated.";
    private static final String ISE = "The critique of globalisation and finance would become more important than the"
            + " critique of that which has been globalised (capital).";

    private static List<String> misspelt(String tag, String sentence) {
        var proofreader = LanguageKnowledge.proofreader(Language.parse(tag), Set.of("spelling"));
        return proofreader.check(sentence).stream()
                .filter(m -> m.ruleId().startsWith("MORFOLOGIK_RULE_EN"))
                .map(m -> sentence.substring(m.from(), m.to()) + " " + m.ruleId())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-AU", "en-CA", "en-NZ", "en-ZA", "en-GB"})
    void theVariantsSpellAsBritishEnglishDoes(String tag) {
        assertThat(misspelt(tag, IZE)).isEmpty();
        assertThat(misspelt(tag, ISE)).isEmpty();
        String rule = "MORFOLOGIK_RULE_" + tag.toUpperCase().replace('-', '_');
        assertThat(misspelt(tag, ISE.replace("finance", "finnance"))).containsExactly("finnance " + rule);
    }

    @Test
    void americanEnglishKeepsItsOwnDictionary() {
        assertThat(misspelt("en-US", ISE)).containsExactly(
                "globalisation MORFOLOGIK_RULE_EN_US", "globalised MORFOLOGIK_RULE_EN_US");
    }
}
