package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

/** Sentences wholly in brackets that one side lacks stand alone instead of joining the bead beside them. */
class BracketedAsidesTest {

    private static final Language DE = Language.of("de");
    private static final Language FR = Language.of("fr");

    @Test
    void anAsideIsASentenceWhollyInBrackets() {
        assertThat(BracketedAsides.isAside("( Traduit par L. S. ) ")).isTrue();
        assertThat(BracketedAsides.isAside("(que reprirent en chœur la cuisinière et le bébé).")).isTrue();
        assertThat(BracketedAsides.isAside("(He pronounced it ' arrum. ')")).isTrue();
        assertThat(BracketedAsides.isAside("[Note du traducteur : le texte anglais dit « bug ».]")).isTrue();
        // Brackets that close before the end, or a sentence that only starts with some.
        assertThat(BracketedAsides.isAside("( 2 ) Les grimpeurs partirent à l'aube.")).isFalse();
        assertThat(BracketedAsides.isAside("(a) et (b) sont vrais")).isFalse();
        assertThat(BracketedAsides.isAside("Lhotsé ( 8501 m ) ")).isFalse();
        assertThat(BracketedAsides.isAside("( London :")).isFalse();
    }

    /** Text+Berg (dev benchmark): the translator's credit after the last paragraph of the French. */
    @Test
    void aTranslatorsCreditAtTheEndStandsAlone() {
        SegmentedDocument de = AlignerFixtures.dev("textberg-dev", DE);
        SegmentedDocument fr = AlignerFixtures.dev("textberg-dev", FR);
        assertThat(fr.texts().get(553)).isEqualTo("( Traduit par L. S. ) ");
        List<Bead> beads = LengthLexicalAligner.forLanguages(DE, FR).align(de, fr);
        Alignment.checkCoverage(beads, de.size(), fr.size());
        assertThat(beads.subList(beads.size() - 2, beads.size()).stream().map(Bead::notation))
                .containsExactly("[467]:[552]", "[]:[553]");
    }

    @Test
    void anAsideStaysInItsBeadWhenTheOtherSideHasBracketsOrWhenTheBeadIsFixed() {
        List<String> fr = List.of("(Dinah c'était son chat.)", "Alice la regretta.");
        List<String> en = List.of("Alice missed Dinah (the cat).", "(Dinah was the cat.)", "She missed her.");
        Bead withBrackets = Bead.auto(List.of(0), List.of(0, 1), 0.8);
        Bead bare = Bead.auto(List.of(0, 1), List.of(2), 0.8);
        assertThat(BracketedAsides.split(List.of(withBrackets, bare), List.of(), fr, en))
                .containsExactly(withBrackets, Bead.auto(List.of(0), List.of(), 1), Bead.auto(List.of(1), List.of(2), 0.8));
        Bead fixed = bare.withStatus(BeadStatus.CONFIRMED);
        assertThat(BracketedAsides.split(List.of(withBrackets, fixed), List.of(fixed), fr, en))
                .containsExactly(withBrackets, fixed);
    }
}
