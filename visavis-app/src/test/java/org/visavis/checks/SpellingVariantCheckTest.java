package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

class SpellingVariantCheckTest {

    private static List<Finding> check(String lang, List<String> sentences) {
        SegmentedDocument doc = SegmentedDocument.ofSentences("doc", Language.of(lang), sentences);
        return new SpellingVariantCheck(LanguageKnowledge.tagger(Language.of(lang))).check(doc);
    }

    private static List<String> extract() throws IOException {
        try (InputStream in = SpellingVariantCheckTest.class.getResourceAsStream("self-organisation-extract.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    /** The English rendering of Théorie Communiste mixes -ise and -ize, hyphenated and spaced. */
    @Test
    void findsTheVariantsOfTheSelfOrganisationText() throws IOException {
        List<String> sentences = extract();
        Map<String, Map<String, List<Integer>>> bySubject = new java.util.HashMap<>();
        for (Finding f : check("en", sentences)) {
            bySubject.put(f.subject(), f.renderings());
            assertThat(f.check()).isEqualTo("spelling-variant");
        }
        assertThat(bySubject).containsKeys("self-organisation", "self-organised");
        assertThat(bySubject.get("self-organisation").keySet())
                .containsExactlyInAnyOrder("self-organisation", "self-organization", "self organisation");
        assertThat(bySubject.get("self-organised")).containsOnlyKeys("self-organised", "self-organized");
        int line = bySubject.get("self-organisation").get("self-organization").get(0);
        assertThat(sentences.get(line)).contains("self-organization");
        // "working-class" is used as a noun once, "working class" once: a variant too
        assertThat(bySubject).containsKey("working class");
        // "communisation" has one spelling here
        assertThat(bySubject).doesNotContainKey("communisation");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | The role of the unions. / The rôle of the unions.                                     | 1",
        "en | This is liberated labour. / Labor is what capital exploits.                           | 1",
        "en | There are four councils. / They fight for themselves.                                 | 0",
        "en | The working class struggles. / The working-class struggles were defeated.            | 0",
        "en | Labour-power is a commodity. / Labour power is a commodity.                            | 1",
        "en | The organi-sation of labour. / The organisation of labour.                             | 0",
        "en | Email is fast. / E-mail is fast.                                                       | 1",
        "fr | Où est le paquet ? / Le paquet ou la source.                                           | 0",
        "fr | Le rôle de Debian. / Le role de Debian.                                                 | 1",
        "en | The web site is down. / The website is up again.                                      | 1",
        "en | The list is up to date. / The list is up-to-date.                                     | 1",
        "en | An up-to-date list. / The list is up to date.                                          | 0",
        "en | We meet every day. / An everyday struggle.                                             | 0",
        "en | It may be late. / Maybe it is late.                                                    | 0",
        "fr | Il peut être tard. / C’est peut-être tard.                                              | 0",
        // an English passage left in a French text, and a path in a command
        "fr | Le rôle de l’autonomie est décisif. / The role of the unions is not what it was.        | 0",
        "en | Open the file /usr/share/self-organisation now. / Self-organization is the first act.  | 0",
        "en | Open the file now. / Self-organisation is the first act. / Self-organization is not.   | 1",
    })
    void variantsAndNonVariants(String lang, String sentences, int expected) {
        assertThat(check(lang, List.of(sentences.split(" / ")))).hasSize(expected);
    }

    /**
     * English left in a French text (the Debian Edu 12 manual, GPL-2+): a quoted name, a title, a
     * licence sentence, a package name. With the project's source language known, "Education", "details" are
     * English words, not the French ones without accents; without it, they look like variants.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "« Skole » et (Debian-)« Education » sont deux dénominations bien installées dans ces pays. / De nombreux programmes relatifs à l'éducation sont installés. | 1 | 0",
        "See the GNU General Public License for more details. / Il est conçu pour être modifié : pour plus de détails, consultez le chapitre correspondant du manuel. | 1 | 0",
        "IN NO EVENT WILL ANY COPYRIGHT HOLDER BE LIABLE TO YOU FOR DAMAGES, INCLUDING ANY GENERAL, SPECIAL OR CONSEQUENTIAL DAMAGES. / Ce compte est spécial, car les droits du répertoire personnel sont réglés autrement. | 0 | 0",
        // the Debian Reference (GPL): an English title in a list, a package name
        "— Perl special variables: perlvar(1) / Ce compte est spécial, car les droits du répertoire personnel sont réglés autrement. | 1 | 0",
        "Veuillez signaler les bogues du paquet debian-reference en utilisant reportbug(1). / Le manuel de référence de Debian. | 0 | 0",
        // a clause in capitals is a passage of its own; a French word written two ways is still a variant
        "Le rôle de Debian Edu est décisif. / Il existe en général deux façons de gérer cela. / Pour des informations sur LTSP en general, consultez la page d'accueil. | 1 | 1",
    })
    void englishLeftInAFrenchTextIsNoVariantWhenTheSourceLanguageIsKnown(String sentences, int withoutSource,
                                                                           int withSource) {
        List<String> text = List.of(sentences.split(" / "));
        SegmentedDocument doc = SegmentedDocument.ofSentences("doc", Language.of("fr"), text);
        var fr = LanguageKnowledge.tagger(Language.of("fr"));
        var en = LanguageKnowledge.tagger(Language.of("en"));
        assertThat(check("fr", text)).hasSize(withoutSource);
        assertThat(new SpellingVariantCheck(fr, List.of(en)).check(doc)).hasSize(withSource);
    }

    /** On an alignment the check reads the translation and points at beads. */
    @Test
    void onTargetPointsAtBeads() {
        Alignment a = SentencePairs.alignment(
                new String[] {"L'auto-organisation est le premier acte.", "Self-organisation is the first act."},
                new String[] {"Autonomie.", "Autonomy."},
                new String[] {"Toute auto-organisation le confirme.", "As any self-organization confirms."});
        List<Finding> findings = new SpellingVariantCheck(LanguageKnowledge.tagger(Language.of("en")))
                .onTarget().check(a);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).beads()).containsExactly(0, 2);
    }
}
