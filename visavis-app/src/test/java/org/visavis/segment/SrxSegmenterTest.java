package org.visavis.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Language;

class SrxSegmenterTest {

    /**
     * Paragraphs cut from the bundled corpora (Debian Handbook, fr-FR and en-US HTML; the
     * self-organisation text with its line wraps joined); " | " separates the sentences a careful
     * reader finds.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
        fr	Debian GNU/Linux est une distribution Linux « généraliste », convenant a priori à tous. Nous vous proposons d'en découvrir toutes les facettes, afin de pouvoir choisir en toute connaissance de cause.	Debian GNU/Linux est une distribution Linux « généraliste », convenant a priori à tous. | Nous vous proposons d'en découvrir toutes les facettes, afin de pouvoir choisir en toute connaissance de cause.
        fr	Son interface web, partie émergée, permet de consulter tous les bogues répertoriés et propose d'afficher une liste (triée) de bogues sélectionnés sur de nombreux critères : paquet concerné, gravité, statut, adresse du rapporteur, adresse du mainteneur concerné, étiquette ou tag, etc. Il est également possible de consulter l'historique complet et toutes les discussions se rapportant à chacun des bogues.	Son interface web, partie émergée, permet de consulter tous les bogues répertoriés et propose d'afficher une liste (triée) de bogues sélectionnés sur de nombreux critères : paquet concerné, gravité, statut, adresse du rapporteur, adresse du mainteneur concerné, étiquette ou tag, etc. | Il est également possible de consulter l'historique complet et toutes les discussions se rapportant à chacun des bogues.
        fr	Certaines de ces informations (nom, prénom, pays, identifiant chez Debian, identifiant IRC, clé GnuPG...) sont publiques et disponibles sur le Web.	Certaines de ces informations (nom, prénom, pays, identifiant chez Debian, identifiant IRC, clé GnuPG...) sont publiques et disponibles sur le Web.
        fr	Tout courrier envoyé à 12345@bugs.debian.org sera ainsi consigné dans l'historique du bogue numéro 12345. Les personnes habilitées pourront « fermer » ce bogue en écrivant à 12345-done@bugs.debian.org un message exposant les motifs de cette décision (un bogue est fermé lorsque le problème signalé est corrigé ou plus valide).	Tout courrier envoyé à 12345@bugs.debian.org sera ainsi consigné dans l'historique du bogue numéro 12345. | Les personnes habilitées pourront « fermer » ce bogue en écrivant à 12345-done@bugs.debian.org un message exposant les motifs de cette décision (un bogue est fermé lorsque le problème signalé est corrigé ou plus valide).
        fr	Figure 1.1. Répartition mondiale des développeurs Debian	Figure 1.1. Répartition mondiale des développeurs Debian
        fr	1.3.1. Les développeurs Debian	1.3.1. Les développeurs Debian
        en	This is Rule No. 1. Debian is and will remain composed entirely and exclusively of free software. Additionally, all software development within the Debian project, itself, will be free.	This is Rule No. 1. | Debian is and will remain composed entirely and exclusively of free software. | Additionally, all software development within the Debian project, itself, will be free.
        en	Or the Debian developer creates tools or documentation for the Debian distribution, like packaging helpers (e.g. debhelper) or integration frameworks (e.g. ca-certificates) and becomes an “upstream author” for those creations.	Or the Debian developer creates tools or documentation for the Debian distribution, like packaging helpers (e.g. debhelper) or integration frameworks (e.g. ca-certificates) and becomes an “upstream author” for those creations.
        en	In each case we are dealing with extremely fierce struggles which develop outside and against the unions, properly autonomous struggles” (my emphasis) (Échanges, no.109, p19). This is simply wrong.	In each case we are dealing with extremely fierce struggles which develop outside and against the unions, properly autonomous struggles” (my emphasis) (Échanges, no.109, p19). | This is simply wrong.
        en	If we don’t know how to leave the farm, let’s not bet on a new 19/20.” (a militant from MTD Allen4 – south of Argentina, Macache, p. 27). We want “to engender a new subjectivity, new values” (ibid). Elsewhere in an interview with an activist from MTD Solano, it appears that the aim of all these activities is not just to survive.	If we don’t know how to leave the farm, let’s not bet on a new 19/20.” (a militant from MTD Allen4 – south of Argentina, Macache, p. 27). | We want “to engender a new subjectivity, new values” (ibid). | Elsewhere in an interview with an activist from MTD Solano, it appears that the aim of all these activities is not just to survive.
        en	unskilled/skilled labour; going beyond relations of exchange etc. An important position is for example, in MTD Solano, the refusal (in so far as is possible) to take decisions by voting.	unskilled/skilled labour; going beyond relations of exchange etc. | An important position is for example, in MTD Solano, the refusal (in so far as is possible) to take decisions by voting.
        en	5 prise au tas: this is an economic term originating in Kropotkin’s “Conquest of Bread” Ch. 5: “no stint or limit to what the community possesses in abundance, but equal sharing and dividing of those commodities which are scarce or apt to run short”	5 prise au tas: this is an economic term originating in Kropotkin’s “Conquest of Bread” Ch. 5: “no stint or limit to what the community possesses in abundance, but equal sharing and dividing of those commodities which are scarce or apt to run short”
        en	One can’t simultaneously want the unity of the proletariat and the communist revolution, i.e. this unity as a class.	One can’t simultaneously want the unity of the proletariat and the communist revolution, i.e. this unity as a class.
        """)
    void splitsCorpusParagraphsIntoSentences(String lang, String paragraph, String expected) {
        assertThat(SrxSegmenter.forLanguage(Language.parse(lang)).split(paragraph))
                .containsExactlyElementsOf(sentences(expected));
    }

    /**
     * The abbreviations and initials the corpora show, in sentences built around the corpus
     * phrase (Aufheben no.12, p37; Kropotkin Ch. 5; G. O. Dyhrenfurth, H.W.Tilman and M.Beletski of the
     * Text+Berg yearbook, initials glued to names as its OCR left them).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
        fr	Voir p. 23 pour les détails. Puis la suite.	Voir p. 23 pour les détails. | Puis la suite.
        fr	Lisez cf. Zanon à ce sujet. Puis la suite.	Lisez cf. Zanon à ce sujet. | Puis la suite.
        fr	M. Dupont est arrivé. Mme Durand aussi.	M. Dupont est arrivé. | Mme Durand aussi.
        fr	Voir le chap. 4 et le vol. 2 du livre. Puis la suite.	Voir le chap. 4 et le vol. 2 du livre. | Puis la suite.
        fr	Voir La Montagne, oct. 1956, p. 261-270. Puis la suite.	Voir La Montagne, oct. 1956, p. 261-270. | Puis la suite.
        fr	On vend des pommes, des poires, etc. Puis vint l'hiver.	On vend des pommes, des poires, etc. | Puis vint l'hiver.
        fr	On vend des pommes, des poires, etc. et des prunes.	On vend des pommes, des poires, etc. et des prunes.
        fr	La lettre de J.-B. Hobson est arrivée. Puis la suite.	La lettre de J.-B. Hobson est arrivée. | Puis la suite.
        fr	« Partez ! » dit-il. Puis il partit.	« Partez ! » dit-il. | Puis il partit.
        en	Adapted from Aufheben no.12, p37 footnote 6. Then more.	Adapted from Aufheben no.12, p37 footnote 6. | Then more.
        en	See p.23 for that. Then more.	See p.23 for that. | Then more.
        en	Read Ch. 5 first. Then more.	Read Ch. 5 first. | Then more.
        en	This is it, i.e. the end. Then more.	This is it, i.e. the end. | Then more.
        en	Try some fruit, e.g. apples. Then more.	Try some fruit, e.g. apples. | Then more.
        en	The expedition of G. O. Dyhrenfurth reached the summit. It was 1934.	The expedition of G. O. Dyhrenfurth reached the summit. | It was 1934.
        en	J. R. R. Tolkien wrote it. Then more.	J. R. R. Tolkien wrote it. | Then more.
        en	Apples, pears, etc. Then more.	Apples, pears, etc. | Then more.
        fr	Celui-ci fut atteint le 26 juillet 1956 sous la direction de M.Beletski. Puis la suite.	Celui-ci fut atteint le 26 juillet 1956 sous la direction de M.Beletski. | Puis la suite.
        fr	Peut-être convient-il de rappeler ici avec H.W.Tilman qu'il ne faut pas exagérer. Puis la suite.	Peut-être convient-il de rappeler ici avec H.W.Tilman qu'il ne faut pas exagérer. | Puis la suite.
        de	Das ist z. B. ein Test. Dann mehr.	Das ist z. B. ein Test. | Dann mehr.
        de	Unter Leitung von J. O. M. Roberts ging es los. Dann mehr.	Unter Leitung von J. O. M. Roberts ging es los. | Dann mehr.
        """)
    void keepsAbbreviationsAndInitialsInsideSentences(String lang, String paragraph, String expected) {
        assertThat(SrxSegmenter.forLanguage(Language.parse(lang)).split(paragraph))
                .containsExactlyElementsOf(sentences(expected));
    }

    /**
     * A period between letters with no space is a file, class or host name (the first row is
     * the Debian Handbook's, en-US sect.debian-internals); French punctuation after a space or a
     * no-break space (written "_" here, "~" for the narrow one) belongs to the sentence before it,
     * even after an ellipsis or an exclamation mark, where the general rules used to break.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
        en	This directory often contains a README.Debian file describing the Debian specific adjustments made by the package maintainer. It is, thus, wise to read this file prior to any configuration.	This directory often contains a README.Debian file describing the Debian specific adjustments made by the package maintainer. | It is, thus, wise to read this file prior to any configuration.
        en	We also find a changelog.Debian.gz file describing the changes. Then more.	We also find a changelog.Debian.gz file describing the changes. | Then more.
        en	Write to the terminal with System.Console and its methods. Then more.	Write to the terminal with System.Console and its methods. | Then more.
        en	Point the resolver at example.com first. Then try www.debian.org. It answers.	Point the resolver at example.com first. | Then try www.debian.org. | It answers.
        fr	Lisez le fichier README.Debian. Puis la suite.	Lisez le fichier README.Debian. | Puis la suite.
        fr	Et alors…_? Rien ne se passe.	Et alors…_? | Rien ne se passe.
        fr	Et alors... ? Rien ne se passe.	Et alors... ? | Rien ne se passe.
        fr	Quelle surprise_!_? Non.	Quelle surprise_!_? | Non.
        fr	Qu'est-ce que Debian~? Une distribution~! Elle est libre~; et gratuite. Fin.	Qu'est-ce que Debian~? | Une distribution~! | Elle est libre~; et gratuite. | Fin.
        fr	Il demanda «_Vraiment_?_» Puis il partit.	Il demanda «_Vraiment_?_» | Puis il partit.
        en	He asked «_Vraiment_?_» Then he left.	He asked «_Vraiment_?_» | Then he left.
        """)
    void keepsNamesAndSpacedPunctuationInsideSentences(String lang, String paragraph, String expected) {
        String p = paragraph.replace('_', '\u00A0').replace('~', '\u202F');
        List<String> want = sentences(expected.replace('_', '\u00A0').replace('~', '\u202F'));
        assertThat(SrxSegmenter.forLanguage(Language.parse(lang)).split(p)).containsExactlyElementsOf(want);
    }

    /**
     * Gold sentences of the benchmark bitexts (read from ../shared, never copied) that hold an
     * abbreviation or initials: each must come out as one segment.
     */
    @ParameterizedTest(name = "{0} line with \"{2}\"")
    @CsvSource(delimiter = '\t', textBlock = """
        vingt-mille-lieues/fr.txt	fr	de la lettre de J.-B.
        vingt-mille-lieues/en.txt	en	arrival of J. B. Hobson's letter
        candide/en.txt	en	agreed to take Dr. Pangloss into his house
        textberg-dev/de.txt	de	Ähnlich ging es später z. B. mit
        textberg-dev/de.txt	de	unter Führung von J. O. M. Roberts
        textberg-dev/de.txt	de	Arbeit von Dr. Toni Hagen unsere
        """)
    void keepsBenchmarkSentencesWhole(String file, String lang, String phrase) throws IOException {
        String line = sharedLineContaining(file, phrase);
        assertThat(SrxSegmenter.forLanguage(Language.parse(lang)).split(line)).containsExactly(line.strip());
    }

    @Test
    void regionsPickTheRulesOfTheirLanguage() {
        String text = "Lisez cf. Zanon à ce sujet. Puis la suite.";
        assertThat(SrxSegmenter.forLanguage(Language.parse("fr-CA")).split(text))
                .isEqualTo(SrxSegmenter.forLanguage(Language.of("fr")).split(text))
                .hasSize(2);
    }

    @Test
    void languagesWithoutRulesOfTheirOwnStillGetSentences() {
        // LanguageTool's "Default" set alone breaks only after a no-break space: Finnish would
        // come out as whole paragraphs without the generic fallback.
        assertThat(SrxSegmenter.forLanguage(Language.of("fi")).split("Tämä on lause. Tämä on toinen lause! Entä kolmas?"))
                .containsExactly("Tämä on lause.", "Tämä on toinen lause!", "Entä kolmas?");
    }

    @Test
    void unknownLanguagesDoNotGetFrenchRules() {
        // French rules keep "M. Dupont" together; generic rules see a one-letter sentence end.
        assertThat(SrxSegmenter.forLanguage(Language.of("fi")).split("M. Dupont est arrivé."))
                .hasSize(2);
    }

    @Test
    void blankParagraphsGiveNoSentencesAndSentencesAreTrimmed() {
        Segmenter s = SrxSegmenter.forLanguage(Language.of("en"));
        assertThat(s.split(" \u00A0\t")).isEmpty();
        assertThat(s.split("\u00A0 This is simply wrong.  At Melfi, the struggle started. \n"))
                .containsExactly("This is simply wrong.", "At Melfi, the struggle started.");
    }

    @Test
    void privateUseCharactersOkapiReservesAreKeptAsText() {
        // PDF extraction leaves private-use glyphs; Okapi reads U+E101..U+E104 as code markers
        assertThat(SrxSegmenter.forLanguage(Language.of("en")).split("The \uE101 key opens it. Then \uE103 closes it."))
                .containsExactly("The \uE101 key opens it.", "Then \uE103 closes it.");
    }

    /** French typography with narrow no-break spaces (U+202F), as ebooks set it; kept in the output. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
        «\u202FPartons.\u202F» Puis il partit.                  # «\u202FPartons.\u202F» | Puis il partit.
        Est-ce vrai\u202F? Oui, c'est vrai\u202F!                # Est-ce vrai\u202F? | Oui, c'est vrai\u202F!
        «\u202FPartez\u202F!\u202F» dit-il. Puis il partit.    # «\u202FPartez\u202F!\u202F» dit-il. | Puis il partit.
        """)
    void narrowNoBreakSpacesCountAsSpaces(String paragraph, String expected) {
        assertThat(paragraph).contains("\u202F");
        assertThat(SrxSegmenter.forLanguage(Language.of("fr")).split(paragraph))
                .containsExactlyElementsOf(sentences(expected));
    }

    @Test
    void aUserSrxFileReplacesTheDefaultRules(@TempDir Path dir) throws IOException {
        Path srx = write(dir, "semicolons.srx", srx("""
                <languagerule languagerulename="Semicolons">
                  <rule break="yes"><beforebreak>;\\s</beforebreak><afterbreak></afterbreak></rule>
                </languagerule>""", ".*", "Semicolons"));
        assertThat(SrxSegmenter.fromFile(srx, Language.of("en")).split("One; two. Three."))
                .containsExactly("One;", "two. Three.");
    }

    @Test
    void anSrx10FileIsReadToo(@TempDir Path dir) throws IOException {
        Path srx = write(dir, "old.srx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <srx version="1.0" xmlns="http://www.lisa.org/srx10">
                <header segmentsubflows="yes"><formathandle type="start" include="no"/></header>
                <body><languagerules><languagerule languagerulename="Default">
                <rule break="yes"><beforebreak>[.!?]\\s</beforebreak><afterbreak></afterbreak></rule>
                </languagerule></languagerules>
                <maprules><maprule maprulename="Default">
                <languagemap languagepattern=".*" languagerulename="Default"/>
                </maprule></maprules></body></srx>
                """);
        assertThat(SrxSegmenter.fromFile(srx, Language.of("fr")).split("Voir M. Dupont. Puis la suite !"))
                .containsExactly("Voir M.", "Dupont.", "Puis la suite !");
    }

    @Test
    void theBundledRulesLoadAsAUserFileToo(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("visavis.srx");
        try (var in = SrxSegmenter.class.getResourceAsStream(SrxSegmenter.DEFAULT_RULES)) {
            Files.copy(in, copy);
        }
        String text = "Read Ch. 5 first. Then more.";
        assertThat(SrxSegmenter.fromFile(copy, Language.of("en")).split(text))
                .isEqualTo(SrxSegmenter.forLanguage(Language.of("en")).split(text));
    }

    @Test
    void aMissingSrxFileIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.srx");
        assertThatThrownBy(() -> SrxSegmenter.fromFile(missing, Language.of("fr")))
                .isInstanceOf(SegmentationException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("not found");
    }

    /** Each broken file, and the words the one-line message must contain besides the file name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        truncated XML | `<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header` | malformed
        another XML vocabulary | `<?xml version="1.0"?><tmx version="1.4"><body/></tmx>` | not an SRX file
        no rules at all | `<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="yes"/><body><languagerules/><maprules/></body></srx>` | no language rules
        no rules for the language | `<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="yes"/><body><languagerules><languagerule languagerulename="Japanese"><rule break="yes"><beforebreak>。</beforebreak><afterbreak></afterbreak></rule></languagerule></languagerules><maprules><languagemap languagepattern="ja.*" languagerulename="Japanese"/></maprules></body></srx>` | no segmentation rules for language fr
        bad regular expression | `<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="yes"/><body><languagerules><languagerule languagerulename="Broken"><rule break="yes"><beforebreak>[.!?</beforebreak><afterbreak></afterbreak></rule></languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="Broken"/></maprules></body></srx>` | invalid regular expression in a rule for fr: rule 1 of 'Broken', beforebreak '[.!?
        map to an undefined rule set | `<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="yes"/><body><languagerules><languagerule languagerulename="A"><rule break="yes"><beforebreak>\\.</beforebreak><afterbreak></afterbreak></rule></languagerule></languagerules><maprules><languagemap languagepattern="fr.*" languagerulename="French"/></maprules></body></srx>` | does not define
        """)
    void aBrokenSrxFileIsAnErrorNamingTheFile(String what, String content, String problem, @TempDir Path dir)
            throws IOException {
        Path srx = write(dir, "broken.srx", content);
        assertThatThrownBy(() -> SrxSegmenter.fromFile(srx, Language.of("fr")))
                .isInstanceOf(SegmentationException.class)
                .hasMessageStartingWith(srx.toString())
                .hasMessageContaining(problem)
                .hasMessageNotContaining("\n");
    }

    static List<String> sentences(String expected) {
        return Arrays.stream(expected.split(" \\| ")).toList();
    }

    static String sharedLineContaining(String file, String phrase) throws IOException {
        Path path = sharedBenchmarks().resolve(file);
        return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(phrase))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " has no line with '" + phrase + "'"));
    }

    static Path sharedBenchmarks() {
        Path dir = Path.of(System.getProperty("visavis.shared", "../shared"), "benchmarks", "dev");
        assertThat(dir).as("the shared benchmarks (system property visavis.shared)").isDirectory();
        return dir;
    }

    private static String srx(String languageRules, String pattern, String ruleName) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                <header segmentsubflows="yes" cascade="yes"/>
                <body><languagerules>
                %s
                </languagerules><maprules>
                <languagemap languagepattern="%s" languagerulename="%s"/>
                </maprules></body></srx>
                """.formatted(languageRules, pattern, ruleName);
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
