package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian Edu / Skolelinux Bookworm manual (debian-edu-doc 2.12.23~deb12u1, GPL-2+,
 * en → fr): the source's word kept in a run of words copied from the source is quoted as it is
 * ("Virtual Network Computer"); beside a path it is no quotation, for a path is the same in any
 * translation ("Éditez le file /etc/network/interfaces", with "file" planted for "fichier").
 */
class CopiedPassageTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));

    @ParameterizedTest(name = "“{2}” kept in “{1}” is quoted as it is")
    @CsvSource(delimiter = '|', value = {
        "VNC client (Virtual Network Computer) gives access to Skolelinux remotely. | Les clients VNC (Virtual Network Computer) donnent accès à Skolelinux à distance. | Network",
    })
    void aWordKeptInAPassageCopiedFromTheSourceIsQuoted(String source, String target, String term) {
        assertThat(LegitimateVariation.copiedAsQuoted(kept(term, source, target))).isTrue();
    }

    @ParameterizedTest(name = "“{2}” kept beside a path in “{1}” is left untranslated")
    @CsvSource(delimiter = '|', value = {
        "Edit the file /etc/network/interfaces and adjust the eth1 settings accordingly. | Éditez le file /etc/network/interfaces et ajustez les réglages de l'interface eth1 en conséquence. | file",
        "Edit the file /etc/network/interfaces and adjust the eth1 settings accordingly. | Éditez le fichier /etc/network/interfaces et ajustez les réglages de l'interface eth1 en conséquence. | network",
    })
    void aWordKeptBesideAPathIsNoQuotation(String source, String target, String term) {
        assertThat(LegitimateVariation.copiedAsQuoted(kept(term, source, target))).isFalse();
    }

    /** The occurrence of {@code term} whose rendering spotted is the same word in the translation. */
    private static Occurrence kept(String term, String source, String target) {
        Occurrence o = TermOccurrences.of(EN, FR, term, source, target);
        List<TaggedToken> to = o.unit().to().tokens();
        for (int k = 0; k < to.size(); k++) {
            if (to.get(k).text().equals(term) && o.unit().to().wordOf()[k] >= 0) {
                TaggedToken t = to.get(k);
                SpottedRendering s = new SpottedRendering(t.text(), List.of(t.lemma()), Set.of(t.lemma()), k, k + 1, 1.0,
                        true, false);
                return new Occurrence(o.unit(), o.term(), Optional.of(s), false);
            }
        }
        throw new IllegalArgumentException(term + " not in " + target);
    }
}
