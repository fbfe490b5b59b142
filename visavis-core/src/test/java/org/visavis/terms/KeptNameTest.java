package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.visavis.wordalign.Seeds;
import org.visavis.wordalign.WordLink;

/**
 * Beads of the Debian Reference (debian-reference 2.x, en → fr) and the Debian installation guide
 * (installation-guide-amd64 20230508+deb12u1): a command named by its manual page and a name kept
 * beside the translated noun that says what it names are no deviations; a passage left in English
 * is one.
 */
class KeptNameTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final Seeds SEEDS = BilingualLexicon.forPair(Language.of("en"), Language.of("fr"))
            .map(lex -> Seeds.of(lex.pairs().stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList()))
            .orElseThrow();
    private static final KeptName KEPT = new KeptName(SEEDS::strength);

    /** {@code link}: the word aligner's link of a source word to a target word ("-": none needed). */
    @ParameterizedTest(name = "“{0}” kept in: {2}")
    @CsvSource(delimiter = '|', value = {
        "free | - | • free(1) and top(1) display information on memory resources on the running system. | — free(1) et top(1) affichent des informations concernant les ressources mémoire sur le système actif.",
        "login | - | See login(1) and utmp(5). | Consultez login(1) et utmp(5).",
        "text | front-end=frontal | With the text front-end (used mostly with speech), one mostly selects answers either by typing their number followed by pressing Enter, or by selecting an answer with arrow keys, and pressing Enter to validate the choice. | Avec le frontal text (surtout utilisé par la synthèse vocale), il suffit de sélectionner les réponses en saisissant leur numéro suivi de Entrée, ou sélectionner un choix avec les flèches et valider par Entrée.",
    })
    void aNameKeptAsWrittenIsNoDeviation(String term, String link, String source, String target) {
        assertThat(KEPT.reason(occurrence(term, source, target, link), untranslated(term))).isNotNull();
    }

    @ParameterizedTest(name = "“{0}” left in English: {2}")
    @CsvSource(delimiter = '|', value = {
        // the judged real finding: the whole phrase left in English, its noun copied too
        "files | DocBook=DocBook | LaTeX, Texinfo, ANSI color escape sequences and DocBook files with highlight (C++) | HTML, XHTML, LaTeX, Texinfo, séquences d’échappement en couleur ANSI et DocBook files avec mise en évidence (C++)",
        // bead 1179 with the noun left out of the translation: "text" stands alone
        "text | - | With the text front-end (used mostly with speech), one mostly selects answers by typing their number. | Avec le text (surtout utilisé par la synthèse vocale), il suffit de sélectionner les réponses en saisissant leur numéro.",
    })
    void aWordLeftUntranslatedStaysADeviation(String term, String link, String source, String target) {
        assertThat(KEPT.reason(occurrence(term, source, target, link), untranslated(term))).isNull();
    }

    private static Occurrence occurrence(String term, String source, String target, String link) {
        NounPhraseExtractor extractor = new NounPhraseExtractor();
        UnitSide from = UnitSide.of(EN.tag(source), source, extractor);
        UnitSide to = UnitSide.of(FR.tag(target), target, extractor);
        List<TaggedToken> tokens = from.tokens();
        int k = 0;
        while (!tokens.get(k).text().equalsIgnoreCase(term)) {
            k++;
        }
        CandidateTerm c = new CandidateTerm(tokens.get(k).lemma(), tokens.get(k).lemma(), term, k, k + 1);
        List<WordLink> links = new ArrayList<>();
        if (!link.equals("-")) {
            String[] words = link.split("=");
            links.add(new WordLink(word(from, words[0]), word(to, words[1]), 0.9));
        }
        return new Occurrence(new OrientedUnit(0, 1.0, false, from, to, links), c, Optional.empty(), false);
    }

    private static int word(UnitSide side, String text) {
        for (int w = 0; w < side.words().size(); w++) {
            if (side.tokens().get(side.tokenOf()[w]).text().equals(text)) {
                return w;
            }
        }
        throw new AssertionError("no word “" + text + "” in " + side.text());
    }

    private static Deviation untranslated(String term) {
        return new Deviation(0, Deviation.Kind.UNTRANSLATED, term, term, 0.9, Deviation.Evidence.UNTRANSLATED,
                Set.of(term));
    }
}
