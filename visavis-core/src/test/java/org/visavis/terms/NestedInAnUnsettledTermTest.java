package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Two beads of the Debian Administrator's Handbook (corpora/debian-handbook, fr → en) that both
 * hold « communauté du logiciel libre »: a term inside a longer recurring term is left to the
 * longer one, which is checked instead; but where the longer one settles no dominant rendering,
 * nothing checks it, and the term inside is checked there as anywhere else.
 */
class NestedInAnUnsettledTermTest {
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final String[][] BEADS = {
        {"Nous donnerons en retour à la communauté du logiciel libre.", "We will give back to the free software community."},
        {"Cette méthode fonctionne plutôt bien, car on trouve des amateurs de Debian à tous les niveaux de la communauté"
                + " du logiciel libre : depuis les install parties jusqu'aux salons informatiques.",
            "This method works quite well, since Debian fans are found at all levels of the free software community:"
                + " from install parties to computer trade shows."},
    };
    private static final String LONGER = "communauté de+le logiciel libre";
    private static final String INSIDE = "logiciel libre";

    @Test
    void aTermInsideALongerOneIsCheckedOnlyWhereTheLongerOneIsUnsettled() {
        List<OrientedUnit> units = units();
        TermCollection collection = collection();
        Map<String, List<Occurrence>> settled = collection.occurrences(units, Set.of());
        assertThat(settled).containsKey(LONGER).doesNotContainKey(INSIDE);

        Map<String, List<Occurrence>> unsettled = collection.occurrences(units, Set.of(LONGER));
        assertThat(unsettled.get(INSIDE)).hasSize(2).noneMatch(Occurrence::nested);
        assertThat(unsettled.get(LONGER)).hasSize(2);
        assertThat(collection.changed()).contains(INSIDE, LONGER);

        // asked again, nothing newly unsettled: nothing collected anew, the same occurrences
        assertThat(collection.occurrences(units, Set.of(LONGER))).isEqualTo(unsettled);
        assertThat(collection.changed()).isEmpty();
    }

    private static TermCollection collection() {
        Direction direction = new Direction(TermOccurrences.seeds("fr", "en")::strength, true, null,
                RenderingDeclarations.bundled().head("en"));
        return new TermCollection(2, GeneralWords.of(Language.of("fr")), direction, RenderingDiscovery.Trace.NONE);
    }

    private static List<OrientedUnit> units() {
        NounPhraseExtractor extractor = new NounPhraseExtractor();
        return java.util.stream.IntStream.range(0, BEADS.length).mapToObj(k -> new OrientedUnit(k, 1.0, false,
                UnitSide.of(FR.tag(BEADS[k][0]), BEADS[k][0], extractor),
                UnitSide.of(EN.tag(BEADS[k][1]), BEADS[k][1], extractor), List.of())).toList();
    }
}
