package org.visavis.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Side;

class AlignmentEditsTest {
    private final Alignment naive = HandbookFixture.naiveAlignment();

    private static List<String> notations(Alignment a) {
        return a.beads().stream().map(Bead::notation).toList();
    }

    @ParameterizedTest(name = "{0} bead {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            shiftUp       | 5  | SOURCE | [4,5]:[4]  | 4 | 14
            shiftUp       | 5  | TARGET | [4]:[4,5]  | 4 | 14
            shiftDown     | 4  | SOURCE | [4,5]:[5]  | 5 | 14
            shiftDown     | 4  | TARGET | [5]:[4,5]  | 5 | 14
            shiftDown     | 12 | TARGET | [13]:[12]  | 13 | 14
            mergeSideUp   | 5  | SOURCE | [4,5]:[4]  | 4 | 14
            mergeSideDown | 12 | TARGET | [13]:[12]  | 13 | 14
            """)
    void movesSentencesBetweenNeighbouringBeads(String op, int bead, Side side, String changed, int at, int count) {
        Alignment edited = switch (op) {
            case "shiftUp" -> AlignmentEdits.shiftUp(naive, bead, side);
            case "shiftDown" -> AlignmentEdits.shiftDown(naive, bead, side);
            case "mergeSideUp" -> AlignmentEdits.mergeSideUp(naive, bead, side);
            case "mergeSideDown" -> AlignmentEdits.mergeSideDown(naive, bead, side);
            default -> throw new IllegalArgumentException(op);
        };
        assertThat(edited.beads().get(at).notation()).isEqualTo(changed);
        assertThat(edited.beads().get(at).status()).isEqualTo(BeadStatus.CONFIRMED);
        assertThat(edited.beads()).hasSize(count);
        assertThat(edited.source()).isEqualTo(naive.source());
        assertThat(edited.target()).isEqualTo(naive.target());
    }

    @Test
    void shiftingTheLastSentenceOutOfABeadRemovesIt() {
        Alignment oneSided = AlignmentEdits.shiftUp(naive, 13, Side.SOURCE);
        assertThat(notations(oneSided)).hasSize(13).endsWith("[12,13]:[12]");
    }

    @Test
    void fixingTheOffByOneTakesAShiftAndARealign() {
        // French sentences 4 and 5 are both rendered by English sentence 4 ("This modularity ... ; but ...")
        Alignment shifted = AlignmentEdits.shiftUp(naive, 5, Side.SOURCE);
        assertThat(shifted.beads().get(5).notation()).isEqualTo("[]:[5]");
        Alignment realigned = AlignmentEdits.realignPending(shifted, new LengthRealigner());
        assertThat(notations(realigned)).startsWith("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4,5]:[4]");
        assertThat(notations(realigned)).contains("[6]:[5]", "[9]:[8]", "[13]:[12]");
    }

    @Test
    void theSentenceAlignersRealignKeepsConfirmedBeadsAndRepairsTheRest() {
        Alignment shifted = AlignmentEdits.shiftUp(naive, 5, Side.SOURCE);
        Alignment realigned = AlignmentEdits.realignPending(shifted, (s, t, fixed) ->
                org.visavis.align.LengthLexicalAligner.forLanguages(s.language(), t.language()).realign(s, t, fixed));
        // the truth from [6]:[5] on is one-to-one; the aligner may still pair 6-7 with 5-6 as a 2-2
        assertThat(notations(realigned)).contains("[4,5]:[4]", "[8]:[7]", "[10]:[9]", "[13]:[12]");
        assertThat(realigned.beads().get(4).isConfirmed()).isTrue();
    }

    @Test
    void mergeWithNextAndSplitBeadAreInverse() {
        Alignment merged = AlignmentEdits.mergeWithNext(naive, 2);
        assertThat(merged.beads().get(2).notation()).isEqualTo("[2,3]:[2,3]");
        Alignment split = AlignmentEdits.splitBead(merged, 2);
        assertThat(notations(split)).isEqualTo(notations(naive));
    }

    @Test
    void splitBeadLeavesTheLongerSideAlone() {
        Alignment twoOne = AlignmentEdits.shiftUp(AlignmentEdits.shiftUp(naive, 5, Side.SOURCE), 5, Side.TARGET);
        assertThat(twoOne.beads().get(4).notation()).isEqualTo("[4,5]:[4,5]");
        Alignment unmerged = AlignmentEdits.splitBead(AlignmentEdits.shiftUp(naive, 5, Side.SOURCE), 4);
        assertThat(unmerged.beads().subList(4, 7)).extracting(Bead::notation).containsExactly("[4]:[4]", "[5]:[]", "[]:[5]");
    }

    @Test
    void insertAndRemoveEmptyCounterpart() {
        Alignment inserted = AlignmentEdits.insertEmpty(naive, 6, Side.TARGET);
        assertThat(inserted.beads().subList(6, 8)).extracting(Bead::notation).containsExactly("[6]:[]", "[]:[6]");
        assertThat(notations(AlignmentEdits.removeEmpty(inserted, 7))).isEqualTo(notations(naive));
        // a lone sentence with no one-sided neighbour joins the bead above
        assertThat(AlignmentEdits.removeEmpty(naive, 13).beads().get(12).notation()).isEqualTo("[12,13]:[12]");
    }

    @Test
    void editingTextInPlaceKeepsTheSentenceCount() {
        Alignment edited = AlignmentEdits.replaceSentences(naive, 10, Side.TARGET,
                List.of("As far as availability, everything is on-line through many mirrors."));
        assertThat(edited.target().segments().get(10).text()).isEqualTo("As far as availability, everything is on-line through many mirrors.");
        assertThat(edited.target().size()).isEqualTo(naive.target().size());
        assertThat(edited.target().paragraphs().get(5).text()).endsWith("through many mirrors.");
        assertThat(edited.source()).isEqualTo(naive.source());
    }

    @Test
    void splittingAtTheCaretAddsASentenceAndRenumbersTheRest() {
        String sentence = naive.target().segments().get(4).text();
        int caret = sentence.indexOf("but whether");
        Alignment split = AlignmentEdits.splitSentence(naive, Side.TARGET, 4, caret);
        assertThat(split.target().size()).isEqualTo(14);
        assertThat(split.target().segments().get(4).text()).endsWith("discovering this tool;");
        assertThat(split.target().segments().get(5).text()).startsWith("but whether");
        assertThat(split.target().segments().get(5).paragraph()).isEqualTo(naive.target().segments().get(4).paragraph());
        assertThat(split.beads().get(4).notation()).isEqualTo("[4]:[4,5]");
        assertThat(split.beads().get(5).notation()).isEqualTo("[5]:[6]");
        assertThat(split.beads().get(12).notation()).isEqualTo("[12]:[13]");
        assertThat(split.beads().get(13).notation()).isEqualTo("[13]:[]");
    }

    @Test
    void mergingSentencesByEditingReducesTheCount() {
        String joined = naive.sourceText(naive.beads().get(4)) + " " + naive.sourceText(naive.beads().get(5));
        Alignment merged = AlignmentEdits.replaceSentences(AlignmentEdits.shiftUp(naive, 5, Side.SOURCE), 4, Side.SOURCE,
                List.of(joined));
        assertThat(merged.source().size()).isEqualTo(13);
        assertThat(merged.beads().get(4).notation()).isEqualTo("[4]:[4]");
        assertThat(merged.beads().get(5).notation()).isEqualTo("[]:[5]");
        assertThat(merged.beads().get(6).notation()).isEqualTo("[5]:[6]");
    }

    @Test
    void deletingEveryTextOfAOneSidedBeadRemovesIt() {
        Alignment gone = AlignmentEdits.replaceSentences(naive, 13, Side.SOURCE, List.of("  "));
        assertThat(gone.beads()).hasSize(13);
        assertThat(gone.source().size()).isEqualTo(13);
    }

    @Test
    void confirmThroughConfirmsEverythingAbove() {
        Alignment c = AlignmentEdits.confirmThrough(naive, 3);
        assertThat(c.beads()).extracting(Bead::status).startsWith(BeadStatus.CONFIRMED, BeadStatus.CONFIRMED,
                BeadStatus.CONFIRMED, BeadStatus.CONFIRMED, BeadStatus.AUTO);
        assertThat(AlignmentEdits.unconfirm(c, 2).beads().get(2).status()).isEqualTo(BeadStatus.AUTO);
        assertThat(AlignmentEdits.confirm(naive, 7).beads().get(7).isConfirmed()).isTrue();
    }

    @Test
    void realignKeepsConfirmedBeadsEvenWhenTheyAreOdd() {
        Alignment odd = AlignmentEdits.confirm(AlignmentEdits.mergeWithNext(naive, 9), 9);
        Alignment realigned = AlignmentEdits.realignPending(odd, new LengthRealigner());
        assertThat(notations(realigned)).contains("[9,10]:[9,10]");
    }

    @Test
    void realignRejectsARealignerThatDropsAConfirmedBead() {
        Alignment confirmed = AlignmentEdits.confirm(naive, 3);
        assertThatThrownBy(() -> AlignmentEdits.realignPending(confirmed, (s, t, fixed) -> naive.beads()))
                .isInstanceOf(EditException.class).hasMessageContaining("[3]:[3]");
    }

    @ParameterizedTest(name = "{0} at bead {1}")
    @CsvSource(delimiter = '|', textBlock = """
            shiftUp     | 0  | no bead above
            mergeNext   | 13 | no bead below
            split       | 2  | nothing to split
            removeEmpty | 2  | has no empty side
            insertEmpty | 13 | already 1-0
            shiftUp     | 14 | does not exist
            """)
    void operationsThatDoNotApplySaySo(String op, int bead, String message) {
        assertThatThrownBy(() -> {
            switch (op) {
                case "shiftUp" -> AlignmentEdits.shiftUp(naive, bead, Side.SOURCE);
                case "mergeNext" -> AlignmentEdits.mergeWithNext(naive, bead);
                case "split" -> AlignmentEdits.splitBead(naive, bead);
                case "removeEmpty" -> AlignmentEdits.removeEmpty(naive, bead);
                case "insertEmpty" -> AlignmentEdits.insertEmpty(naive, bead, Side.TARGET);
                default -> throw new IllegalArgumentException(op);
            }
        }).isInstanceOf(EditException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"SOURCE, 0, 0", "SOURCE, 13, 13", "TARGET, 12, 12", "SOURCE, 5, 5"})
    void findsTheBeadOfASentence(Side side, int sentence, int bead) {
        assertThat(AlignmentEdits.beadOf(naive, side, sentence)).isEqualTo(bead);
    }

    @Test
    void findsTheBeadOfASentenceAcrossOneSidedBeads() {
        Alignment a = AlignmentEdits.insertEmpty(AlignmentEdits.insertEmpty(naive, 3, Side.TARGET), 6, Side.SOURCE);
        for (int s = 0; s < a.target().size(); s++) {
            int b = AlignmentEdits.beadOf(a, Side.TARGET, s);
            assertThat(a.beads().get(b).target()).contains(s);
        }
    }
}
