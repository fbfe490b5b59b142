package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Sentences of the Debian Edu manual and the Debian Reference (en → fr): a single word that
 * modifies a noun ("an installer script", "developer's libraries", "Editor programs") is rendered
 * by a kindred noun as the French syntax wants ("un script d'installation" beside "installateur");
 * the word as the head of its phrase ("the Skolelinux installer will be", "general markup converter") is
 * held to its usual rendering.
 */
class ModifierRoleTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{0}” in “{1}” modifies a noun")
    @CsvSource(delimiter = '|', value = {
        "installer | For Windows devices an installer script could be created, for Apple devices a mobileconfig file. | Pour les périphériques Windows, un script d'installation pourrait être créé, et un fichier mobileconfig pour les périphériques Apple.",
        "developer | developer’s libraries and docs for ncurses | bibliothèques de développement et documentation pour ncurses",
        "Editor | Editor programs such as vim and emacs can be used for TAB conversion, too. | Les programmes d'édition tels que vim et emacs peuvent aussi être utilisés pour la conversion des TAB.",
    })
    void aWordBeforeItsHeadModifiesIt(String term, String source, String target) {
        assertThat(ModifierRole.of(TermOccurrences.of(EN, FR, term, source, target),
                RenderingDeclarations.HeadPosition.LAST)).isTrue();
    }

    @ParameterizedTest(name = "“{0}” in “{1}” is the head")
    @CsvSource(delimiter = '|', value = {
        "installer | All the Linux machines that are installed with the Skolelinux installer will be administrable from a central computer, most likely the server. | Toutes les machines Linux installées avec l'installateur Skolelinux seront administrables depuis un ordinateur central, très probablement le serveur.",
        "converter | general markup converter (Haskell) | Marqueur de conversion global (Haskell)",
    })
    void theHeadOfItsPhraseDoesNot(String term, String source, String target) {
        assertThat(ModifierRole.of(TermOccurrences.of(EN, FR, term, source, target),
                RenderingDeclarations.HeadPosition.LAST)).isFalse();
    }

    @ParameterizedTest(name = "“{1}” beside “{2}” for “{0}”: kindred {3}")
    @CsvSource(delimiter = '|', value = {
        "installer | installation | installateur | true",
        "developer | développement | développeur | true",
        // another word altogether, and the usual word itself inflected
        "installer | programme | installateur | false",
        "developer | développeurs | développeur | false",
    })
    void aKindredNounIsOfTheFamilyOfTheTermOrOfTheUsualRendering(String term, String rendering, String usual,
                                                                 boolean kindred) {
        Occurrence o = TermOccurrences.of(EN, FR, term, "the " + term, "le " + usual);
        UsualRendering u = new UsualRendering(usual, TermText.stems(List.of(usual)), List.of(usual), Map.of(), Set.of(),
                true, new UsualRendering.Frame(term, List.of(), Map.of(), false));
        assertThat(ModifierRole.kindred(rendering, o.term(), u)).isEqualTo(kindred);
    }
}
