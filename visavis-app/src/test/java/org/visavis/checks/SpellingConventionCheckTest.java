package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

class SpellingConventionCheckTest {

    private static List<Finding> check(String lang, List<String> sentences) {
        SegmentedDocument doc = SegmentedDocument.ofSentences("doc", Language.of(lang), sentences);
        return new SpellingConventionCheck(LanguageKnowledge.tagger(Language.of(lang))).check(doc);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | We realise that the organisation is weak. / The unions organize the workers.       | -ize | organize",
        "en | The centre of the theatre. / The center of the town.                                | -er  | center",
        "en | They travelled to Melfi. / They travelled back. / Others traveled by car.              | -l-  | traveled",
        "en | The colour of labour. / The labor of the worker. / The flavour of honour.            | -or  | labor",
        "en | The licence was granted. / The defence of jobs. / The license is void.               | license | license",
        "en | They analyse the crisis. / They analyse it again. / We paralyze it.                   | -yze | paralyze",
        "en | The catalogue of struggles. / A dialogue with the unions. / The catalog of demands.  | -og  | catalog",
    })
    void mixedConventions(String lang, String sentences, String minority, String word) {
        List<Finding> findings = check(lang, List.of(sentences.split(" / ")));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).subject()).isEqualTo(minority);
        assertThat(findings.get(0).renderings()).containsOnlyKeys(word);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // one convention throughout
        "en | We realise that the organisation is weak. / The unions organise the workers.",
        // words that only look like a convention: no "advize", "for" is another word, "filed" is not "filled"
        "en | He advised them. / They organize the strike. / The surprise was complete.",
        "en | Four workers came. / They fight for themselves. / The colour of labour.",
        "en | The glass was filled. / The papers were filed. / They travelled.",
        "en | The timbre of his voice. / The timber of the house.",
        // British English licenses with an s (the verb) and writes licence (the noun)
        "en | The licence was granted. / The state will license the union.",
        // code and command names keep their spelling
        "en | We realise it. / Set config.color to red. / Run --colorize to see it. / The colour of labour.",
        // no rules for French: the French words are not English conventions
        "fr | L’organisation des ouvriers. / La réalisation du programme. / Le centre de la ville.",
    })
    void oneConventionOrNone(String lang, String sentences) {
        assertThat(check(lang, List.of(sentences.split(" / ")))).isEmpty();
    }

    /** The English self-organisation text writes -ise, with a few -ize words: those are reported. */
    @Test
    void theSelfOrganisationTextMostlyWritesIse() throws IOException {
        List<String> sentences;
        try (InputStream in = getClass().getResourceAsStream("self-organisation-extract.txt")) {
            sentences = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        List<Finding> findings = check("en", sentences);
        assertThat(findings).extracting(Finding::subject).containsExactly("-ize");
        Finding ize = findings.get(0);
        assertThat(ize.renderings()).containsKey("self-organization").doesNotContainKey("self-organisation");
        assertThat(ize.message()).startsWith("-ize spellings in a text that mostly writes -ise (“self-organisation”");
        int line = ize.renderings().get("self-organization").get(0);
        assertThat(sentences.get(line)).contains("self-organization");
    }
}
