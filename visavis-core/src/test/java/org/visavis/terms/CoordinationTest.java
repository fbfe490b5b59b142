package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.model.Language;

/**
 * Coordination of a term with a word beside it, whose rendering the two then share: sentences of
 * the Debian installation guide (installation-guide-amd64 20230508+deb12u1, fr) and of the Debian
 * Edu manual (debian-edu-doc 2.12.23~deb12u1, en). After the term, a coordinate followed by a
 * noun of its own is another noun phrase, not a word sharing the term's head.
 */
class CoordinationTest {

    @ParameterizedTest(name = "“{1}” is coordinated in “{2}”")
    @CsvSource(delimiter = '|', value = {
        "fr | périphériques USB | Le système d'installation Debian reconnaît les disques IDE (PATA), les contrôleurs et disques SATA et SCSI, les périphériques USB et FireWire.",
        "en | pointing devices | Details on supported graphics hardware and pointing devices can be found at the vendor's site.",
    })
    void aWordCoordinatedWithTheTermSharesItsRendering(String language, String term, String sentence) {
        assertThat(coordinated(language, term, sentence)).isTrue();
    }

    @ParameterizedTest(name = "“{1}” is not coordinated in “{2}”")
    @CsvSource(delimiter = '|', value = {
        // the tagger reads "set" as a noun: "set access permissions" is a noun phrase of its own
        "en | home directory | With this script the administrator can create a folder in each user's home directory and set access permissions and ownership.",
        "en | graphics hardware | Details on supported graphics hardware and pointing devices can be found at the vendor's site.",
    })
    void aNounPhraseAfterTheConjunctionIsNoCoordinate(String language, String term, String sentence) {
        assertThat(coordinated(language, term, sentence)).isFalse();
    }

    private static boolean coordinated(String language, String term, String sentence) {
        List<TaggedToken> tokens = LanguageKnowledge.tagger(Language.of(language)).tag(sentence);
        int n = term.split(" ").length;
        for (int k = 0; k + n <= tokens.size(); k++) {
            if (sentence.substring(tokens.get(k).start(), tokens.get(k + n - 1).end()).equalsIgnoreCase(term)) {
                return TermText.coordinated(tokens, k, k + n);
            }
        }
        throw new IllegalArgumentException(term + " not in " + sentence);
    }
}
