package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.terms.Deviation;
import org.visavis.terms.FindingFeatures;
import org.visavis.terms.RenderingDiscovery;

/**
 * The features {@link FindingFeatures} gives each finding say what the finding's beads show: a
 * slip planted by hand in the Debian Handbook's translation (free-software-pairs.tsv) that keeps a
 * word of the usual rendering, or shares none; and the findings grounded are those of the check.
 */
class FindingFeaturesTest {

    private static TermInconsistencyCheck check() {
        return new TermInconsistencyCheck(LanguageKnowledge.tagger(Language.of("fr")),
                LanguageKnowledge.tagger(Language.of("en")), RenderingDiscovery.Options.DEFAULT);
    }

    private record Planted(Alignment alignment, int bead) {
    }

    /** The pairs with "free software" replaced in the third bead whose source has "logiciel(s) libre(s)". */
    private static Planted planted(String rendering) {
        List<String[]> pairs = new ArrayList<>();
        int changed = -1;
        int seen = 0;
        for (String[] p : TermInconsistencyCheckTest.PAIRS) {
            String en = p[1];
            if (changed < 0 && p[0].matches("(?s).*logiciels? libres?.*") && en.contains("free software") && seen++ == 2) {
                en = en.replaceFirst("free software", rendering);
                changed = pairs.size();
            }
            pairs.add(new String[] {p[0], en});
        }
        return new Planted(SentencePairs.alignment(pairs), changed);
    }

    private static FindingFeatures.Described about(String rendering) {
        Planted p = planted(rendering);
        List<FindingFeatures.Described> scored = FindingFeatures.of(check(), p.alignment());
        return scored.stream().filter(s -> s.finding().subject().startsWith("logiciel")
                        && s.finding().beads().contains(p.bead())).findFirst()
                .orElseThrow(() -> new AssertionError("no finding about " + rendering + " among "
                        + scored.stream().map(s -> s.finding().renderings().keySet()).toList()));
    }

    @Test
    void aRenderingKeepingAWordOfTheUsualOneSharesIt() {
        FindingFeatures.Features f = about("open software").features();

        assertThat(f.kind()).isEqualTo(Deviation.Kind.OTHER);
        assertThat(f.sharesUsualWord()).isTrue();
        assertThat(f.shorter()).isFalse();
        assertThat(f.phrase()).isTrue();
        assertThat(f.reverse()).isFalse();
        assertThat(f.beads()).isEqualTo(1);
        assertThat(f.usualBeads()).isGreaterThanOrEqualTo(3);
        assertThat(f.usualShare()).isGreaterThan(0.5).isLessThan(1);
        // "open" is written in the planted bead at least, where the term is
        assertThat(f.substituteBeads()).isPositive();
        assertThat(f.substituteWithTerm()).isPositive();
    }

    @Test
    void aRenderingWithNoneOfTheUsualWordsSharesNone() {
        FindingFeatures.Described s = about("gratis programs");
        FindingFeatures.Features f = s.features();

        assertThat(s.finding().renderings()).containsKey("gratis programs");
        assertThat(f.sharesUsualWord()).isFalse();
        assertThat(f.evidence()).isBetween(0.0, 1.0);
        assertThat(f.renderingSpread()).isPositive().isLessThan(0.5);
    }

    @Test
    void theFindingsDescribedAreTheChecks() {
        Alignment a = planted("open software").alignment();

        List<Finding> checked = check().check(a);
        List<FindingFeatures.Described> scored = FindingFeatures.of(check(), a);

        assertThat(scored.stream().map(s -> s.finding().key() + " " + s.finding().confidence()).toList())
                .isEqualTo(checked.stream().map(f -> f.key() + " " + f.confidence()).toList());
        assertThat(scored).allSatisfy(s -> assertThat(s.features()).isNotNull());
    }
}
