package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian Edu manual (en → fr): a heading and its contents entry, or one sentence's
 * wording repeated, say once how the text renders the term; two sentences that use the term
 * apart say it twice.
 */
class RepeatedPhraseTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{0}” in “{1}” and “{3}”: {5} occurrence(s)")
    @CsvSource(delimiter = '|', value = {
        "support | 22.1. Volunteer based support | 22.1. Assistance fournie par des bénévoles | 22.1. Volunteer based support | 22.1. Assistance fournie par des bénévoles | 1",
        "access | Graphical expert install gives access to all available questions, mouse usable. | Graphical expert install affiche toutes les questions, vous pouvez utiliser la souris. | Expert install gives access to all available questions in text mode. | Expert install affiche toutes les questions en mode texte. | 1",
        "box | This is the main server (tjener) for your school providing all services pre-configured to work out of the box. | C'est le serveur principal (tjener) pour votre école, il fournit tous les services préconfigurés pour fonctionner sans modification. | For simple machines it will work out of the box, for machines with more than one mac address the actually used one has to be chosen, sitesummary2ldapdhcp -h shows usage information. | Pour des machines simples cela fonctionnera sans modification. Pour les machines avec plus d'une adresse mac, il faudra choisir celle qui est réellement utilisée, et sitesummary2ldapdhcp -h affiche un message d'aide. | 2",
    })
    void aRepeatedPhraseCountsOnce(String term, String source1, String target1, String source2, String target2,
                                   int counted) {
        List<Occurrence> both = List.of(TermOccurrences.of(EN, FR, term, source1, target1),
                TermOccurrences.of(EN, FR, term, source2, target2));
        assertThat(RepeatedPhrase.once(both)).hasSize(counted);
    }
}
