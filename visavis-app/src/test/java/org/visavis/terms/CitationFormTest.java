package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;

/** Renderings as beads of the Debian Handbook and the self-organisation text write them, in the form a glossary gives. */
class CitationFormTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr | paquets sources | paquet source",
            "fr | Paquets binaires | paquet binaire",
            "fr | luttes revendicatives | lutte revendicative",
            "fr | paquet source | paquet source",
            "fr | fichiers de configuration | fichier de configuration",
            "en | source packages | source package",
            "en | struggles over immediate demands | struggle over immediate demands",
            "en | Debian developers | Debian developer",
            "en | free software | free software",
            "en | process | process",
    })
    void givesTheGlossaryForm(String language, String written, String citation) {
        CitationForm form = new CitationForm(LanguageKnowledge.tagger(Language.of(language)));
        assertThat(form.of(written)).isEqualTo(citation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "paquets sources | paquet source | true",
            "Paquets binaires | paquet binaire | true",
            "source package | package source | false",
            "free software | open source software | false",
    })
    void aFormAndItsCitationFormAreTheSameForm(String a, String b, boolean same) {
        assertThat(CitationForm.sameForm(a, b)).isEqualTo(same);
    }
}
