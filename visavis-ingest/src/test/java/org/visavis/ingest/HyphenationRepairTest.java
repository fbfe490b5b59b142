package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
    /** Lines of The Debian Administrator's Handbook as Chromium printed them: it breaks lines only at hyphens. */
    private static final List<String> BROWSER_LINES = List.of(
            "guarantees for their stability: a three-",
            "quarter qualified majority is required to amend it.",
            "packaging helpers (e.g. debhelper) or integration frameworks (e.g. ca-",
            "certificates) and becomes an “upstream author” for those creations.",
            "software in question. We especially would like to point out the examples sub-",
            "directory, which frequently contains examples of configuration files.");
    /** The same, where the layout also split a word. */
    private static final List<String> TEX_LINES = List.of(
            "guarantees for their stability: a three-",
            "quarter qualified majority is required to amend it. Its im-",
            "portant clauses are rarely changed.",
            "software in question. We especially would like to point out the examples sub-",
            "directory, which frequently contains examples of configuration files.");
    private static final List<String> DEBIAN = List.of("Debian is undeniably the leader in this respect");

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
        // a part is a word, the joined form is no word of the language or of the document
        "integration frameworks (e.g. ca- | certificates) and becomes | integration frameworks (e.g. ca-certificates) and becomes",
        "the C compiler on the debian- | gcc@lists.debian.org list | the C compiler on the debian-gcc@lists.debian.org list",
        "if apt- | listchanges is installed | if apt-listchanges is installed",
        // numbers are never hyphenated
        "in case of BSD the newer 3- | clause license | in case of BSD the newer 3-clause license",
        "the decision to close to 12345- | done@bugs.debian.org (a bug | the decision to close to 12345-done@bugs.debian.org (a bug",
        // the joined form is a word
        "Debian is undeniably the lea- | der in this respect | Debian is undeniably the leader in this respect",
        // a web address broken after a slash (Sphinx's LaTeX), but not a sentence after an address
        "is documented in https://www.debian.org/doc/ | debian-policy/ap-process.html: if it | is documented in https://www.debian.org/doc/debian-policy/ap-process.html: if it",
        "the site https://www.debian.org/ | and its mirrors | the site https://www.debian.org/ and its mirrors",
    })
    void aJoinedFormThatIsNoWordKeepsItsHyphen(String left, String right, String joined) {
        HyphenationRepair repair = new HyphenationRepair(DocumentVocabulary.of(DEBIAN), WordList.forLanguage(Language.of("en")));
        assertThat(repair.join(left.strip(), right.strip())).isEqualTo(joined);
    }

    @Test
    void aPartAfterTheHyphenThatIsTheEndingOfTheDocumentsWordsIsNoCompound() {
        // Apache FOP's hyphenation of the Debian Handbook: "lint" is a word, "lintian" is in no dictionary,
        // "ian" only a name ("Ian Murdock") but the ending of "Debian": the generator split a word.
        List<String> lines = List.of("The project has been led by Ian Murdock, Bruce Perens, Ian Jackson.",
                "Debian is undeniably the leader; the services available on qa.debian.org, lint-",
                "ian.debian.org, buildd.debian.org, cdimage.debian.org, etc.", "the C compiler on the debian-",
                "gcc@lists.debian.org list", "if apt-", "listchanges is installed", "This im-", "portant rule.");
        HyphenationRepair repair = new HyphenationRepair(DocumentVocabulary.of(lines), WordList.forLanguage(Language.of("en")));
        assertThat(repair.join(lines.get(1), lines.get(2))).endsWith("qa.debian.org, lintian.debian.org, buildd.debian.org,"
                + " cdimage.debian.org, etc.");
        // no word of the document ends in "gcc" or "listchanges": compounds still
        assertThat(repair.join(lines.get(3), lines.get(4))).isEqualTo("the C compiler on the debian-gcc@lists.debian.org list");
        assertThat(repair.join(lines.get(5), lines.get(6))).isEqualTo("if apt-listchanges is installed");
    }

    @Test
    void aGeneratorThatNeverSplitsAWordOnlyBreaksAtTheTextsHyphens() {
        // "subdirectory" is a word, but this document's line ends only ever fall on real hyphens.
        HyphenationRepair browser = new HyphenationRepair(DocumentVocabulary.of(BROWSER_LINES),
                WordList.forLanguage(Language.of("en")));
        assertThat(browser.join(BROWSER_LINES.get(4), BROWSER_LINES.get(5)))
                .endsWith("the examples sub-directory, which frequently contains examples of configuration files.");
        // Where the layout splits words ("im-" / "portant"), the word list decides.
        HyphenationRepair tex = new HyphenationRepair(DocumentVocabulary.of(TEX_LINES), WordList.forLanguage(Language.of("en")));
        assertThat(tex.join(TEX_LINES.get(3), TEX_LINES.get(4)))
                .endsWith("the examples subdirectory, which frequently contains examples of configuration files.");
        assertThat(tex.join(TEX_LINES.get(1), TEX_LINES.get(2))).endsWith("Its important clauses are rarely changed.");
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
