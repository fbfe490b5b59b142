package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.WordList;
import org.visavis.model.Language;

class HyphenationRepairTest {

    /** Lines from the same documents, showing how they spell things elsewhere. */
    private static final List<String> SELF_ORGANISATION = List.of(
            "Autonomy, as a revolutionary perspective realising itself through self-organisation, is paradoxically",
            "the metal-workers of Melfi and the co-ordination between railway workers",
            "the wildcat strike and a more or less conflicting relationship with the unions");
    private static final List<String> METALWORKERS = List.of("the metalworkers of Melfi");

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
        // split words: the hyphen goes
        "It supposes that struggles over im-          | mediate demands are stepping stones | It supposes that struggles over immediate demands are stepping stones",
        "This unlimited power of root account, system adminis- | tration tasks.             | This unlimited power of root account, system administration tasks.",
        "a more or less conflicting relation-          | ship with the unions            | a more or less conflicting relationship with the unions",
        // compounds: the document writes them with a hyphen elsewhere
        "creates a tension within self-               | organisation; it indicates       | creates a tension within self-organisation; it indicates",
        "At Melfi, the metal-                         | workers were on strike           | At Melfi, the metal-workers were on strike",
        "in 1986, the co-                             | ordinating committees            | in 1986, the co-ordinating committees",
        // compounds: both halves are words and the joined form is not
        "shell-command examples for non-              | developers.                      | shell-command examples for non-developers.",
        // a soft hyphen always goes
        "creates a tension within self\u00AD          | organisation; it indicates       | creates a tension within selforganisation; it indicates",
        // a capital never continues a word
        "in the self-convened movements of February-  | March 1984 on the production     | in the self-convened movements of February-March 1984 on the production",
        // no hyphenation at all
        "a revolutionary perspective there –          | the Italian workerists           | a revolutionary perspective there – the Italian workerists",
        "All this has lost any foundation.            | In fact it is just the opposite  | All this has lost any foundation. In fact it is just the opposite",
    })
    void joinsTwoLines(String left, String right, String joined) {
        HyphenationRepair repair = new HyphenationRepair(DocumentVocabulary.of(SELF_ORGANISATION),
                WordList.forLanguage(Language.of("en")));
        assertThat(repair.join(left.strip(), right.strip())).isEqualTo(joined);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the metal- | workers | the metalworkers",
        "the self- | organisation | the self-organisation",
    })
    void theDocumentsOwnSpellingComesBeforeTheWordList(String left, String right, String joined) {
        // "metalworkers" written solid in this document; "self-organisation" is in no dictionary
        // joined, and both halves are words.
        HyphenationRepair repair = new HyphenationRepair(DocumentVocabulary.of(METALWORKERS),
                WordList.forLanguage(Language.of("en")));
        assertThat(repair.join(left, right)).isEqualTo(joined);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De gros efforts ont été consentis pour réduire le nombre de champs à rensei | gner | De gros efforts ont été consentis pour réduire le nombre de champs à renseigner",
        "installer un système libre sur un ordina | teur (vierge ou disposant | installer un système libre sur un ordinateur (vierge ou disposant",
        "les distributions dérivées de Debian se différen | cient beaucoup | les distributions dérivées de Debian se différencient beaucoup",
    })
    void frenchWordsAreRejoinedWithTheFrenchWordList(String left, String right, String joined) {
        HyphenationRepair repair = new HyphenationRepair(DocumentVocabulary.of(List.of()),
                WordList.forLanguage(Language.of("fr")));
        assertThat(repair.join(left + "-", right)).isEqualTo(joined);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "we immediately come up against what it is that we are and which, in strug | gle | we immediately come up against what it is that we are and which, in struggle",
        "creates a tension within self | organisation | creates a tension within self-organisation",
    })
    void withoutAWordListTheDocumentDecides(String left, String right, String joined) {
        HyphenationRepair repair = new HyphenationRepair(DocumentVocabulary.of(SELF_ORGANISATION), Optional.empty());
        assertThat(repair.join(left + "-", right)).isEqualTo(joined);
    }
}
