package org.visavis.wordalign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.BilingualLexicon;
import org.visavis.model.Language;

/**
 * The word aligner trained on the release-lifecycle section of the Debian Handbook (French
 * original, English translation, 1-1 by line) and the bundled dictionary: it must say which
 * English words render a French word or phrase.
 */
class WordAlignerTest {
    private static List<SentencePair> pairs;
    private static WordAlignmentModel model;

    @BeforeAll
    static void train() {
        List<String> fr = lines("/org/visavis/align/release-lifecycle.fr.txt");
        List<String> en = lines("/org/visavis/align/release-lifecycle.en.txt");
        pairs = new ArrayList<>();
        for (int i = 0; i < fr.size(); i++) {
            if (!fr.get(i).isBlank() && !en.get(i).isBlank()) {
                pairs.add(new SentencePair(WordTokens.of(fr.get(i)), WordTokens.of(en.get(i))));
            }
        }
        Seeds seeds = Seeds.of(BilingualLexicon.forPair(Language.of("fr"), Language.of("en")).orElseThrow().pairs()
                .stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList());
        model = WordAligner.train(pairs, seeds, WordAligner.Options.DEFAULT);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = WordAlignerTest.class.getResourceAsStream(resource)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SentencePair pairWith(String french) {
        List<String> words = WordTokens.of(french);
        for (SentencePair p : pairs) {
            if (String.join(" ", p.source()).contains(String.join(" ", words))) {
                return p;
            }
        }
        throw new IllegalArgumentException("no pair with " + french);
    }

    private static String spotted(String sentence, String french) {
        SentencePair p = pairWith(sentence);
        List<String> words = WordTokens.of(french);
        int start = -1;
        for (int i = 0; i + words.size() <= p.source().size(); i++) {
            if (p.source().subList(i, i + words.size()).equals(words)) {
                start = i;
                break;
            }
        }
        assertThat(start).as(french + " in the pair").isNotNegative();
        return model.spot(p, new Span(start, start + words.size()))
                .map(s -> String.join(" ", p.target().subList(s.target().start(), s.target().end()))).orElse("");
    }

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "Ceux-ci découvrent alors le programme et le testent. | programme | program",
        "S'ils y découvrent des bogues, ils les décrivent à son mainteneur. | mainteneur | maintainer",
        "Chacune correspond à un stade différent du développement. | stade | phase",
        "Le projet dispose à tout instant de trois à six versions différentes | versions différentes | different versions",
    })
    void spotsTheRenderingOfAWordOrPhrase(String sentence, String french, String english) {
        assertThat(spotted(sentence, french)).isEqualTo(english);
    }

    @Test
    void linksAreSymmetricalAndConfident() {
        SentencePair p = pairWith("S'ils y découvrent des bogues, ils les décrivent à son mainteneur.");
        List<WordLink> links = model.align(p);
        assertThat(links).isNotEmpty().allSatisfy(l -> {
            assertThat(l.source()).isBetween(0, p.source().size() - 1);
            assertThat(l.target()).isBetween(0, p.target().size() - 1);
            assertThat(l.confidence()).isBetween(0.0, 1.0);
        });
        int bogues = p.source().indexOf("bogues");
        int bugs = p.target().indexOf("bugs");
        assertThat(links).anySatisfy(l -> {
            assertThat(l.source()).isEqualTo(bogues);
            assertThat(l.target()).isEqualTo(bugs);
            assertThat(l.confidence()).isGreaterThan(0.5);
        });
    }

    @Test
    void aWordNeverSeenIsLinkedByItsSpellingAlone() {
        SentencePair p = new SentencePair(List.of("le", "xyzzyplugin", "est", "installé"),
                List.of("the", "xyzzyplugin", "is", "installed"));
        assertThat(model.align(p)).anySatisfy(l -> {
            assertThat(l.source()).isEqualTo(1);
            assertThat(l.target()).isEqualTo(1);
        });
    }

    @Test
    void seedsKnowDictionaryPairsIdenticalStringsAndCognates() {
        Seeds seeds = Seeds.of(List.of(new Seeds.Pair("paquet", "package")));
        assertThat(seeds.strength("paquet", "package")).isEqualTo(1.0);
        assertThat(seeds.strength("debian", "debian")).isEqualTo(1.0);
        assertThat(seeds.strength("configurer", "configure")).isEqualTo(0.5);
        assertThat(seeds.strength("système", "system")).isEqualTo(0.5);
        assertThat(seeds.strength("paquet", "packet")).isZero();
        assertThat(Seeds.none().strength("debian", "debian")).isZero();
    }

    @Test
    void symmetrisationGrowsAlongAgreedLinksThenJoinsUnalignedWords() {
        boolean[][] forward = new boolean[5][5];
        boolean[][] backward = new boolean[5][5];
        forward[1][1] = backward[1][1] = true;   // both directions agree
        forward[2][2] = true;                    // next to an agreed link, on unaligned words: grown
        forward[1][4] = true;                    // source 1 is aligned already: left out
        backward[4][4] = true;                   // two unaligned words: joined at the end
        boolean[][] a = Symmetrisation.growDiagFinalAnd(forward, backward, 4, 4);
        assertThat(a[1][1]).isTrue();
        assertThat(a[2][2]).isTrue();
        assertThat(a[1][4]).isFalse();
        assertThat(a[4][4]).isTrue();
    }
}
