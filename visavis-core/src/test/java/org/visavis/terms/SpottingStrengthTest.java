package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.visavis.wordalign.WordLink;

/**
 * A bead of the Debian Administrator's Handbook (corpora/debian-handbook, chapter 1: "listes de
 * diffusion" rendered "e-mail lists"), with the word links a literal translation gets and those of
 * a looser one.
 */
class SpottingStrengthTest {
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final String SOURCE = "Il intervient encore épisodiquement sur les listes de diffusion pour donner son avis.";
    private static final String TARGET = "He still sporadically appears on the e-mail lists to give his opinion.";

    private static OrientedUnit unit(List<String[]> linked, double confidence) {
        NounPhraseExtractor extractor = new NounPhraseExtractor();
        UnitSide from = UnitSide.of(FR.tag(SOURCE), SOURCE, extractor);
        UnitSide to = UnitSide.of(EN.tag(TARGET), TARGET, extractor);
        List<WordLink> links = new ArrayList<>();
        for (String[] pair : linked) {
            links.add(new WordLink(word(from, pair[0]), word(to, pair[1]), confidence));
        }
        return new OrientedUnit(0, 1.0, false, from, to, links);
    }

    private static int word(UnitSide side, String folded) {
        for (int w = 0; w < side.words().size(); w++) {
            if (side.folded(w).equals(folded)) {
                return w;
            }
        }
        throw new AssertionError(folded + " is no word of " + side.text());
    }

    private static CandidateTerm term(OrientedUnit u) {
        return u.from().candidates().stream().filter(c -> c.key().startsWith("liste de diffusion")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'listes de diffusion' among " + u.from().candidates()));
    }

    private static final List<String[]> LITERAL = List.of(new String[] {"intervient", "appears"},
            new String[] {"encore", "still"}, new String[] {"épisodiquement", "sporadically"},
            new String[] {"donner", "give"}, new String[] {"avis", "opinion"},
            new String[] {"listes", "lists"}, new String[] {"diffusion", "e-mail"});

    @Test
    void aLiteralBeadIsCoveredByFirmLinksOutsideTheTerm() {
        OrientedUnit u = unit(LITERAL, 0.9);
        assertThat(SpottingStrength.coverage(u, term(u))).isCloseTo(0.9, within(0.001));
        assertThat(SpottingStrength.linkToTerm(u, term(u), "e-mail lists")).isCloseTo(0.9, within(0.001));
        assertThat(SpottingStrength.linkElsewhere(u, term(u), "e-mail lists")).isZero();
    }

    @Test
    void aWordLeftUnlinkedCountsNothing() {
        // "avis" and "donner" unlinked: three of the five content words outside the term linked
        OrientedUnit u = unit(LITERAL.subList(0, 3), 0.9);
        assertThat(SpottingStrength.coverage(u, term(u))).isCloseTo(0.9 * 3 / 5, within(0.001));
        assertThat(SpottingStrength.linkToTerm(u, term(u), "e-mail lists")).isZero();
    }

    @Test
    void aRenderingLinkedToAnotherWordRendersThatWord() {
        OrientedUnit u = unit(List.of(new String[] {"avis", "lists"}, new String[] {"listes", "opinion"}), 0.8);
        assertThat(SpottingStrength.linkElsewhere(u, term(u), "lists")).isCloseTo(0.8, within(0.001));
        assertThat(SpottingStrength.linkToTerm(u, term(u), "lists")).isZero();
        assertThat(SpottingStrength.linkToTerm(u, term(u), "opinion")).isCloseTo(0.8, within(0.001));
    }

    @Test
    void theMedianOfTheUsualBeads() {
        assertThat(SpottingStrength.median(List.of(0.2, 0.9, 0.7))).isEqualTo(0.7);
        assertThat(SpottingStrength.median(List.of())).isEqualTo(1);
    }
}
