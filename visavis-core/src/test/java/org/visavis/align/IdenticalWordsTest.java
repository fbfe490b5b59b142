package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.eval.BeadFile;
import org.visavis.lang.LowercaseLemmatizer;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

/**
 * Misses of rare words written the same on both sides, on the dev benchmarks (read from
 * ../shared): Text+Berg's names and numbers, a word of Vingt mille lieues that two French
 * sentences repeat and the English writes once.
 */
class IdenticalWordsTest {

    private static final Language DE = Language.of("de");
    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");

    /** The features, links and matches of a dev folder, and its gold 1-1 beads as a first pass of confident beads. */
    private record Pair(SideFeatures source, SideFeatures target, TypeLinks links, PairMatches matches,
            List<Bead> gold) {
        static Pair of(String folder, Language source, Language target) {
            SegmentedDocument s = AlignerFixtures.dev(folder, source);
            SegmentedDocument t = AlignerFixtures.dev(folder, target);
            SideFeatures sf = new SideFeatures(s, new LowercaseLemmatizer(), AlignerOptions.FREQUENT_SHARE);
            SideFeatures tf = new SideFeatures(t, new LowercaseLemmatizer(), AlignerOptions.FREQUENT_SHARE);
            TypeLinks links = new TypeLinks(sf, tf).addCognates();
            PairMatches matches = new PairMatches(sf, tf, links, links.sourceSurprise(1), links.targetSurprise(1),
                    new int[sf.size], new int[sf.size]);
            Path gold = Path.of(System.getProperty("visavis.shared", "../shared"))
                    .resolve("benchmarks/dev/" + folder + "/gold." + source.code() + "-" + target.code());
            // the 1-1 beads, all the fit reads (Text+Berg's gold has beads of sentences not consecutive)
            List<Bead> beads = BeadFile.read(gold).stream().filter(b -> b.source().size() == 1 && b.target().size() == 1)
                    .map(b -> Bead.auto(b.source(), b.target(), 1)).toList();
            return new Pair(sf, tf, links, matches, beads);
        }

        IdenticalWords fit() {
            return IdenticalWords.fit(source, target, links, matches, gold, 0.9, 0.55,
                    AlignerOptions.IDENTICAL_MISS_WEIGHT);
        }
    }

    @Test
    void namesAndNumbersThatCrossABoundaryAreMissedOnlyByTheBeadsThatSplitThem() {
        Pair p = Pair.of("textberg-dev", DE, FR);
        IdenticalWords identical = p.fit();
        // carried far more often than the 55 % of other words: a miss costs on both sides
        assertThat(identical.sourceMiss).isNegative();
        assertThat(identical.targetMiss).isNegative();
        assertThat(p.source().words.length).isEqualTo(468);
        // "... Spiti, wo 1955 die « Cambridge University Expedition » tätig war ." / "Darüber berichtet
        // Trevor Braham ( « The Alpine Journal » , Nr. 293,S ." / "296-309 ) ." against "... Spiti ..." /
        // "L' expédition de l' Université de Cambridge y fut en 1955 ( voir Alpine Journal , n° 293 , p. 296-309 ) ."
        double whole = identical.misses(p.matches(), 173, 3, 210, 2);
        double split = identical.misses(p.matches(), 173, 1, 210, 1) + identical.misses(p.matches(), 174, 2, 211, 1);
        assertThat(whole).isZero();
        // "Cambridge" (in at most five sentences a side; "1955" is in more) each way: once in the German
        // sentence without it in the French one, once in the French sentence without it in the German ones
        assertThat(identical.misses(p.matches(), 173, 1, 210, 1)).isEqualTo(identical.sourceMiss, within(1e-9));
        assertThat(identical.misses(p.matches(), 174, 2, 211, 1)).isEqualTo(identical.targetMiss, within(1e-9));
        assertThat(split).isLessThan(whole);
    }

    /** The aligner, with the misses charged and without: two 3-2 beads of Text+Berg's gold around such names. */
    @Test
    void theAlignerKeepsTheBeadsAroundACrossingNameWhole() {
        SegmentedDocument de = AlignerFixtures.dev("textberg-dev", DE);
        SegmentedDocument fr = AlignerFixtures.dev("textberg-dev", FR);
        List<String> charged = LengthLexicalAligner.forLanguages(DE, FR).align(de, fr).stream()
                .map(Bead::notation).toList();
        List<String> not = LengthLexicalAligner.forLanguages(DE, FR,
                AlignerOptions.defaults().toBuilder().identicalMissWeight(0).build()).align(de, fr).stream()
                .map(Bead::notation).toList();
        // "Cambridge" (above); "G.O.Dyhrenfurth :" / "« Dämon Himalaya » ( Basel :" / "Benno Schwabe 1935 ) ."
        // against "G.O.Dyhrenfurth , Dämon Himalaya ." / "Benno Schwabe , Basel 1935 ."
        assertThat(charged).contains("[173,174,175]:[210,211]", "[373,374,375]:[434,435]");
        assertThat(not).contains("[173]:[210]", "[174,175]:[211]", "[373]:[434]", "[374,375]:[435]");
    }

    @Test
    void aWordWrittenTwiceOnOneSideAndOnceOnTheOtherLeavesOneMissWhateverTheBeads() {
        Pair p = Pair.of("vingt-mille-lieues", FR, EN);
        IdenticalWords identical = p.fit();
        assertThat(identical.sourceMiss).isNegative();
        // "... à l'intérieur des continents les gens de mer furent particulièrement émus." / "... des deux
        // continents, se préoccupèrent ..." against "... even far inland, ..." / "... on these two continents, ..."
        double first = identical.misses(p.matches(), 5, 1, 5, 1);
        double second = identical.misses(p.matches(), 6, 1, 6, 1);
        assertThat(first).isEqualTo(identical.sourceMiss, within(1e-9));
        assertThat(second).isZero();
        // a 2-2 bead matches both "continents" to the one English word, but leaves one over all the same
        assertThat(identical.misses(p.matches(), 5, 2, 5, 2)).isEqualTo(first + second, within(1e-9));
    }

    @Test
    void aMissCostsTheLogRatioOfMissRatesWhenThereAreEnoughWordsAndTheyAreMoreReliable() {
        assertThat(IdenticalWords.miss(90, 100, 0.55, 0.7)).isEqualTo(0.7 * Math.log((1 - 91.0 / 102) / 0.45), within(1e-12));
        assertThat(IdenticalWords.miss(29, IdenticalWords.MIN_WORDS - 1, 0.55, 0.7)).isZero();
        assertThat(IdenticalWords.miss(50, 100, 0.55, 0.7)).isZero();
        assertThat(IdenticalWords.miss(90, 100, 0.55, 0)).isZero();
        IdenticalWords none = new IdenticalWords(new long[3], new long[2], 0, 0);
        assertThat(none.charges()).isFalse();
        assertThat(new IdenticalWords(new long[3], new long[2], -1, 0).charges()).isTrue();
    }
}
