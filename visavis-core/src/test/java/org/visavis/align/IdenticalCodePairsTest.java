package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/** Code blocks of the Debian Handbook's section on patches (diff, patch, git), the same in both languages. */
class IdenticalCodePairsTest {

    private static final String DIFF = "$ diff -u file.old file.new >file.patch";
    private static final String PATCH = "$ patch -p0 file.old <file.patch";
    private static final String GIT = "$ git diff";
    private static final String MAKE = "$ make";

    /** "#..." is a code block, anything else a sentence of prose. */
    private static SegmentedDocument doc(String lang, String... texts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (String t : texts) {
            boolean code = t.startsWith("#");
            String text = code ? t.substring(1) : t;
            paragraphs.add(code ? Paragraph.code(text) : Paragraph.body(text));
            segments.add(new Segment(text, paragraphs.size() - 1));
        }
        return new SegmentedDocument("doc", Language.of(lang), paragraphs, segments);
    }

    private static List<String> notations(List<Bead> beads) {
        return beads.stream().map(Bead::notation).toList();
    }

    @Test
    void blocksThatOccurOnceOnEachSidePairInOrder() {
        SegmentedDocument fr = doc("fr", "Voici comment :", "#" + DIFF, "Puis :", "#" + MAKE, "#" + PATCH, "#" + MAKE);
        SegmentedDocument en = doc("en", "Here is how:", "Then:", "#" + DIFF, "#" + MAKE, "#" + PATCH, "#" + MAKE);
        // "$ make" comes twice: left to the aligner
        assertThat(notations(IdenticalCodePairs.find(fr, en, List.of()))).containsExactly("[1]:[2]", "[4]:[4]");
    }

    @Test
    void blocksInAnotherOrderKeepTheLongestSequenceThatDoesNotCross() {
        SegmentedDocument fr = doc("fr", "#" + DIFF, "#" + PATCH, "#" + GIT);
        SegmentedDocument en = doc("en", "#" + GIT, "#" + DIFF, "#" + PATCH);
        assertThat(notations(IdenticalCodePairs.find(fr, en, List.of()))).containsExactly("[0]:[1]", "[1]:[2]");
    }

    @Test
    void aBlockAcrossABeadAPersonFixedIsNotPaired() {
        SegmentedDocument fr = doc("fr", "#" + DIFF, "Puis :", "#" + PATCH);
        SegmentedDocument en = doc("en", "Then:", "#" + DIFF, "#" + PATCH);
        List<Bead> fixed = List.of(Bead.auto(List.of(1), List.of(0), 1.0));
        assertThat(notations(IdenticalCodePairs.find(fr, en, fixed))).containsExactly("[2]:[2]");
    }

    @Test
    void prosePairsNothingEvenWhenIdentical() {
        SegmentedDocument fr = doc("fr", DIFF, PATCH);
        SegmentedDocument en = doc("en", DIFF, PATCH);
        assertThat(IdenticalCodePairs.find(fr, en, List.of())).isEmpty();
    }

    @Test
    void theAlignerKeepsTheCodePairs() {
        SegmentedDocument fr = doc("fr", "Le fichier file.patch contient les instructions.", "#" + DIFF,
                "Le fichier file.old est maintenant identique à file.new.", "#" + PATCH);
        SegmentedDocument en = doc("en", "The file.patch file contains the instructions.", "#" + DIFF,
                "The file, file.old, is now identical to file.new.", "#" + PATCH);
        List<Bead> beads = LengthLexicalAligner.forLanguages(fr.language(), en.language()).align(fr, en);
        assertThat(beads).filteredOn(b -> b.source().equals(List.of(1)) || b.source().equals(List.of(3)))
                .extracting(Bead::notation, Bead::confidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[1]:[1]", 1.0),
                        org.assertj.core.groups.Tuple.tuple("[3]:[3]", 1.0));
    }
}
