package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Side;
import org.visavis.terms.Deviation;
import org.visavis.terms.RenderingDiscovery;
import org.visavis.terms.TermRenderings;

/**
 * Single deviations planted by hand in the Debian Handbook's translation (free-software-pairs.tsv):
 * those a reviser must see are found, with the deviating bead apart from the consistent ones;
 * legitimate variation raises nothing.
 */
class TermInconsistencyCheckTest {
    static final List<String[]> PAIRS = pairs();

    /**
     * The free-software pairs and the release-lifecycle section's pairs: a word aligner needs a few
     * dozen beads to learn from, as any real project has.
     */
    private static List<String[]> pairs() {
        List<String[]> all = new ArrayList<>(SentencePairs.read("free-software-pairs.tsv"));
        List<String> fr = SentencePairs.lines("/org/visavis/align/release-lifecycle.fr.txt");
        List<String> en = SentencePairs.lines("/org/visavis/align/release-lifecycle.en.txt");
        for (int i = 0; i < fr.size(); i++) {
            if (!fr.get(i).isBlank() && !en.get(i).isBlank()) {
                all.add(new String[] {fr.get(i), en.get(i)});
            }
        }
        return all;
    }

    /** The findings a reviser sees: those the report shows by default ({@link CheckOptions#DEFAULT_MIN_CONFIDENCE}). */
    private static List<Finding> check(Alignment a) {
        return new TermInconsistencyCheck(LanguageKnowledge.tagger(Language.of("fr")),
                LanguageKnowledge.tagger(Language.of("en")), RenderingDiscovery.Options.DEFAULT).check(a)
                .stream().filter(CheckOptions.defaults()::reports).toList();
    }

    /** The pairs with "free software" replaced in the {@code nth} bead that has "logiciel(s) libre(s)". */
    private static Planted plant(String rendering, int nth) {
        List<String[]> planted = new ArrayList<>();
        int changed = -1;
        int seen = 0;
        for (String[] p : PAIRS) {
            String en = p[1];
            if (changed < 0 && p[0].matches("(?s).*logiciels? libres?.*") && en.contains("free software") && seen++ == nth) {
                changed = planted.size();
                en = en.replaceFirst("free software", rendering);
            }
            planted.add(new String[] {p[0], en});
        }
        assertThat(changed).as("a bead to plant in").isNotNegative();
        return new Planted(planted, changed);
    }

    private record Planted(List<String[]> pairs, int bead) {
    }

    /** The translation as published: "logiciel libre" is always "free software". */
    @Test
    void consistentTranslationGivesNoFinding() {
        assertThat(check(SentencePairs.alignment(PAIRS))).isEmpty();
    }

    @ParameterizedTest(name = "“free software” → “{0}” in one bead is found")
    @CsvSource({"open source software, 0", "open source software, 3", "libre software, 1", "open software, 2",
            "gratis software, 4"})
    void aSingleDeviationIsFoundWithItsBeadApart(String rendering, int nth) {
        Planted p = plant(rendering, nth);

        List<Finding> findings = check(SentencePairs.alignment(p.pairs()));

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.check()).isEqualTo("term-inconsistency");
        assertThat(f.side()).isEqualTo(Side.SOURCE);
        assertThat(f.subject()).startsWith("logiciel");
        assertThat(f.beads()).containsExactly(p.bead());
        assertThat(f.contextBeads()).isNotEmpty().doesNotContain(p.bead());
        assertThat(f.renderings()).containsEntry(rendering, List.of(p.bead()));
        assertThat(f.renderings().keySet()).anyMatch(r -> r.equalsIgnoreCase("free software"));
        assertThat(f.message()).contains("“" + rendering + "”").contains("bead " + (p.bead() + 1));
        // each keeps "software": the evidence named is the word shared, not the aligner's link
        assertThat(f.reason()).contains("shares a word with “free software”");
        assertThat(f.confidence()).isBetween(0.3, 1.0);
    }

    /** Variation a reviser need not see: spelling of the compound, an abbreviation, a placeholder. */
    @ParameterizedTest(name = "“free software” → “{0}” raises nothing")
    @CsvSource({"free-software", "freesoftware", "FOSS", "foo"})
    void legitimateVariationRaisesNothing(String rendering) {
        assertThat(check(SentencePairs.alignment(plant(rendering, 1).pairs()))).isEmpty();
    }

    /** A bead whose pairing the sentence aligner doubts is a question about the pairing, not a term error. */
    @Test
    void aDoubtfulBeadIsAnAlignmentQuestion() {
        Planted p = plant("open source software", 2);
        Alignment a = SentencePairs.alignment(p.pairs());
        List<Bead> beads = new ArrayList<>(a.beads());
        Bead b = beads.get(p.bead());
        beads.set(p.bead(), Bead.auto(b.source(), b.target(), 0.1));

        List<Finding> findings = check(new Alignment(a.source(), a.target(), beads));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(TermInconsistencyCheck.ALIGNMENT_QUESTION_ID);
            assertThat(f.beads()).containsExactly(p.bead());
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("pairing");
        });
    }

    /**
     * A term whose renderings vary in five beads or more besides the finding's is one the text
     * renders by its context: a finding about it is less sure than the same finding about a term
     * that deviates once (four other beads are not yet widespread).
     */
    @Test
    void aTermDeviatingInManyBeadsIsLessSure() {
        List<Integer> usual = IntStream.range(0, 20).boxed().toList();
        Deviation slip = deviations(Deviation.Kind.OTHER, "open software", 30).get(0);
        double alone = confidenceAmong(usual, List.of(slip), 0);
        assertThat(alone).isGreaterThanOrEqualTo(CheckOptions.DEFAULT_MIN_CONFIDENCE);
        assertThat(confidenceAmong(usual, List.of(slip), TermInconsistencyCheck.WIDESPREAD - 1)).isEqualTo(alone);
        assertThat(confidenceAmong(usual, List.of(slip), TermInconsistencyCheck.WIDESPREAD))
                .isCloseTo(0.7 * alone, within(1e-9));
    }

    /**
     * The finding's own beads are not the term's other variation: the same slip in two beads of a
     * term that deviates in three others ("heure" for "clock" twice beside three rewordings) is
     * as sure as in a term that deviates nowhere else, though the term deviates in five beads.
     */
    @Test
    void aSlipsOwnBeadsDoNotMakeItsTermWidespread() {
        List<Integer> usual = IntStream.range(0, 20).boxed().toList();
        List<Deviation> slip = deviations(Deviation.Kind.OTHER, "open software", 30, 31);
        double alone = confidenceAmong(usual, slip, 0);
        assertThat(confidenceAmong(usual, slip, TermInconsistencyCheck.WIDESPREAD - 2)).isEqualTo(alone);
        assertThat(confidenceAmong(usual, slip, TermInconsistencyCheck.WIDESPREAD)).isLessThan(alone);
    }

    /**
     * A term left as in the source is weighed against the text's other copies of it, not against
     * its renderings varied by context: "le hardware" where "matériel" stands in most beads and
     * rewordings in many others is as sure as where the term deviates nowhere else.
     */
    @Test
    void aCopyIsWeighedAgainstTheOtherCopiesOnly() {
        List<Integer> usual = IntStream.range(0, 20).boxed().toList();
        Deviation copy = deviations(Deviation.Kind.UNTRANSLATED, "logiciel libre", 30).get(0);
        double alone = confidenceAmong(usual, List.of(copy), 0);
        assertThat(confidenceAmong(usual, List.of(copy), 2 * TermInconsistencyCheck.WIDESPREAD)).isEqualTo(alone);
        List<Deviation> copies = deviations(Deviation.Kind.UNTRANSLATED, "logiciel libre",
                IntStream.range(50, 50 + TermInconsistencyCheck.WIDESPREAD).toArray());
        TermRenderings kept = new TermRenderings("logiciel libre", "logiciel libre", "free software", usual,
                Stream.concat(Stream.of(copy), copies.stream()).toList(), usual.size() + 6);
        assertThat(TermInconsistencyCheck.confidence(kept, List.of(copy), Side.SOURCE)).isLessThan(alone);
    }

    /**
     * A phrase has one sense: "Automatic Installation" given « Installations automatiques » in
     * three beads of the Debian installation guide beside « Installation automatisée » in seven is
     * a rival worth a look, as sure as one slip; a single word in three beads against seven is two
     * usages (its senses), weighed down; and a phrase's rival in as many beads as half the usual
     * rendering's is too.
     */
    @Test
    void aPhrasesRivalInAFewBeadsIsNotASecondUsage() {
        List<Integer> seven = IntStream.range(0, 7).boxed().toList();
        List<Deviation> one = deviations(Deviation.Kind.OTHER, "open software", 30);
        List<Deviation> three = deviations(Deviation.Kind.OTHER, "open software", 30, 31, 32);
        assertThat(confidence("logiciel libre", seven, three)).isEqualTo(confidence("logiciel libre", seven, one));
        assertThat(confidence("logiciel", seven, three)).isLessThan(0.5 * confidence("logiciel", seven, one));
        List<Integer> five = IntStream.range(0, 5).boxed().toList();
        assertThat(confidence("logiciel libre", five, three)).isLessThan(0.5 * confidence("logiciel libre", five, one));
    }

    private static double confidence(String key, List<Integer> usual, List<Deviation> group) {
        // (the term in three more beads than the usual rendering's either way: the same share)
        TermRenderings t = new TermRenderings(key, key, "free software", usual, group, usual.size() + 3);
        return TermInconsistencyCheck.confidence(t, group, Side.SOURCE);
    }

    /** Deviations of "logiciel libre" to {@code rendering} in {@code beads}, as sure as the dictionary makes them. */
    private static List<Deviation> deviations(Deviation.Kind kind, String rendering, int... beads) {
        double evidence = kind == Deviation.Kind.UNTRANSLATED ? Deviation.Evidence.UNTRANSLATED : Deviation.Evidence.RELATED;
        return IntStream.of(beads).mapToObj(b -> new Deviation(b, kind, "logiciel libre", rendering, 0.9, evidence,
                Set.of(rendering))).toList();
    }

    /** The confidence of the finding about {@code slip} when the term also has {@code others} beads with no rendering. */
    private static double confidenceAmong(List<Integer> usual, List<Deviation> slip, int others) {
        List<Deviation> all = Stream.concat(slip.stream(), IntStream.range(0, others).mapToObj(b -> new Deviation(40 + b,
                Deviation.Kind.NONE, "logiciel libre", "", 0, Deviation.Evidence.NOTHING_PHRASE, Set.of()))).toList();
        TermRenderings t = new TermRenderings("logiciel libre", "logiciel libre", "free software", usual, all,
                usual.size() + 5);
        return TermInconsistencyCheck.confidence(t, slip, Side.SOURCE);
    }
}
