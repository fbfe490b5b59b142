package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

class LengthLexicalAlignerTest {

    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");
    private static final String FR_TEXT = "release-lifecycle.fr.txt";
    private static final String EN_TEXT = "release-lifecycle.en.txt";
    /** The two fixture texts are translated sentence by sentence (checked by reading them). */
    private static final int SENTENCES = 38;

    private final SentenceAligner aligner = LengthLexicalAligner.forLanguages(FR, EN);

    private static int diagonalHits(List<Bead> beads, int sourceOffset, int targetOffset) {
        int hits = 0;
        for (Bead b : beads) {
            if (b.source().size() == 1 && b.target().size() == 1
                    && b.source().get(0) - sourceOffset == b.target().get(0) - targetOffset) {
                hits++;
            }
        }
        return hits;
    }

    /**
     * Candide (dev benchmark, read from ../shared): two French sentences whose English cuts at
     * another place ("Une chose acheva ... Pangloss." / "C'est qu'ils virent un jour aborder ...
     * Paquette": the arrival of Paquette ends the first English sentence) are one 2-2 bead, not
     * two wrong 1-1 beads, and one long French sentence of five questions is one 1-5 bead.
     */
    @Test
    void findsTwoTwoBeadsWhereTheSentencesCutElsewhereAndOneFiveBeads() throws IOException {
        Path dev = Path.of(System.getProperty("visavis.shared", "../shared")).resolve("benchmarks/dev/candide");
        assumeThat(Files.isDirectory(dev)).as("benchmarks in ../shared").isTrue();
        SegmentedDocument fr = AlignerFixtures.plain(Files.readAllLines(dev.resolve("fr.txt")), FR);
        SegmentedDocument en = AlignerFixtures.plain(Files.readAllLines(dev.resolve("en.txt")), EN);
        List<String> beads = aligner.align(fr, en).stream().map(Bead::notation).toList();
        assertThat(beads).contains(Bead.auto(List.of(1306, 1307), List.of(1483, 1484), 1).notation(),
                Bead.auto(List.of(95), List.of(109, 110, 111, 112, 113), 1).notation());
    }

    @Test
    void alignsATranslatedSectionSentenceBySentence() {
        SegmentedDocument fr = AlignerFixtures.withParagraphs(FR_TEXT, FR);
        SegmentedDocument en = AlignerFixtures.withParagraphs(EN_TEXT, EN);
        List<Bead> beads = aligner.align(fr, en);
        Alignment.checkCoverage(beads, fr.size(), en.size());
        assertThat(fr.size()).isEqualTo(SENTENCES);
        assertThat(diagonalHits(beads, 0, 0)).isGreaterThanOrEqualTo(SENTENCES - 2);
    }

    @Test
    void worksWithoutLexiconOrLemmasForAnyLanguagePair() {
        // Unknown language codes: no lexicon, no lemmatizer; cognates, length and the learned
        // lexicon remain.
        SentenceAligner bare = LengthLexicalAligner.forLanguages(Language.of("xx"), Language.of("yy"));
        List<Bead> beads = bare.align(AlignerFixtures.withParagraphs(FR_TEXT, Language.of("xx")),
                AlignerFixtures.withParagraphs(EN_TEXT, Language.of("yy")));
        assertThat(diagonalHits(beads, 0, 0)).isGreaterThanOrEqualTo(SENTENCES - 6);
    }

    @Test
    void aPassageOnOneSideOnlyDoesNotDerailWhatFollows() {
        List<String> preface = AlignerFixtures.sentences("foreword.fr.txt");
        List<String> fr = new ArrayList<>(preface);
        fr.addAll(AlignerFixtures.sentences(FR_TEXT));
        List<Bead> beads = aligner.align(AlignerFixtures.plain(fr, FR),
                AlignerFixtures.plain(AlignerFixtures.sentences(EN_TEXT), EN));
        Alignment.checkCoverage(beads, fr.size(), SENTENCES);
        assertThat(diagonalHits(beads, preface.size(), 0)).isGreaterThanOrEqualTo(SENTENCES - 3);
    }

    @Test
    void sentencesInsertedTogetherOnOneSideAreEachLeftUnpaired() {
        // three sentences of the foreword in the middle of the French: a passage the English lacks
        List<String> inserted = AlignerFixtures.sentences("foreword.fr.txt").subList(5, 8);
        List<String> fr = new ArrayList<>(AlignerFixtures.sentences(FR_TEXT));
        int at = 20;
        fr.addAll(at, inserted);
        List<Bead> beads = aligner.align(AlignerFixtures.plain(fr, FR),
                AlignerFixtures.plain(AlignerFixtures.sentences(EN_TEXT), EN));
        Alignment.checkCoverage(beads, fr.size(), SENTENCES);
        for (int i = at; i < at + inserted.size(); i++) {
            int sentence = i;
            assertThat(beads).as("inserted sentence %d", i).filteredOn(b -> b.source().contains(sentence)).singleElement()
                    .satisfies(b -> assertThat(b.target()).isEmpty());
        }
        int before = diagonalHits(beads.stream().filter(b -> b.source().stream().allMatch(i -> i < at)).toList(), 0, 0);
        int after = diagonalHits(beads.stream().filter(b -> b.source().stream().allMatch(i -> i >= at)).toList(),
                inserted.size(), 0);
        assertThat(before + after).isGreaterThanOrEqualTo(SENTENCES - 3);
    }

    @Test
    void confidenceIsLowerWhereTheAlignmentIsWrong() {
        // Half of the English sentences replaced by unrelated ones: their beads are wrong or
        // one-sided and should be less confident than the intact ones.
        List<String> en = new ArrayList<>(AlignerFixtures.sentences(EN_TEXT));
        List<String> other = AlignerFixtures.sentences("foreword.fr.txt");
        for (int i = 0; i < 10; i++) {
            en.set(20 + i, other.get(i));
        }
        List<Bead> beads = aligner.align(AlignerFixtures.plain(AlignerFixtures.sentences(FR_TEXT), FR),
                AlignerFixtures.plain(en, EN));
        double intact = beads.stream().filter(b -> !b.target().isEmpty() && b.target().get(0) < 18)
                .mapToDouble(Bead::confidence).average().orElseThrow();
        double replaced = beads.stream().filter(b -> !b.target().isEmpty() && b.target().get(0) >= 20
                && b.target().get(0) < 30).mapToDouble(Bead::confidence).average().orElseThrow();
        assertThat(replaced).isLessThan(intact);
        assertThat(intact).isGreaterThan(0.8);
    }

    /** Awkward inputs that must give a valid alignment, never a crash or a hang. */
    enum Awkward {
        IDENTICAL_FILES,
        ONE_EMPTY_FILE,
        BOTH_EMPTY,
        EMPTY_LINES,
        CHAPTER_ON_ONE_LINE,
        LINES_IN_THE_WRONG_LANGUAGE,
        VERY_DIFFERENT_SIZES,
        ONE_SENTENCE_EACH,
        BLANK_LINES_ONLY,
    }

    @ParameterizedTest
    @EnumSource(Awkward.class)
    void givesAValidAlignmentForAwkwardInput(Awkward kind) {
        List<String> fr = new ArrayList<>(AlignerFixtures.sentences(FR_TEXT));
        List<String> en = new ArrayList<>(AlignerFixtures.sentences(EN_TEXT));
        switch (kind) {
            case IDENTICAL_FILES -> en = new ArrayList<>(fr);
            case ONE_EMPTY_FILE -> en.clear();
            case BOTH_EMPTY -> {
                fr.clear();
                en.clear();
            }
            case EMPTY_LINES -> {
                for (int i = 30; i >= 0; i -= 6) {
                    fr.add(i, "");
                    en.add(i + 1, "");
                }
            }
            case CHAPTER_ON_ONE_LINE -> en = List.of(String.join(" ", en));
            case LINES_IN_THE_WRONG_LANGUAGE -> {
                for (int i = 5; i < 12; i++) {
                    en.set(i, fr.get(i));
                }
            }
            case VERY_DIFFERENT_SIZES -> en = new ArrayList<>(en.subList(0, 3));
            case BLANK_LINES_ONLY -> en = new ArrayList<>(java.util.Collections.nCopies(en.size(), ""));
            case ONE_SENTENCE_EACH -> {
                fr = List.of(fr.get(0));
                en = List.of(en.get(0));
            }
        }
        SegmentedDocument source = AlignerFixtures.plain(fr, FR);
        SegmentedDocument target = AlignerFixtures.plain(en, EN);
        List<Bead> beads = aligner.align(source, target);
        Alignment.checkCoverage(beads, fr.size(), en.size());
        assertThat(beads).allSatisfy(b -> assertThat(b.confidence()).isBetween(0.0, 1.0));
        if (kind == Awkward.IDENTICAL_FILES) {
            assertThat(diagonalHits(beads, 0, 0)).isEqualTo(fr.size());
        }
        if (kind == Awkward.ONE_EMPTY_FILE) {
            assertThat(beads).hasSize(fr.size()).allMatch(b -> b.target().isEmpty());
        }
        if (kind == Awkward.ONE_EMPTY_FILE || kind == Awkward.BLANK_LINES_ONLY) {
            assertThat(LengthLexicalAligner.warnings(source, target)).singleElement().asString().contains("has no text");
        }
        if (kind == Awkward.VERY_DIFFERENT_SIZES) {
            assertThat(LengthLexicalAligner.warnings(source, target)).isNotEmpty();
        }
    }

    @Test
    void realignKeepsTheFixedBeadsAndRealignsAroundThem() {
        SegmentedDocument fr = AlignerFixtures.withParagraphs(FR_TEXT, FR);
        SegmentedDocument en = AlignerFixtures.withParagraphs(EN_TEXT, EN);
        // A person confirmed one right bead and forced one odd pairing.
        Bead right = new Bead(List.of(5), List.of(5), 1, BeadStatus.CONFIRMED);
        Bead forced = new Bead(List.of(20, 21), List.of(20), 1, BeadStatus.CONFIRMED);
        List<Bead> beads = aligner.realign(fr, en, List.of(forced, right));
        Alignment.checkCoverage(beads, fr.size(), en.size());
        assertThat(beads).contains(right, forced);
        // Away from the forced bead the rest is still aligned sentence by sentence.
        assertThat(beads.stream().filter(b -> b.source().size() == 1 && b.target().size() == 1
                && b.source().get(0).equals(b.target().get(0)) && b.source().get(0) < 19)).hasSizeGreaterThanOrEqualTo(17);
    }

    @Test
    void realignKeepsSentencesConfirmedAsHavingNoCounterpartAlone() {
        SegmentedDocument fr = AlignerFixtures.withParagraphs(FR_TEXT, FR);
        SegmentedDocument en = AlignerFixtures.withParagraphs(EN_TEXT, EN);
        Bead sourceAlone = new Bead(List.of(3), List.of(), 1, BeadStatus.CONFIRMED);
        Bead targetAlone = new Bead(List.of(), List.of(10), 1, BeadStatus.CONFIRMED);
        Bead pair = new Bead(List.of(20), List.of(20), 1, BeadStatus.CONFIRMED);
        List<Bead> beads = aligner.realign(fr, en, List.of(targetAlone, pair, sourceAlone));
        Alignment.checkCoverage(beads, fr.size(), en.size());
        assertThat(beads).contains(sourceAlone, targetAlone, pair);
    }

    @Test
    void realignRefusesAFixedLoneSentenceInsideAFixedPair() {
        SegmentedDocument fr = AlignerFixtures.withParagraphs(FR_TEXT, FR);
        SegmentedDocument en = AlignerFixtures.withParagraphs(EN_TEXT, EN);
        List<Bead> fixed = List.of(Bead.auto(List.of(5, 6), List.of(5), 1), Bead.auto(List.of(6), List.of(), 1));
        assertThatThrownBy(() -> aligner.realign(fr, en, fixed))
                .isInstanceOf(AlignmentException.class)
                .hasMessageContaining("overlaps");
    }

    @Test
    void realignRefusesFixedBeadsThatCross() {
        SegmentedDocument fr = AlignerFixtures.withParagraphs(FR_TEXT, FR);
        SegmentedDocument en = AlignerFixtures.withParagraphs(EN_TEXT, EN);
        List<Bead> crossing = List.of(Bead.auto(List.of(5), List.of(9), 1), Bead.auto(List.of(7), List.of(6), 1));
        assertThatThrownBy(() -> aligner.realign(fr, en, crossing))
                .isInstanceOf(AlignmentException.class)
                .hasMessageContaining("crosses");
    }
}
