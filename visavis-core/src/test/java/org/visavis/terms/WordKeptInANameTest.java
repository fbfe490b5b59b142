package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian Reference (en → fr) where the aligner links the term to the source's word
 * kept inside a name ("security" of "testing-security-announce"): the bead's word related to the
 * term renders it, and is weighed as the deviation it may be; where the bead has none, the word
 * kept is no deviation.
 */
class WordKeptInANameTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{0}” kept in a name, “{3}” beside it: deviation “{4}”")
    @CsvSource(delimiter = '|', value = {
        // with "sécurité" made "sécurisation"
        "security | The testing archive is not useful either since it contains mostly the same content as the stable archive without its security support (Debian testing-security-announce 2008-12). | L’archive testing n’est pas utile non plus car elle a sensiblement le même contenu que l’archive stable sans la prise en compte de la sécurisation (Debian testing-security-announce 2008-12). | sécurité | sécurisation",
        // as published: the usual rendering
        "security | The testing archive is not useful either since it contains mostly the same content as the stable archive without its security support (Debian testing-security-announce 2008-12). | L’archive testing n’est pas utile non plus car elle a sensiblement le même contenu que l’archive stable sans la prise en compte de la sécurité (Debian testing-security-announce 2008-12). | sécurité | ''",
    })
    void theWordRelatedToTheTermRendersItBesideTheName(String term, String source, String target, String usualText,
                                                     String deviation) {
        Occurrence bare = TermOccurrences.of(EN, FR, term, source, target);
        List<TaggedToken> to = bare.unit().to().tokens();
        int k = 0;
        while (!(to.get(k).text().equals(term) && to.get(k - 1).text().equals("-"))) {
            k++;
        }
        Occurrence o = TermOccurrences.spotting(bare, k, 0.47, false);
        UsualRendering usual = TermOccurrences.usual(FR, term, usualText, 21, Map.of());
        Deviation d = TermOccurrences.enFrJudge(RenderingDiscovery.Trace.NONE).deviation(o, usual);
        if (deviation.isEmpty()) {
            assertThat(d).isNull();
        } else {
            assertThat(d).as("the deviation").isNotNull();
            assertThat(d.rendering()).isEqualTo(deviation);
        }
    }
}
