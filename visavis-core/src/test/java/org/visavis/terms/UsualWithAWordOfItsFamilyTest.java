package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian installation guide (en → fr) where what the aligner links to a phrase is
 * its usual rendering with one word replaced by another of its family: "logical partitions"
 * usually « partitions logiques », here « partitionnement logiques » beside « la partition
 * étendue ». The usual words the bead has render another term, so the bead does not use the usual
 * rendering. The same words read otherwise by the tagger (« image » as the verb « imager ») are
 * the usual rendering still.
 */
class UsualWithAWordOfItsFamilyTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{0}” usually “{3}”, “{4}” spotted in “{2}”: uses the usual {5}")
    @CsvSource(delimiter = '|', value = {
        "logical partitions | You can create up to 60 logical partitions per extended partition. | La partition étendue peut contenir jusqu'à 60 partitionnement logiques. | partitions logiques | partitionnement logiques | false",
        "logical partitions | You can create up to 60 logical partitions per extended partition. | La partition étendue peut contenir jusqu'à 60 partitions logiques. | partitions logiques | partitions logiques | true",
        "disk image file | Write the disk image file to the stick. | Copiez le fichier image de disque sur la clé. | fichier image du disque | fichier image de disque | true",
    })
    void aWordOfTheUsualRenderingsFamilyInsteadIsNotTheUsualRendering(String term, String source, String target,
                                                                       String usualText, String spottedText,
                                                                       boolean uses) {
        Occurrence bare = TermOccurrences.of(EN, FR, term, source, target);
        List<TaggedToken> tokens = bare.unit().to().tokens();
        int from = 0;
        while (!target.startsWith(spottedText, tokens.get(from).start())) {
            from++;
        }
        int end = from;
        while (tokens.get(end).end() < tokens.get(from).start() + spottedText.length()) {
            end++;
        }
        Occurrence o = TermOccurrences.spotting(bare, from, end + 1, 0.8);
        assertThat(o.spotted().orElseThrow().text()).isEqualTo(spottedText);
        UsualRendering usual = TermOccurrences.usual(FR, term, usualText);
        assertThat(UsualRenderingChoice.usesUsual(o, usual.stems(), TermOccurrences.enFrSeeds()::strength))
                .isEqualTo(uses);
    }
}
