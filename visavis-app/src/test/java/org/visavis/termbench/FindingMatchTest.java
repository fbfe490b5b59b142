package org.visavis.termbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visavis.checks.Finding;
import org.visavis.checks.Severity;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;
import org.visavis.model.Side;

class FindingMatchTest {
    private final FindingMatch match = new FindingMatch(LanguageKnowledge.tagger(Language.of("fr")),
            LanguageKnowledge.tagger(Language.of("en")));
    private final PlantedCase planted = new PlantedCase("p", 1, DeviationKind.SYNONYM,
            new TermRendering("paquet source", "paquet source", "source package", "source package", 9, List.of(1, 2, 3, 4, 5, 6, 7, 8)),
            "source parcel", "source parcel", List.of(4), List.of("Get the source package."), List.of("Get the source parcel."));

    private static Finding finding(String check, Side side, String subject, List<Integer> beads, String... renderings) {
        Map<String, List<Integer>> r = new java.util.LinkedHashMap<>();
        for (String x : renderings) {
            r.put(x, beads);
        }
        return Finding.builder(check).severity(Severity.WARNING).side(side).subject(subject).message("m").beads(beads)
                .renderings(r).build();
    }

    @Test
    void aTermFindingOnThePlantedBeadAboutTheTermFindsIt() {
        assertThat(match.found(planted, List.of(finding("term-inconsistency", Side.SOURCE, "paquets sources",
                List.of(2, 4), "source packages", "source parcel")))).isTrue();
        // the target side: the planted rendering as subject
        assertThat(match.found(planted, List.of(finding("term-deviation", Side.TARGET, "source parcel",
                List.of(4))))).isTrue();
        // a glossary finding names the source term only
        assertThat(match.found(planted, List.of(finding("term-missing", Side.SOURCE, "paquet source",
                List.of(4))))).isTrue();
    }

    @Test
    void anotherBeadAnotherTermOrAnotherCheckDoNot() {
        assertThat(match.found(planted, List.of(finding("term-inconsistency", Side.SOURCE, "paquet source",
                List.of(2, 3), "source package", "source parcel")))).isFalse();
        assertThat(match.found(planted, List.of(finding("term-inconsistency", Side.SOURCE, "dépôt",
                List.of(4), "repository", "archive")))).isFalse();
        assertThat(match.found(planted, List.of(finding("untranslated", Side.SOURCE, "paquet source",
                List.of(4))))).isFalse();
    }
}
