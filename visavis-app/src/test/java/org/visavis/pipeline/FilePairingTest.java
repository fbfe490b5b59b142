package org.visavis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Language;

/** The name a file pairs by once its language tag is set aside. */
class FilePairingTest {

    @ParameterizedTest
    @CsvSource({
        "dreq.fr.html, fr, dreq", "dreq.en.html, en, dreq", "ch1_fr.docx, fr, ch1", "ch1_en.docx, en-GB, ch1",
        "ch1-fr-FR.odt, fr, ch1", "ch1_fr_FR.odt, fr-FR, ch1", "FR_ch1.pdf, fr, ch1", "fr.txt, fr, fr",
        "sect.release-lifecycle.html, fr, sect.release-lifecycle", "french.html, fr, french",
        "ch1_en.docx, fr, ch1_en", "ch1_fr-CA.docx, fr-FR, ch1_fr-ca"})
    void keyOfAFile(String file, String lang, String key) {
        assertThat(FilePairing.key(file, Language.parse(lang))).isEqualTo(key);
    }
}
