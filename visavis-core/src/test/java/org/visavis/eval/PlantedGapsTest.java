package org.visavis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantedGapsTest {

    /** 300 sentence pairs "fr k" / "en k", a 2-1 bead every tenth, and the gold pairing them. */
    private static final List<String> FRENCH = new ArrayList<>();
    private static final List<String> ENGLISH = new ArrayList<>();
    private static final List<BeadIndexes> GOLD = new ArrayList<>();

    static {
        for (int k = 0; k < 300; k++) {
            if (k % 10 == 9) {
                GOLD.add(new BeadIndexes(List.of(FRENCH.size(), FRENCH.size() + 1), List.of(ENGLISH.size())));
                FRENCH.add("fr " + k + "a");
                FRENCH.add("fr " + k + "b");
            } else {
                GOLD.add(new BeadIndexes(List.of(FRENCH.size()), List.of(ENGLISH.size())));
                FRENCH.add("fr " + k);
            }
            ENGLISH.add("en " + k);
        }
    }

    private static String label(String sentence) {
        return sentence.substring(3).replaceAll("[ab]$", "");
    }

    @Test
    void omittedSentencesLeaveTheirCounterpartsAloneInTheGold() {
        PlantedGaps gaps = PlantedGaps.planted(FRENCH, ENGLISH, GOLD, 4, 0, 7);
        assertThat(gaps.omitted()).isNotEmpty();
        int deleted = (FRENCH.size() + ENGLISH.size()) - (gaps.source().size() + gaps.target().size());
        assertThat(gaps.omitted().stream().mapToInt(b -> b.source().size() + b.target().size()).sum())
                .isEqualTo(deleted);
        for (BeadIndexes b : gaps.omitted()) {
            assertThat(b.oneSided()).isTrue();
            List<String> side = b.source().isEmpty() ? gaps.target() : gaps.source();
            for (int x : b.source().isEmpty() ? b.target() : b.source()) {
                String counterpart = (b.source().isEmpty() ? "fr " : "en ") + label(side.get(x));
                assertThat(b.source().isEmpty() ? gaps.source() : gaps.target()).doesNotContain(counterpart);
            }
        }
        assertThat(gaps.omitted().stream().anyMatch(b -> b.source().isEmpty())).isTrue();
        assertThat(gaps.omitted().stream().anyMatch(b -> b.target().isEmpty())).isTrue();
        assertThat(gaps.omitted().stream().anyMatch(b -> b.source().size() + b.target().size() > 1))
                .as("a run of two or three omitted sentences is one gold bead").isTrue();
        assertThat(gaps.gold()).hasSize(GOLD.size() - deleted + gaps.omitted().size());
        assertPairsAgree(gaps);
    }

    @Test
    void movedSentencesKeepTheirPairsFifteenToSixtySentencesAway() {
        PlantedGaps gaps = PlantedGaps.planted(FRENCH, ENGLISH, GOLD, 0, 4, 7);
        assertThat(gaps.moved()).isNotEmpty();
        assertThat(gaps.target()).hasSameSizeAs(ENGLISH).isNotEqualTo(ENGLISH);
        for (BeadIndexes b : gaps.moved()) {
            int shift = b.target().get(0) - b.source().get(0);
            int usual = ENGLISH.indexOf(gaps.target().get(b.target().get(0))) - FRENCH.indexOf(gaps.source().get(b.source().get(0)));
            assertThat(Math.abs(shift - usual)).isBetween(15, 66);
        }
        assertThat(gaps.gold()).hasSize(GOLD.size());
        assertPairsAgree(gaps);
        assertThat(PlantedGaps.planted(FRENCH, ENGLISH, GOLD, 0, 4, 7)).as("the same seed, the same gaps").isEqualTo(gaps);
    }

    /** Every gold bead of the planted text but the omitted runs pairs sentences of the same number. */
    private static void assertPairsAgree(PlantedGaps gaps) {
        for (BeadIndexes b : gaps.gold()) {
            if (gaps.omitted().contains(b)) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            b.source().forEach(i -> labels.add(label(gaps.source().get(i))));
            b.target().forEach(j -> labels.add(label(gaps.target().get(j))));
            assertThat(labels.stream().distinct()).hasSize(1);
        }
    }
}
