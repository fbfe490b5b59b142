package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

class TextlessSentencesTest {

    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");

    @Test
    void aSentenceIsTextlessWithNeitherLetterNorDigit() {
        assertThat(TextlessSentences.textless("..... ")).isTrue();
        assertThat(TextlessSentences.textless("- _- ")).isTrue();
        assertThat(TextlessSentences.textless(".:-- , . ")).isTrue();
        assertThat(TextlessSentences.textless("* * *")).isTrue();
        assertThat(TextlessSentences.textless("h * \" ")).isFalse();
        assertThat(TextlessSentences.textless("24 a ! ")).isFalse();
        assertThat(TextlessSentences.textless("« Oh ! »")).isFalse();
        assertThat(TextlessSentences.textless("I-- '")).isFalse();
    }

    /**
     * Text+Berg (dev benchmark, read from ../shared): the French page leaves "....." and "- _-"
     * of a photo's caption after "Quoi qu'il en soit, l'altitude de 8603 m ... exacte.": they
     * are unpaired, and the German sentence pairs with that French one alone (it took in the
     * caption as a 1-5 bead before).
     */
    @Test
    void scanDebrisAfterASentenceIsLeftUnpaired() throws IOException {
        Path dev = Path.of(System.getProperty("visavis.shared", "../shared")).resolve("benchmarks/dev/textberg-dev");
        assumeThat(Files.isDirectory(dev)).as("benchmarks in ../shared").isTrue();
        SegmentedDocument de = AlignerFixtures.plain(Files.readAllLines(dev.resolve("de.txt")), Language.of("de"));
        SegmentedDocument fr = AlignerFixtures.plain(Files.readAllLines(dev.resolve("fr.txt")), FR);
        assertThat(fr.texts().subList(16, 18)).containsExactly("..... ", "- _- ");
        List<String> beads = LengthLexicalAligner.forLanguages(Language.of("de"), FR).align(de, fr).stream()
                .map(Bead::notation).toList();
        assertThat(beads).contains("[13]:[15]", "[]:[16]", "[]:[17]");
    }

    /** Handbook sentences with a rule of dots on one side and a scene break on both. */
    @Test
    void aTextlessLineOfOneSideStaysAloneOneOfBothSidesIsAligned() {
        List<String> frLines = new ArrayList<>(AlignerFixtures.sentences("release-lifecycle.fr.txt"));
        List<String> enLines = new ArrayList<>(AlignerFixtures.sentences("release-lifecycle.en.txt"));
        frLines.add(10, "* * *");
        enLines.add(10, "* * *");
        enLines.add(21, ". . . . .");
        SegmentedDocument fr = AlignerFixtures.plain(frLines, FR);
        SegmentedDocument en = AlignerFixtures.plain(enLines, EN);
        boolean[] frAlone = new boolean[fr.size()];
        boolean[] enAlone = new boolean[en.size()];
        TextlessSentences.keepAlone(fr, en, List.of(), frAlone, enAlone);
        assertThat(frAlone[10]).isFalse();
        assertThat(enAlone[10]).isFalse();
        assertThat(enAlone[21]).isTrue();

        List<Bead> beads = LengthLexicalAligner.forLanguages(FR, EN).align(fr, en);
        Alignment.checkCoverage(beads, fr.size(), en.size());
        assertThat(beads.stream().map(Bead::notation)).contains("[]:[21]", "[20]:[20]", "[21]:[22]");
    }

    @Test
    void aTextlessSentenceOfAFixedPairStaysInIt() {
        List<String> enLines = new ArrayList<>(AlignerFixtures.sentences("release-lifecycle.en.txt"));
        enLines.add(21, ". . . . .");
        SegmentedDocument fr = AlignerFixtures.plain(AlignerFixtures.sentences("release-lifecycle.fr.txt"), FR);
        SegmentedDocument en = AlignerFixtures.plain(enLines, EN);
        Bead fixed = Bead.auto(List.of(20), List.of(20, 21), 1);
        boolean[] frAlone = new boolean[fr.size()];
        boolean[] enAlone = new boolean[en.size()];
        TextlessSentences.keepAlone(fr, en, List.of(fixed), frAlone, enAlone);
        assertThat(enAlone[21]).isFalse();
        assertThat(LengthLexicalAligner.forLanguages(FR, EN).realign(fr, en, List.of(fixed))).contains(fixed);
    }
}
