package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.visavis.lang.LowercaseLemmatizer;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;

class SuspectCutsTest {

    private static final Path DEV =
            Path.of(System.getProperty("visavis.shared", "../shared")).resolve("benchmarks/dev");

    private static SideFeatures side(List<String> sentences) {
        return new SideFeatures(AlignerFixtures.plain(sentences, Language.of("xx")), new LowercaseLemmatizer(), 0.05);
    }

    private static boolean[] inside(String... sentences) {
        return SuspectCuts.insideParenthesis(List.of(sentences));
    }

    @Test
    void aSentenceIsInsideAParenthesisThatAFollowingSentenceCloses() {
        // the handbook's "(ex : « the unstable release » ...)" closed in its own sentence
        assertThat(inside("Le terme « release » désigne une version (ex : « the unstable release »).", "Suite."))
                .containsExactly(false, false);
        // a cut at a colon inside brackets, and at an abbreviation point, closed one or two sentences on
        assertThat(inside("« Tents in the Clouds » ( London :", "Collins 1956 ) , flott geschrieben .", "Fin ."))
                .containsExactly(true, false, false);
        assertThat(inside("( « Alpine Journal » No .", "293 , Nov .", "1956 , S. 340-343 ) .", "Fin ."))
                .containsExactly(true, true, false, false);
        // never closed within three sentences: a stray bracket says nothing
        assertThat(inside("1) Ouvrir le paquet :", "un .", "deux .", "trois .", "quatre ) ."))
                .containsExactly(false, false, false, false, false);
        // an aside of several sentences, cut after its exclamation: a real sentence end
        assertThat(inside("(Quelle idée !", "Faire la révérence en l'air !",
                "Dites-moi un peu, comment vous y prendriez-vous ?)"))
                .containsExactly(false, false, false);
    }

    @Test
    void aSentenceEndingWithAnInitialIsASuspectCut() {
        assertThat(SuspectCuts.endsWithInitial("Erstersteigung 1933 durch B.M . ")).isTrue();
        assertThat(SuspectCuts.endsWithInitial("Evans , Gipfelmannschaften G. Band-J . ")).isTrue();
        assertThat(SuspectCuts.endsWithInitial("Le sommet fut atteint par Imanishi ( n° 57 de l' H . ")).isTrue();
        assertThat(SuspectCuts.endsWithInitial("7. Kangchendzönga , ca. 8597 m , Leiter Ch . ")).isTrue();
        assertThat(SuspectCuts.endsWithInitial("Abalakow , seitdem wiederholt besucht . ")).isFalse();
        assertThat(SuspectCuts.endsWithInitial("Ch.")).isFalse();
        assertThat(SuspectCuts.endsWithInitial("It was bigger than I.")).isFalse();
        assertThat(SuspectCuts.endsWithInitial("CHAPITRE V.")).isFalse();
        assertThat(SuspectCuts.suspectEnds(List.of("durch B.M .", "( London :", "Collins ) .")))
                .containsExactly(true, true, false);
    }

    /**
     * The scan from the end gives what the rule's regular expression finds, on every string of up
     * to five characters over an alphabet of the cases it tells apart: white space of both kinds
     * (\s and the line ends only $ knows), the point, the hyphen, capitals (I, V, X and others,
     * one outside the BMP), small letters, a digit and a titlecase letter.
     */
    @Test
    void theScanFromTheEndAgreesWithTheRegularExpressionOnEveryShortString() {
        Pattern rule = Pattern.compile(SuspectCuts.INITIAL_END);
        String[] alphabet = {" ", "\t", "\n", "\r", "\u2028", "\u0085", ".", "-", "B", "I", "X", "h", "\u00e9", "1",
            "\u01c5", new String(Character.toChars(0x1D400)), "\u00a0"};
        List<String> strings = new ArrayList<>(List.of(""));
        List<String> differing = new ArrayList<>();
        int checked = 0;
        int found = 0;
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : strings) {
                for (String c : alphabet) {
                    String t = s + c;
                    boolean expected = rule.matcher(t).find();
                    if (SuspectCuts.endsWithInitial(t) != expected) {
                        differing.add(t);
                    }
                    checked++;
                    found += expected ? 1 : 0;
                    if (length < 5) {
                        longer.add(t);
                    }
                }
            }
            strings = longer;
        }
        assertThat(differing).isEmpty();
        assertThat(checked).isGreaterThan(1_400_000);
        assertThat(found).isGreaterThan(5_000);
    }

    /** The same on every sentence of the dev benchmarks (read from ../shared), French, English and German. */
    @Test
    void theScanFromTheEndAgreesWithTheRegularExpressionOnTheDevBenchmarks() {
        Pattern rule = Pattern.compile(SuspectCuts.INITIAL_END);
        int sentences = 0;
        int found = 0;
        for (String sentence : AlignerFixtures.everyDevSentence()) {
            boolean expected = rule.matcher(sentence).find();
            assertThat(SuspectCuts.endsWithInitial(sentence)).as(sentence).isEqualTo(expected);
            sentences++;
            found += expected ? 1 : 0;
        }
        assertThat(sentences).isGreaterThan(7_000);
        assertThat(found).isGreaterThan(5);
    }

    @Test
    void thePunctuationScorerChargesABeadEndingInsideAParenthesisOnOneSideOnly() {
        List<String> source = List.of("Das Buch ( London :", "Collins 1956 ) , flott geschrieben .");
        List<String> target = List.of("Le livre ( Collins , London ) , écrit allègrement .", "(Une note :", "fin ).");
        PunctuationScorer scorer = new PunctuationScorer(side(source), side(target), 0.5, 6);
        assertThat(scorer.score(0, 1, 0, 1)).isEqualTo(-6);   // source cut in brackets, target not
        assertThat(scorer.score(0, 2, 0, 1)).isEqualTo(0);    // both beads end outside
        assertThat(scorer.score(0, 1, 1, 1)).isEqualTo(0);    // both inside a parenthesis
        assertThat(scorer.score(0, 1, 0, 0)).isEqualTo(0);    // one-sided beads say nothing
    }

    /**
     * Text+Berg (dev benchmark, read from ../shared): the German of a book reference is cut at the
     * colon inside its brackets ("... « Tents in the Clouds » ( London :" / "Collins 1956 ) , flott
     * geschrieben ..."); the three German sentences pair with the two French ones as a 3-2 bead,
     * no longer as a 2-1 bead ending inside the brackets and a 1-1 bead.
     */
    @Test
    void aReferenceCutInsideItsBracketsIsOneBead() throws IOException {
        Path dir = DEV.resolve("textberg-dev");
        assumeThat(Files.isDirectory(dir)).as("benchmarks in ../shared").isTrue();
        SegmentedDocument de = AlignerFixtures.plain(Files.readAllLines(dir.resolve("de.txt")), Language.of("de"));
        SegmentedDocument fr = AlignerFixtures.plain(Files.readAllLines(dir.resolve("fr.txt")), Language.of("fr"));
        assertThat(de.texts().get(67)).endsWith("( London : ");
        List<String> beads = LengthLexicalAligner.forLanguages(Language.of("de"), Language.of("fr")).align(de, fr)
                .stream().map(Bead::notation).toList();
        assertThat(beads).contains("[66,67,68]:[105,106]", "[31,32,33]:[68]").doesNotContain("[66,67]:[105]");
        // "Erstersteigung 1933 durch B.M ." / "Abalakow , seitdem wiederholt besucht ." is one 2-2 bead
        assertThat(de.texts().get(395)).endsWith("B.M . ");
        assertThat(beads).contains("[395,396]:[465,466]", "[419,420]:[496,497]");
    }
}
