package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LowercaseLemmatizer;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/** Punctuation and paragraph evidence on sentences from the handbook fixture. */
class StructureScorersTest {

    private static SideFeatures side(List<String> sentences, List<Integer> paragraphOf) {
        List<Segment> segments = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            segments.add(new Segment(sentences.get(i), paragraphOf.get(i)));
        }
        int count = paragraphOf.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int p = 0; p < count; p++) {
            paragraphs.add(Paragraph.body("p" + p));
        }
        return new SideFeatures(new SegmentedDocument("t", Language.of("xx"), paragraphs, segments),
                new LowercaseLemmatizer(), 0.05);
    }

    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Qu'est-ce que Debian ?           | What is Debian?                 | 0",
        "Qu'est-ce que Debian ?           | This is Debian.                 | -1",
        "Quelle surprise !                | What a surprise!                | 0",
        "Vraiment ? Oui !                 | Really.                         | -2",
        "Debian est une distribution.     | Debian is a distribution.       | 0",
    })
    void missingQuestionAndExclamationMarksCost(String source, String target, double expected) {
        SideFeatures s = side(List.of(source), List.of(0));
        SideFeatures t = side(List.of(target), List.of(0));
        PunctuationScorer scorer = new PunctuationScorer(s, t, 1.0, 0);
        assertThat(scorer.score(0, 1, 0, 1)).isEqualTo(expected);
        assertThat(scorer.score(0, 1, 0, 0)).isZero();
    }

    /** Source paragraphs 0,0,1 (three sentences), target paragraphs as given. */
    @ParameterizedTest(name = "target paragraphs {0}, bead [{1}+{2}]:[{3}+{4}] -> {5}")
    @CsvSource({
        "0;0;1, 2, 1, 2, 1, 0",
        "0;1;1, 2, 1, 2, 1, -1",
        "0;1;1, 1, 1, 1, 1, -1",
        "0;0;1, 0, 2, 0, 2, 0",
        "0;1;1, 0, 2, 0, 2, -0.5",
    })
    void paragraphStartsOnOneSideOnlyCost(String targetParagraphs, int s, int a, int t, int b, double expected) {
        List<String> sentences = List.of("Un.", "Deux.", "Trois.");
        SideFeatures source = side(sentences, List.of(0, 0, 1));
        List<Integer> paras = java.util.Arrays.stream(targetParagraphs.split(";")).map(Integer::valueOf).toList();
        SideFeatures target = side(List.of("One.", "Two.", "Three."), paras);
        assertThat(new ParagraphScorer(source, target, 1.0).score(s, a, t, b)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "0, 1"})
    void paragraphsSayNothingWithoutParagraphStructure(int a, int b) {
        SideFeatures flat = side(List.of("Un.", "Deux."), List.of(0, 0));
        SideFeatures paragraphed = side(List.of("One.", "Two."), List.of(0, 1));
        assertThat(new ParagraphScorer(flat, paragraphed, 1.0).score(1, 1, 1, 1)).isZero();
        assertThat(new ParagraphScorer(paragraphed, paragraphed, 1.0).score(1, a, 1, b)).isZero();
    }
}
