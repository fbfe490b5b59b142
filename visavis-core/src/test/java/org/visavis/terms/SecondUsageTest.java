package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * A bead of the Debian installation guide (en → fr, installation-guide-amd64 20230508+deb12u1)
 * where "installer" is "installation" and not the guide's usual "installateur": when the text
 * gives "installation" for it in a fair share of its beads, that is a second usage it settled on
 * and the deviation is weighed down; when the usual rendering outnumbers it many times over (162
 * beads to 5 in the guide), it is the same slip made again and is weighed in full.
 */
class SecondUsageTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final String SOURCE = "Configures apt, mostly automatically, based on what media the installer is running from.";
    private static final String TARGET = "Ce programme configure apt à partir d'informations tirées du support d'installation.";

    @ParameterizedTest(name = "“installation” in {1} beads beside “installateur” in {0}: weighed as a second usage {2}")
    @CsvSource({"162, 5, false", "25, 5, true", "10, 3, true", "10, 2, false"})
    void anotherRenderingIsASecondUsageOnlyBesideAUsualOneNotManyTimesCommoner(int usualBeads, int elsewhere,
                                                                              boolean secondUsage) {
        double full = evidence(usualBeads, 0);
        double weighed = evidence(usualBeads, elsewhere);
        assertThat(weighed).isCloseTo(secondUsage ? full * Deviation.Evidence.SECOND_USAGE : full, within(1e-9));
    }

    /**
     * A phrase has one sense: "automatic installations" given « installations automatiques » in
     * three beads of the guide beside « Installation automatisée » in seven is a rival, not a
     * second usage, and is weighed in full (the finding's confidence weighs the rival's beads).
     */
    @Test
    void aPhrasesOtherRenderingIsNoSecondUsage() {
        Occurrence bare = TermOccurrences.of(EN, FR, "automatic installations",
                "In this case, the variable has to be marked as seen for automatic installations.",
                "Quand c'est le cas, cette variable doit être positionnée à seen pour les installations automatiques.");
        int k = TermOccurrences.targetToken(bare, "installations");
        Occurrence o = TermOccurrences.spotting(bare, k, k + 2, 0.9);
        DeviationJudge judge = TermOccurrences.enFrJudge(RenderingDiscovery.Trace.NONE);
        Deviation alone = judge.deviation(o, TermOccurrences.usual(FR, "automatic installation", "Installation automatisée", 7,
                Map.of()));
        Deviation beside = judge.deviation(o, TermOccurrences.usual(FR, "automatic installation", "Installation automatisée", 7,
                Map.of(RenderingWords.renderingStems(o.spotted().orElseThrow().text()), 3)));
        assertThat(alone).as("the deviation").isNotNull();
        assertThat(beside.evidence()).isEqualTo(alone.evidence());
    }

    /** The evidence of the deviation in the bead when "installation" stands for the term in {@code elsewhere} other beads. */
    private static double evidence(int usualBeads, int elsewhere) {
        Occurrence bare = TermOccurrences.of(EN, FR, "installer", SOURCE, TARGET);
        int k = TermOccurrences.targetToken(bare, "installation");
        Occurrence o = TermOccurrences.spotting(bare, k, 0.42, true);
        UsualRendering usual = TermOccurrences.usual(FR, "installer", "installateur", usualBeads,
                elsewhere == 0 ? Map.of() : Map.of(RenderingWords.renderingStems("installation"), elsewhere));
        DeviationJudge judge = TermOccurrences.enFrJudge(RenderingDiscovery.Trace.NONE);
        Deviation d = judge.deviation(o, usual);
        assertThat(d).as("the deviation").isNotNull();
        assertThat(d.kind()).isEqualTo(Deviation.Kind.OTHER);
        assertThat(d.rendering()).isEqualTo("installation");
        return d.evidence();
    }
}
