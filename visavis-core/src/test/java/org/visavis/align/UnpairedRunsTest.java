package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.eval.Calibration;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

/** Runs of unpaired sentences of one side: one bead for an omitted passage of prose, one each for captions. */
class UnpairedRunsTest {

    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");
    private static final Language DE = Language.of("de");

    /** From corpora/self-organisation/en.txt: English, but of another text altogether. */
    private static final List<String> STRANGERS = List.of(
            "Self-organisation is the first act of the revolution; it then becomes an obstacle which the revolution"
                    + " has to overcome.",
            "Autonomy is the practice, the theory and the revolutionary project of the epoch of “fordism”.",
            "Its subject is the worker and it supposes that the communist revolution is his liberation, i.e. the"
                    + " liberation of productive labour.");

    @Test
    void proseIsTellingSentencesFromCaptionsAndDebris() {
        // Alice's English 811-818 and Candide's French 825-828 (dev gold: one bead each run).
        assertThat(UnpairedRuns.isProse("Alice was silent.")).isTrue();
        assertThat(UnpairedRuns.isProse("' Why with an M? ' said Alice.")).isTrue();
        assertThat(UnpairedRuns.isProse("' They were learning to draw, ' the Dormouse went on, yawning and rubbing its"
                + " eyes, for it was getting very sleepy; ' and they drew all manner of things--everything that begins"
                + " with an M-- '")).isTrue();
        assertThat(UnpairedRuns.isProse("« Quaque erat et tellus, illic et pontus et aer. »")).isTrue();
        // Text+Berg's French 16-51, captions and scan debris between two paragraphs (gold: one bead each).
        assertThat(UnpairedRuns.isProse("Lhotsé ( 8501 m ) ")).isFalse();
        assertThat(UnpairedRuns.isProse("Stiftung für alpine Forschungen , Zürich ")).isFalse();
        assertThat(UnpairedRuns.isProse("i - Photo Schweiz . ")).isFalse();
        assertThat(UnpairedRuns.isProse("é » . ")).isFalse();
        assertThat(UnpairedRuns.isProse("Thyangboché ; ")).isFalse();
        assertThat(UnpairedRuns.isProse("( Traduit par L. S. ) ")).isTrue();
    }

    /** Candide (dev benchmark): a footnote of four sentences that the English edition has not. */
    @Test
    void anOmittedFootnoteIsOneBead() {
        SegmentedDocument fr = AlignerFixtures.dev("candide", FR);
        SegmentedDocument en = AlignerFixtures.dev("candide", EN);
        List<Bead> beads = LengthLexicalAligner.forLanguages(FR, EN).align(fr, en);
        Alignment.checkCoverage(beads, fr.size(), en.size());
        assertThat(beads.stream().map(Bead::notation)).contains("[823,824]:[948]", "[825,826,827,828]:[]",
                "[829,830]:[949]");
    }

    /** Text+Berg (dev benchmark): photo captions and credits between two paragraphs stay one bead each. */
    @Test
    void captionsBetweenTwoParagraphsStayApart() {
        SegmentedDocument de = AlignerFixtures.dev("textberg-dev", DE);
        SegmentedDocument fr = AlignerFixtures.dev("textberg-dev", FR);
        List<String> beads = LengthLexicalAligner.forLanguages(DE, FR).align(de, fr).stream()
                .map(Bead::notation).toList();
        for (int j = 18; j <= 51; j++) {
            assertThat(beads).contains("[]:[" + j + "]");
        }
    }

    @Test
    void sentencesOfAnotherTextInsertedTogetherAreOneConfidentBead() {
        List<String> en = new ArrayList<>(AlignerFixtures.sentences("release-lifecycle.en.txt"));
        en.addAll(20, STRANGERS);
        List<String> fr = AlignerFixtures.sentences("release-lifecycle.fr.txt");
        List<Bead> beads = LengthLexicalAligner.forLanguages(FR, EN)
                .align(AlignerFixtures.plain(fr, FR), AlignerFixtures.plain(en, EN));
        Alignment.checkCoverage(beads, fr.size(), en.size());
        Bead run = beads.stream().filter(b -> b.target().contains(20)).findFirst().orElseThrow();
        assertThat(run.notation()).isEqualTo("[]:[20,21,22]");
        assertThat(run.confidence()).isGreaterThanOrEqualTo(Calibration.CONFIDENT);
    }

    @Test
    void aConfirmedRunIsKeptByARealignAndNotMergedWithItsUnpairedNeighbour() {
        List<String> en = new ArrayList<>(AlignerFixtures.sentences("release-lifecycle.en.txt"));
        en.addAll(20, STRANGERS);
        SegmentedDocument fr = AlignerFixtures.plain(AlignerFixtures.sentences("release-lifecycle.fr.txt"), FR);
        SegmentedDocument english = AlignerFixtures.plain(en, EN);
        // A reviser split the aligner's []:[20,21,22] and confirmed its first two sentences as one omission.
        Bead confirmed = new Bead(List.of(), List.of(20, 21), 1, BeadStatus.CONFIRMED);
        List<Bead> beads = LengthLexicalAligner.forLanguages(FR, EN).realign(fr, english, List.of(confirmed));
        Alignment.checkCoverage(beads, fr.size(), english.size());
        assertThat(beads).contains(confirmed);
        assertThat(beads.stream().map(Bead::notation)).contains("[]:[22]");
    }

    @Test
    void confirmedBeadsAreNeverMerged() {
        List<String> fr = List.of("Le paquet est construit.", "Il est envoyé.");
        List<String> en = List.of("The package is built.", "It is sent to the archive.", "Then it is signed.",
                "Everyone may download it.");
        Bead pair = Bead.auto(List.of(0, 1), List.of(0), 0.95);
        Bead kept = new Bead(List.of(), List.of(1), 1, BeadStatus.CONFIRMED);
        List<Bead> merged = UnpairedRuns.merge(List.of(pair, Bead.auto(List.of(), List.of(1), 1),
                Bead.auto(List.of(), List.of(2), 0.97), Bead.auto(List.of(), List.of(3), 0.92)), List.of(kept), fr, en);
        assertThat(merged).containsExactly(pair, kept, Bead.auto(List.of(), List.of(2, 3), 0.92));
    }
}
