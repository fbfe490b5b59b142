package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;
import org.junit.jupiter.params.provider.CsvSource;

class RareWordAnchorsTest {

    /** Pairs as "s:t s:t ...", the expected chain as points after each pair. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0:0 1:1 2:2       | 1:1 2:2 3:3",
        // an outlier far off the diagonal is dropped
        "0:0 1:50 2:2 3:3  | 1:1 3:3 4:4",
        // a pair that crosses the others is dropped
        "0:0 1:5 2:2 3:3 4:4 | 1:1 3:3 4:4 5:5",
    })
    void keepsTheLongestMonotoneChain(String pairs, String expected) {
        List<int[]> in = new ArrayList<>();
        for (String p : pairs.trim().split("\\s+")) {
            String[] st = p.split(":");
            in.add(new int[] {Integer.parseInt(st[0]), Integer.parseInt(st[1])});
        }
        List<String> chain = RareWordAnchors.longestChain(in).stream().map(p -> p.i() + ":" + p.j()).toList();
        assertThat(String.join(" ", chain)).isEqualTo(expected.trim());
    }

    @org.junit.jupiter.api.Test
    void windowsFollowTheChainOfRareWordsOverTheWholeDocuments() {
        int[] centers = RareWordAnchors.centers(10, 5, List.of(new Band.Point(2, 2), new Band.Point(6, 4)));
        assertThat(centers).containsExactly(0, 1, 2, 2, 3, 3, 4, 4, 4, 4);
        assertThat(RareWordAnchors.centers(4, 2, List.of())).containsExactly(0, 0, 1, 1);
    }

    /**
     * The French of the installation guide stops at the English's sentence 700 of 1,200: from
     * about sentence 380 the pairs lie more than the 150-sentence window off the diagonal, and a
     * window centred on it found no anchor there but wrong ones in the English the French lacks.
     */
    @org.junit.jupiter.api.Test
    void anchorsFollowATranslationThatLacksItsLastPart() {
        Language en = Language.of("en");
        Language fr = Language.of("fr");
        SideFeatures s = new SideFeatures(AlignerFixtures.withParagraphs("install.en.cut.txt", en),
                LanguageKnowledge.lemmatizer(en), AlignerOptions.defaults().frequentShare());
        SideFeatures t = new SideFeatures(AlignerFixtures.withParagraphs("install.fr.cut.txt", fr),
                LanguageKnowledge.lemmatizer(fr), AlignerOptions.defaults().frequentShare());
        TypeLinks links = new TypeLinks(s, t).addLexicon(BilingualLexicon.forPair(en, fr)).addCognates();
        List<Band.Point> anchors = new RareWordAnchors(AlignerOptions.ANCHOR_MAX_OCCURRENCES).find(s, t, links);
        int translated = 700;
        assertThat(anchors).allSatisfy(p -> assertThat(p.i()).isLessThanOrEqualTo(translated + 5));
        // anchors all along: none of the last 300 translated sentences is more than 40 from one
        for (int i = translated - 300; i < translated; i += 40) {
            int row = i;
            assertThat(anchors).as("an anchor near sentence " + row).anySatisfy(p -> assertThat(p.i()).isBetween(row, row + 40));
        }
    }

    @org.junit.jupiter.api.Test
    void pairsSharingATargetSentenceKeepOne() {
        List<Band.Point> chain = RareWordAnchors.longestChain(List.of(new int[] {0, 0}, new int[] {1, 1},
                new int[] {2, 1}, new int[] {3, 3}));
        assertThat(chain).hasSize(3);
        for (int k = 1; k < chain.size(); k++) {
            assertThat(chain.get(k).i()).isGreaterThan(chain.get(k - 1).i());
            assertThat(chain.get(k).j()).isGreaterThan(chain.get(k - 1).j());
        }
    }
}
