package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visavis.eval.BeadFile;
import org.visavis.eval.BeadIndexes;
import org.visavis.eval.Calibration;
import org.visavis.eval.PlantedGaps;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;

/** The confidence of one-sided beads, through the aligner on the Handbook's release-lifecycle section. */
class UnpairedCheckTest {

    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");
    private final SentenceAligner aligner = LengthLexicalAligner.forLanguages(FR, EN);

    private static List<String> french() {
        return AlignerFixtures.sentences("release-lifecycle.fr.txt");
    }

    private static List<String> english() {
        return AlignerFixtures.sentences("release-lifecycle.en.txt");
    }

    @Test
    void sentencesWhoseCounterpartsWereMovedFurtherOnAreNotConfidentlyAlone() {
        // English 10-13 moved after 30, as a page-layout mix-up in a PDF does: the French
        // sentences 10-13 and the English ones have their counterparts some twenty sentences off.
        List<String> en = new ArrayList<>(english());
        List<String> moved = new ArrayList<>(en.subList(10, 14));
        en.subList(10, 14).clear();
        en.addAll(27, moved);
        List<Bead> beads = aligner.align(AlignerFixtures.plain(french(), FR), AlignerFixtures.plain(en, EN));
        Alignment.checkCoverage(beads, french().size(), en.size());
        List<Bead> oneSided = beads.stream().filter(Bead::isOneSided).toList();
        assertThat(oneSided).isNotEmpty();
        assertThat(oneSided).allSatisfy(b -> assertThat(b.confidence())
                .as("%s", b.notation()).isLessThan(Calibration.CONFIDENT));
    }

    @Test
    void aSentenceWithNoCounterpartAnywhereStaysConfidentlyAlone() {
        List<String> en = new ArrayList<>(english());
        // From corpora/self-organisation/en.txt: English, but of another text altogether.
        String stranger = "Being a class becomes the obstacle which its struggle as a class has to overcome; this"
                + " obstacle possesses a reality which is clear and easily identifiable, it is self-organisation"
                + " and autonomy.";
        en.add(20, stranger);
        List<Bead> beads = aligner.align(AlignerFixtures.plain(french(), FR), AlignerFixtures.plain(en, EN));
        Bead alone = beads.stream().filter(b -> b.target().contains(20)).findFirst().orElseThrow();
        assertThat(alone.notation()).isEqualTo("[]:[20]");
        assertThat(alone.confidence()).isGreaterThanOrEqualTo(Calibration.CONFIDENT);
    }

    @Test
    void aSentenceOfABeadTooLongForTheSearchIsNotConfidentlyAlone() {
        // French 10-15 run together into one sentence, as a translator who renders one long
        // sentence by six does: the search forms beads of at most five sentences a side, so one
        // English sentence stays unpaired beside the 1-5 bead it belongs to.
        List<String> fr = new ArrayList<>(french());
        String joined = String.join(" ", fr.subList(10, 16));
        fr.subList(10, 16).clear();
        fr.add(10, joined);
        List<Bead> beads = aligner.align(AlignerFixtures.plain(fr, FR), AlignerFixtures.plain(english(), EN));
        Alignment.checkCoverage(beads, fr.size(), english().size());
        List<Bead> alone = beads.stream()
                .filter(b -> b.isOneSided() && b.target().stream().anyMatch(j -> j >= 10 && j < 16))
                .toList();
        assertThat(alone).isNotEmpty();
        assertThat(alone).allSatisfy(b -> assertThat(b.confidence())
                .as("%s", b.notation()).isLessThan(Calibration.CONFIDENT));
    }

    @Test
    void onNovelsWithPlantedGapsOmissionsAreOftenConfidentlyAloneAndMovesRarely() throws IOException {
        List<Bead> omitted = new ArrayList<>();
        List<Bead> moved = new ArrayList<>();
        for (String novel : List.of("candide", "vingt-mille-lieues")) {
            Path dev = Path.of(System.getProperty("visavis.shared", "../shared")).resolve("benchmarks/dev/" + novel);
            assumeThat(Files.isDirectory(dev)).as("benchmarks in ../shared").isTrue();
            PlantedGaps gaps = PlantedGaps.planted(Files.readAllLines(dev.resolve("fr.txt")),
                    Files.readAllLines(dev.resolve("en.txt")), BeadFile.read(dev.resolve("gold.fr-en")), 10, 10, 1);
            List<Bead> beads = aligner.align(AlignerFixtures.plain(gaps.source(), FR), AlignerFixtures.plain(gaps.target(), EN));
            Map<String, Bead> bySentence = new HashMap<>();
            for (Bead b : beads) {
                b.source().forEach(i -> bySentence.put("s" + i, b));
                b.target().forEach(j -> bySentence.put("t" + j, b));
            }
            omitted.addAll(alone(gaps.omitted(), bySentence));
            moved.addAll(alone(gaps.moved(), bySentence));
        }
        assertThat(omitted).as("sentences whose counterpart was deleted, left alone").hasSizeGreaterThan(20);
        assertThat(moved).as("sentences whose counterpart was moved 15-60 sentences on, left alone").hasSizeGreaterThan(30);
        // Before the check compared them with the unpaired sentences nearby and with the best
        // match of windows without a counterpart, 5 of the 43 moved sentences left alone stayed
        // confident, and 4 of the 28 omissions were confident.
        List<Bead> lies = moved.stream().filter(b -> b.confidence() >= Calibration.CONFIDENT).toList();
        assertThat(lies).as("confidently alone though their counterparts are near").hasSizeLessThanOrEqualTo(moved.size() / 20);
        // A run of omitted sentences is one bead (UnpairedRuns), as sure as its least sure
        // sentence, most often the one beside the next paired bead: 5 of the 28 sentences left
        // alone are in confident beads (a quarter or more when each was a bead of its own).
        assertThat(omitted.stream().filter(b -> b.confidence() >= Calibration.CONFIDENT).count())
                .as("confidently alone among %s", omitted).isGreaterThanOrEqualTo(omitted.size() / 6);
    }

    /** The one-sided output bead over each sentence of the gold beads (a bead of a run once for each of its sentences). */
    private static List<Bead> alone(Set<BeadIndexes> gold, Map<String, Bead> bySentence) {
        List<Bead> out = new ArrayList<>();
        for (BeadIndexes g : gold) {
            g.source().forEach(i -> out.add(bySentence.get("s" + i)));
            g.target().forEach(j -> out.add(bySentence.get("t" + j)));
        }
        return out.stream().filter(Bead::isOneSided).toList();
    }
}
