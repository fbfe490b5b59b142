package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

class PairMatchesTest {

    @Test
    void pairsOutsideTheBandCountAsInsideInAnyOrder() {
        Language fr = Language.of("fr");
        Language en = Language.of("en");
        SegmentedDocument source = AlignerFixtures.withParagraphs("release-lifecycle.fr.txt", fr);
        SegmentedDocument target = AlignerFixtures.withParagraphs("release-lifecycle.en.txt", en);
        SideFeatures s = new SideFeatures(source, LanguageKnowledge.lemmatizer(fr), 0.05);
        SideFeatures t = new SideFeatures(target, LanguageKnowledge.lemmatizer(en), 0.05);
        Optional<BilingualLexicon> lexicon = BilingualLexicon.forPair(fr, en);
        TypeLinks links = new TypeLinks(s, t).addLexicon(lexicon).addCognates();
        int[] lo = new int[s.size];
        int[] all = new int[s.size];
        java.util.Arrays.fill(all, t.size);
        double[] ss = links.sourceSurprise(1);
        double[] ts = links.targetSurprise(1);
        PairMatches stored = new PairMatches(s, t, links, ss, ts, lo, all);
        PairMatches onDemand = new PairMatches(s, t, links, ss, ts, lo, new int[s.size]);
        // Visit pairs jumping between sentences, so sentences are prepared again and again.
        int checked = 0;
        for (int round = 0; round < 2; round++) {
            for (int x : List.of(5, 3, 5, 12, 3, 0, 12)) {
                for (int y = 0; y < t.size; y += 7) {
                    assertThat(onDemand.sourceMatches(x, y)).isEqualTo(stored.sourceMatches(x, y));
                    assertThat(onDemand.targetMatches(x, y)).isEqualTo(stored.targetMatches(x, y));
                    assertThat(onDemand.sourceWeight(x, y)).isEqualTo(stored.sourceWeight(x, y));
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
        // Unions of masks over runs of sentences, inside a narrow band, across its edge and outside.
        int[] near = new int[s.size];
        int[] nearEnd = new int[s.size];
        for (int x = 0; x < s.size; x++) {
            near[x] = Math.max(0, x - 2);
            nearEnd[x] = Math.min(t.size, x + 3);
        }
        PairMatches banded = new PairMatches(s, t, links, ss, ts, near, nearEnd);
        long linkedSomewhere = 0;
        for (int x = 0; x + 4 <= s.size; x++) {
            for (int y = Math.max(0, x - 6); y < Math.min(t.size - 4, x + 6); y++) {
                for (int run = 1; run <= 4; run++) {
                    long sourceUnion = 0;
                    long targetUnion = 0;
                    for (int r = 0; r < run; r++) {
                        sourceUnion |= stored.sourceMask(x, y + r);
                        targetUnion |= stored.targetMask(x + r, y);
                    }
                    assertThat(banded.sourceMaskUnion(x, y, run)).isEqualTo(sourceUnion);
                    assertThat(banded.targetMaskUnion(x, run, y)).isEqualTo(targetUnion);
                    assertThat(onDemand.sourceMaskUnion(x, y, run)).isEqualTo(sourceUnion);
                    linkedSomewhere |= sourceUnion;
                }
            }
        }
        assertThat(linkedSomewhere).isNotZero();
        // The translation pairs share words; a sentence and a far one hardly do.
        assertThat(stored.sourceMatches(12, 12)).isGreaterThan(stored.sourceMatches(12, 30));
    }
}
