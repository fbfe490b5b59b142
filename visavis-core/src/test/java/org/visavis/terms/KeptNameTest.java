package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian Reference (debian-reference 2.x, en → fr): a command named by its manual
 * page is a name, whatever the translation has there; the word itself, or left in English in a
 * passage, is not.
 */
class KeptNameTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{0}” is a command: {1}")
    @CsvSource(delimiter = '|', value = {
        "free | • free(1) and top(1) display information on memory resources on the running system. | — free(1) et top(1) affichent des informations concernant les ressources mémoire sur le système actif.",
        "login | See login(1) and utmp(5). | Consultez login(1) et utmp(5).",
        "view | For vim(1) and its pager mode alias view(1), ”:set hls” enables highlighted search. | Pour vim(1) et ses alias de visualisation de texte view(1), « :set hls » active la recherche avec mise en évidence.",
    })
    void aCommandNamedByItsManualPageIsAName(String term, String source, String target) {
        assertThat(KeptName.reason(occurrence(term, source, target))).contains("manual page");
    }

    @ParameterizedTest(name = "“{0}” is the word: {1}")
    @CsvSource(delimiter = '|', value = {
        // the judged real finding: a phrase left in English
        "files | LaTeX, Texinfo, ANSI color escape sequences and DocBook files with highlight (C++) | HTML, XHTML, LaTeX, Texinfo, séquences d’échappement en couleur ANSI et DocBook files avec mise en évidence (C++)",
        // "memory" beside "top(1)": the command is the other word
        "memory | • free(1) and top(1) display information on memory resources on the running system. | — free(1) et top(1) affichent des informations concernant les ressources mémoire sur le système actif.",
    })
    void theWordItselfIsNoName(String term, String source, String target) {
        assertThat(KeptName.reason(occurrence(term, source, target))).isNull();
    }

    private static Occurrence occurrence(String term, String source, String target) {
        return TermOccurrences.of(EN, FR, term, source, target);
    }
}
