package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian Reference and the Debian installation guide (en → fr) where a term whose
 * usual rendering is the English word itself, a French word as well ("archive", "partition",
 * "table"), is given a French derivation of it ("outils d'archivage", "le partitionnement",
 * "le tableau"): the cognate is the translation's default, the derivation the French for another
 * sense or word class, so the deviation is weighed down. A usual rendering spelled the French way
 * ("rôle" for "role") or a name the text keeps ("le Release Manager") is weighed in full.
 */
class DerivedFromTheSourceWordTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{0}” usually “{3}”, “{4}” in “{2}”: weighed down {5}")
    @CsvSource(delimiter = '|', value = {
        "archive | Table 10.1: List of archive and compression tools | Table 10.1 – Liste des outils d’archivage et de compression | archive | archivage | true",
        "partitions | You can also use preseeding to set up partitions on software RAID arrays. | Il est aussi possible de préconfigurer le partitionnement d'un RAID logiciel. | partition | partitionnement | true",
        "table | The actual minimum memory requirements are a lot less than the numbers listed in this table. | La quantité de mémoire minimale réellement nécessaire est inférieure à celle donnée dans le tableau. | table | tableau | true",
        // the usual rendering is not the English word spelled as it is
        "table | The actual minimum memory requirements are a lot less than the numbers listed in this table. | La quantité de mémoire minimale réellement nécessaire est inférieure à celle donnée dans le tableau. | tablette | tableau | false",
        // the other rendering is no derivation of the usual one: another word altogether
        "condition | The system is in good working condition. | Le système est en bon état de fonctionnement. | condition | état | false",
    })
    void aDerivationOfAUsualRenderingThatIsTheSourceWordIsWeighedDown(String term, String source, String target,
                                                                     String usualText, String rendering, boolean down) {
        Deviation d = deviation(EN, FR, term, source, target, usualText, rendering);
        // the dictionary (or the spelling) relates each rendering to its term: full evidence, but for the weight
        assertThat(d.basis()).isEqualTo(Deviation.Basis.DICTIONARY);
        assertThat(d.evidence()).isCloseTo(down ? Deviation.Evidence.RELATED * Deviation.Evidence.DERIVED_FROM_THE_SOURCE_WORD
                : Deviation.Evidence.RELATED, within(1e-9));
    }

    /**
     * The Debian Administrator's Handbook (fr → en): the French text keeps the English title
     * "Release Manager"; "Release Management" for it is a slip, weighed in full, where the same
     * words written as common nouns would be a cognate's derivation.
     */
    @org.junit.jupiter.api.Test
    void aNameTheTextKeepsIsNoCognate() {
        String source = "La prochaine étape est l'inclusion dans Stable, à un moment choisi par le %s.";
        String target = "The next step is the inclusion in Stable, at a moment chosen by the %s.";
        Deviation name = deviation(FR, EN, "Manager", source.formatted("Release Manager"),
                target.formatted("Release Management"), "Manager", "Management");
        Deviation common = deviation(FR, EN, "manager", source.formatted("release manager"),
                target.formatted("release management"), "manager", "management");
        assertThat(common.evidence()).isCloseTo(name.evidence() * Deviation.Evidence.DERIVED_FROM_THE_SOURCE_WORD,
                within(1e-9));
    }

    private static Deviation deviation(Tagger from, Tagger to, String term, String source, String target,
                                       String usualText, String rendering) {
        Occurrence bare = TermOccurrences.of(from, to, term, source, target);
        List<TaggedToken> tokens = bare.unit().to().tokens();
        int k = 0;
        while (!tokens.get(k).text().equals(rendering)) {
            k++;
        }
        Occurrence o = TermOccurrences.spotting(bare, k, 0.9, true);
        UsualRendering usual = TermOccurrences.usual(to, term, usualText, 30, Map.of());
        Deviation d = TermOccurrences.judge(from == EN ? "en" : "fr", to == EN ? "en" : "fr", RenderingDiscovery.Trace.NONE)
                .deviation(o, usual);
        assertThat(d).as("the deviation").isNotNull();
        assertThat(d.kind()).isEqualTo(Deviation.Kind.OTHER);
        assertThat(d.rendering()).isEqualTo(rendering);
        return d;
    }
}
