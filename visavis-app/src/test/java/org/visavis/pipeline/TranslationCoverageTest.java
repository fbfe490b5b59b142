package org.visavis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.visavis.align.AlignmentException;
import org.visavis.align.LengthLexicalAligner;
import org.visavis.align.TranslationCoverage;
import org.visavis.eval.BeadFile;
import org.visavis.model.Bead;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

/** Partial translations and non-translations, on real texts: the bundled Handbook and a dev novel. */
class TranslationCoverageTest {

    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");
    private static final Path HANDBOOK = Path.of("corpora/debian-handbook");
    private static final Path CANDIDE = Path.of("../shared/benchmarks/dev/candide");

    private final AlignmentPipeline pipeline = new AlignmentPipeline();

    private Document chapter(String lang, String name, Language language) {
        return pipeline.read(HANDBOOK.resolve(lang).resolve(name + ".html"), language, Progress.SILENT);
    }

    @Test
    void twoDifferentChaptersOfOneManualAreRefusedWithTheEvidence() {
        Document fr = chapter("fr-FR", "sect.foundation-documents", FR);
        Document en = chapter("en-US", "sect.release-lifecycle", EN);
        assertThatThrownBy(() -> pipeline.alignDocuments(fr, en, Optional.empty(), Progress.SILENT))
                .isInstanceOf(AlignmentException.class)
                .hasMessageContaining("these documents do not look like translations of each other (")
                .hasMessageContaining("confident sentence pairs for");
    }

    /** A refused pair gets its refusal alone: no coverage or size warning ("the French covers 34%...",
     * "they may not be translations of each other, or one is incomplete") before it. */
    @Test
    void aRefusedPairGetsNoCoverageWarning() {
        List<String> warnings = new ArrayList<>();
        for (String[] pair : List.of(new String[] {"foreword", "preface"}, new String[] {"foreword", "sect.foundation-documents"},
                new String[] {"sect.release-lifecycle", "sect.foundation-documents"})) {
            Document fr = chapter("fr-FR", pair[0], FR);
            Document en = chapter("en-US", pair[1], EN);
            assertThatThrownBy(() -> pipeline.alignDocuments(fr, en, Optional.empty(), Progress.warningsTo(warnings::add)))
                    .isInstanceOf(AlignmentException.class);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void everyBundledChapterWithItsTranslationIsAlignedWithoutWarning() {
        for (String name : List.of("foreword", "preface", "sect.debian-internals", "sect.foundation-documents",
                "sect.release-lifecycle", "sect.role-of-distributions")) {
            List<String> warnings = new ArrayList<>();
            pipeline.alignDocuments(chapter("fr-FR", name, FR), chapter("en-US", name, EN), Optional.empty(),
                    Progress.warningsTo(warnings::add));
            assertThat(warnings).as(name).isEmpty();
        }
    }

    @Test
    void aChapterAgainstTheFirstThirdOfItsTranslationIsAlignedThereWithAWarning() {
        Document fr = chapter("fr-FR", "sect.debian-internals", FR);
        SegmentedDocument en = pipeline.segment(chapter("en-US", "sect.debian-internals", EN), Optional.empty());
        SegmentedDocument third = SegmentedDocument.ofSentences("third", EN, en.texts().subList(0, en.size() / 3));
        SegmentedDocument src = pipeline.segment(fr, Optional.empty());
        LengthLexicalAligner aligner = LengthLexicalAligner.forLanguages(FR, EN);
        TranslationCoverage coverage = aligner.coverage(src, third);

        assertThat(coverage.isPartial()).isTrue();
        assertThat(coverage.partialWarning(FR, EN).orElseThrow())
                .matches("the English covers 3\\d% of the French: sentences 1–\\d+; the rest is left unpaired");
        assertThat(coverage.sourceTo()).isBetween(third.size() - 10, third.size() + 10);
        List<Bead> beads = aligner.align(src, third, coverage);
        // Nothing far beyond the translated third is paired.
        assertThat(beads).filteredOn(b -> !b.isOneSided()).allSatisfy(b ->
                assertThat(b.source().get(0)).isLessThan(third.size() + 30));
        assertThat(coverage.refusal(beads)).isEmpty();
    }

    /**
     * The French of the first third of Candide against the whole English: aligned within the
     * covered stretch, nearly all links are right; aligned over the whole, they once were spread
     * over all of it (a tenth right), and since the anchors are looked for around the chain of
     * words rare in both documents ({@code RareWordAnchors}) they hold there too.
     */
    @Test
    void theFirstThirdOfANovelIsAlignedWhereItsTranslationIs() throws Exception {
        assumeThat(Files.isDirectory(CANDIDE)).as("the dev benchmarks in ../shared").isTrue();
        List<String> fr = Files.readAllLines(CANDIDE.resolve("fr.txt"));
        SegmentedDocument third = SegmentedDocument.ofSentences("fr.txt", FR, fr.subList(0, fr.size() / 3));
        SegmentedDocument en = SegmentedDocument.ofSentences("en.txt", EN, Files.readAllLines(CANDIDE.resolve("en.txt")));
        Set<Long> gold = links(BeadFile.read(CANDIDE.resolve("gold.fr-en")).stream().filter(b -> !b.source().isEmpty() || !b.target().isEmpty())
                .map(b -> new Bead(b.source(), b.target(), 1, org.visavis.model.BeadStatus.AUTO)).toList());
        LengthLexicalAligner aligner = LengthLexicalAligner.forLanguages(FR, EN);

        Set<Long> spread = links(aligner.realign(third, en, List.of()));
        Set<Long> local = links(aligner.align(third, en));

        assertThat(agreement(local, gold)).isGreaterThan(0.9);
        assertThat(agreement(spread, gold)).isGreaterThan(0.9);
    }

    private static double agreement(Set<Long> links, Set<Long> gold) {
        return links.stream().filter(gold::contains).count() / (double) links.size();
    }

    private static Set<Long> links(List<Bead> beads) {
        Set<Long> out = new HashSet<>();
        for (Bead b : beads) {
            for (int i : b.source()) {
                for (int j : b.target()) {
                    out.add(((long) i << 32) | j);
                }
            }
        }
        return out;
    }
}
