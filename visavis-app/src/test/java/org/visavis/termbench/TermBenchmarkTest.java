package org.visavis.termbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.cli.Main;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * The benchmark on a real pair: section 1.3 of the Debian Administrator's Handbook
 * (corpora/debian-handbook, sect.debian-internals.html, French original and English translation),
 * aligned once for all tests.
 */
class TermBenchmarkTest {
    private static final Language FR = Language.parse("fr-FR");
    private static final Language EN = Language.parse("en-US");
    private static Alignment alignment;
    private static BenchCorpus corpus;
    private static LexiconSupport lexicon;
    private static List<TermRendering> renderings;

    private static final GeneralWordLists GENERAL = new GeneralWordLists(FR, EN);
    private static final org.visavis.lang.Tagger EN_TAGGER = LanguageKnowledge.tagger(EN);

    @BeforeAll
    static void align() {
        Path book = Path.of("corpora/debian-handbook");
        alignment = new AlignmentPipeline().run(new AlignmentRequest(book.resolve("fr-FR/sect.debian-internals.html"),
                book.resolve("en-US/sect.debian-internals.html"), FR, EN, Optional.empty()), Progress.SILENT);
        corpus = new BenchCorpus(alignment, LanguageKnowledge.tagger(FR), LanguageKnowledge.tagger(EN));
        lexicon = new LexiconSupport(BilingualLexicon.forPair(FR, EN).orElseThrow());
        renderings = new DominantRenderings(5, 0.6).find(corpus, lexicon);
    }

    @Test
    void findsTheDominantRenderingsOfRecurringTermsFromCountsAndTheLexicon() {
        assertThat(renderings).anySatisfy(r -> {
            assertThat(r.sourceKey()).isEqualTo("paquet");
            assertThat(r.renderingKey()).isEqualTo("package");
            assertThat(r.renderedBeads().size()).isGreaterThanOrEqualTo((int) Math.ceil(0.6 * r.sourceBeads()));
        });
        assertThat(renderings).anySatisfy(r -> assertThat(r.sourceKey()).isEqualTo("développeur"));
        // a rendering is never a word the lexicon cannot tie to the term: "paquet" is not "source package"
        assertThat(renderings).noneSatisfy(r -> {
            assertThat(r.sourceKey()).isEqualTo("paquet");
            assertThat(r.renderingKey()).contains(" ");
        });
    }

    @Test
    void plantsDeviationsOnlyInTheirBeadsAndTheDominantRenderingDisappearsThere() {
        PlantedRound round = new DeviationPlanter(corpus, lexicon, renderings, GENERAL, new Random(7))
                .plant("internals", 1, 20, new HashSet<>());
        assertThat(round.cases()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(round.cases().stream().map(PlantedCase::kind).distinct().count()).isGreaterThanOrEqualTo(2);
        int changed = 0;
        for (int s = 0; s < alignment.target().size(); s++) {
            if (!alignment.target().segments().get(s).text().equals(round.alignment().target().segments().get(s).text())) {
                changed++;
            }
        }
        int plantedBeads = round.cases().stream().mapToInt(c -> c.beads().size()).sum();
        assertThat(changed).isEqualTo(plantedBeads);
        for (PlantedCase c : round.cases()) {
            assertThat(c.beads()).hasSizeBetween(1, 2);
            // what a translator rightly varies is not planted: general words, words of another class
            assertThat(GENERAL.isGeneral(c.term())).as(c.term().sourceKey()).isFalse();
            if (c.kind() == DeviationKind.INFLECTION) {
                assertThat(EN_TAGGER.tag(c.planted()).stream().filter(t -> t.isWord()).allMatch(t -> t.wordClass().isNominal()))
                        .as(c.planted()).isTrue();
            }
            // nor where term discovery rightly checks nothing: an adjective beside a noun, code
            for (int b : c.beads()) {
                BeadSide source = corpus.source(b);
                TermSpan span = source.spans(c.term().sourceKey()).get(0);
                assertThat(span.length() == 1 && source.words().get(span.from()).modifier()).as(c.term().sourceKey()).isFalse();
                assertThat(source.words(span)).noneMatch(BeadWord::glued);
                assertThat(org.visavis.terms.LeftOutOccurrences.untranslated(source.tokens(), corpus.target(b).tokens()))
                        .isFalse();
            }
            if (c.kind() == DeviationKind.CORPUS_RENDERING) {
                // a rendering the text gives the term where it translates, not a passage left in French
                assertThat(corpus.sourceBeads(c.term().sourceKey())).as(c.planted()).anySatisfy(b -> {
                    assertThat(corpus.target(b).terms()).anyMatch(t -> t.key().equals(c.plantedKey()));
                    assertThat(org.visavis.terms.LeftOutOccurrences.untranslated(corpus.source(b).tokens(),
                            corpus.target(b).tokens())).isFalse();
                });
            }
            // the rendering keeps a clear majority: a single deviation, not a second usage
            assertThat(c.term().renderedBeads().size() - c.beads().size()).isGreaterThanOrEqualTo(2 * c.beads().size());
            for (int i = 0; i < c.beads().size(); i++) {
                String after = round.alignment().targetText(round.alignment().beads().get(c.beads().get(i)));
                assertThat(after).contains(c.after().get(i)).doesNotContain(c.before().get(i));
                assertThat(after.toLowerCase()).contains(c.planted().toLowerCase().split(" ")[0]);
                assertThat(alignment.targetText(alignment.beads().get(c.beads().get(i)))).contains(c.before().get(i));
            }
        }
    }

    @Test
    void theSameSeedPlantsTheSameCasesAnotherSeedOthers() {
        List<String> a = describe(new Random(3));
        assertThat(describe(new Random(3))).isEqualTo(a);
        assertThat(describe(new Random(4))).isNotEqualTo(a);
    }

    private static List<String> describe(Random random) {
        return new DeviationPlanter(corpus, lexicon, renderings, GENERAL, random).plant("internals", 1, 20, new HashSet<>())
                .cases().stream().map(c -> c.kind() + " " + c.term().sourceKey() + " " + c.planted() + " " + c.beads())
                .toList();
    }

    @Test
    void theCommandPrintsRecallByKindAndWritesThePlantedCases(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("internals");
        new ProjectStore().save(new Project(project, alignment));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench-terms", project.toString(), "--cases", "8", "--rounds", "1",
            "--out", dir.resolve("out").toString(), "--judged", dir.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("internals").contains("recall by kind").contains("all, single-word")
                .contains("per 1,000 beads").contains("precision internals").contains("no judged list");
        List<String> cases = Files.readAllLines(dir.resolve("out/planted-cases.tsv"), StandardCharsets.UTF_8);
        assertThat(cases).hasSize(1 + 8);
        assertThat(cases.get(1)).startsWith("internals\t1\t");
        assertThat(Files.readString(dir.resolve("out/unjudged-findings-internals.tsv"))).startsWith("# verdict");
    }

    @Test
    void aFolderThatIsNoProjectIsOneLineAndExitCodeTwo(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench-terms", dir.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains(dir.toString()).contains("not a visavis project").doesNotContain("\n");
    }
}
