package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.visavis.wordalign.WordLink;

/**
 * Beads of the Debian Edu manual (en → fr): the aligner links "diskless workstations" to
 * « travail sans disque », though every bead writes « stations de travail sans disque ». The noun
 * and preposition before the spotted rendering in nearly all its beads are part of it; not where
 * the beads differ, nor where that noun renders a source word of its own.
 */
class CommonLeadingWordsTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    private static final String[][] BEADS = {
        {"Diskless workstations boot over the network.", "Les stations de travail sans disque démarrent par le réseau."},
        {"Diskless workstations need a fast network.", "Les stations de travail sans disque ont besoin d'un réseau rapide."},
        {"Most schools use diskless workstations.", "La plupart des écoles utilisent des stations de travail sans disque."},
    };

    @Test
    void theNounAndPrepositionBeforeTheRenderingInEveryBeadArePartOfIt() {
        List<Occurrence> widened = CommonLeadingWords.widened(spottedAfter(BEADS, false));
        assertThat(widened).extracting(o -> o.spotted().orElseThrow().text())
                .containsOnly("stations de travail sans disque");
        assertThat(widened.get(0).spottedStems()).contains("station", "travail", "disque");
    }

    @Test
    void wordsBeforeItInOneBeadOnlyAreNot() {
        String[][] beads = {BEADS[0], BEADS[1],
            {"Most schools use diskless workstations.", "La plupart des écoles utilisent des postes de travail sans disque."},
            {"Diskless workstations are cheap.", "Le travail sans disque coûte peu."},
        };
        List<Occurrence> occurrences = spottedAfter(beads, false);
        assertThat(CommonLeadingWords.widened(occurrences)).extracting(o -> o.spotted().orElseThrow().text())
                .containsOnly("travail sans disque");
    }

    @Test
    void aNounThatRendersASourceWordOfItsOwnIsNot() {
        List<Occurrence> widened = CommonLeadingWords.widened(spottedAfter(BEADS, true));
        assertThat(widened).extracting(o -> o.spotted().orElseThrow().text()).containsOnly("travail sans disque");
    }

    /**
     * The occurrences of "diskless workstations" in the beads, each spotted as « travail sans
     * disque »; with {@code linkNoun} the word before it (« stations ») linked to the source's
     * first word outside the term.
     */
    private static List<Occurrence> spottedAfter(String[][] beads, boolean linkNoun) {
        return Arrays.stream(beads).map(b -> {
            Occurrence bare = TermOccurrences.of(EN, FR, "diskless workstations", b[0], b[1]);
            List<TaggedToken> tokens = bare.unit().to().tokens();
            int from = 0;
            while (!tokens.get(from).text().equals("travail")) {
                from++;
            }
            Occurrence o = TermOccurrences.spotting(bare, from, from + 3, 0.7);
            if (!linkNoun) {
                return o;
            }
            UnitSide.WordRange term = o.unit().from().wordsOf(o.term());
            int outside = term.first() == 0 ? term.end() : 0;
            int[] tokenOf = o.unit().to().tokenOf();
            int noun = 0;
            while (tokenOf[noun] != from - 2) {
                noun++;
            }
            OrientedUnit u = o.unit();
            OrientedUnit linked = new OrientedUnit(u.index(), u.pairing(), u.copied(), u.from(), u.to(),
                    List.of(new WordLink(outside, noun, 0.9)));
            return new Occurrence(linked, o.term(), o.spotted(), o.nested());
        }).toList();
    }
}
