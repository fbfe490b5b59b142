package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.visavis.export.TmxUnitFilter.Reason;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/** Which beads become TMX units, on lines of the Handbook's release chapter (sect.release-lifecycle). */
class TmxUnitFilterTest {

    private static final List<String> FR = List.of(
            "1.6.2. Le statut Unstable",
            "2005",
            "Les utilisateurs testent alors les corrections et cherchent d'autres problèmes.",
            "Several updates may then occur rapidly.",
            "Revenons sur le cas de notre paquet.");
    private static final List<String> EN = List.of(
            "1.6.2. The Unstable Status",
            "2005",
            "The users then test the corrections and search for other problems.",
            "Several updates may then occur rapidly.",
            "Let us now return to the case of our package.",
            "Figure 1.2. Compilation of a package by the autobuilders");

    private static Alignment alignment() {
        List<Bead> beads = List.of(
                new Bead(List.of(0), List.of(0), 0.99, BeadStatus.CONFIRMED),
                Bead.auto(List.of(1), List.of(1), 0.97),
                Bead.auto(List.of(2), List.of(2), 0.42),
                new Bead(List.of(3), List.of(3), 0.98, BeadStatus.CONFIRMED),
                Bead.auto(List.of(4), List.of(4), 0.88),
                Bead.auto(List.of(), List.of(5), 0.7));
        return new Alignment(doc("fr-FR", FR), doc("en-US", EN), beads);
    }

    private static SegmentedDocument doc(String lang, List<String> sentences) {
        return new SegmentedDocument("sect.release-lifecycle.html", Language.parse(lang),
                sentences.stream().map(Paragraph::body).toList(),
                java.util.stream.IntStream.range(0, sentences.size()).mapToObj(i -> new Segment(sentences.get(i), i)).toList());
    }

    @Test
    void byDefaultOneSidedAndNumbersOnlyBeadsStayOut() {
        var r = TmxUnitFilter.DEFAULT.apply(alignment());
        assertThat(r.kept()).extracting(b -> b.source().get(0)).containsExactly(0, 2, 3, 4);
        assertThat(r.keptOut()).isEqualTo(Map.of(Reason.ONE_SIDED, 1, Reason.NUMBERS_ONLY, 1));
    }

    @Test
    void eachBeadKeptOutIsCountedOnceUnderItsFirstReason() {
        var r = TmxUnitFilter.DEFAULT.withSkipIdentical(true).withConfirmedOnly(true).withMinConfidence(0.9)
                .apply(alignment());
        assertThat(r.kept()).extracting(b -> b.source().get(0)).containsExactly(0);
        // bead 3 is confirmed but untranslated; beads 2 and 4 are not confirmed (2 is also under 0.9)
        assertThat(r.keptOut()).isEqualTo(Map.of(Reason.ONE_SIDED, 1, Reason.NUMBERS_ONLY, 1, Reason.IDENTICAL, 1,
                Reason.UNCONFIRMED, 2));
        assertThat(r.kept().size() + r.keptOutTotal()).isEqualTo(alignment().beads().size());
    }

    @Test
    void whatIsAskedForComesBackIn() {
        var r = TmxUnitFilter.DEFAULT.withKeepOneSided(true).withKeepNumbersOnly(true).withMinConfidence(0.5)
                .apply(alignment());
        assertThat(r.kept()).hasSize(5);
        assertThat(r.keptOut()).isEqualTo(Map.of(Reason.LOW_CONFIDENCE, 1));
    }
}
