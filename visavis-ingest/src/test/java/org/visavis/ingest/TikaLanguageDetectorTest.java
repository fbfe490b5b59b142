package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Language;

class TikaLanguageDetectorTest {

    private static final TikaLanguageDetector DETECTOR = new TikaLanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr | Une distribution GNU/Linux a deux objectifs principaux : installer un système libre sur un ordinateur et fournir une palette de logiciels couvrant tous les besoins de l'utilisateur.",
        "en | A GNU/Linux distribution has two main objectives: install a free operating system on a computer, and provide a range of software covering all of the user's needs.",
        "en | Autonomy, as a revolutionary perspective realising itself through self-organisation, is paradoxically inseparable from a stable working class.",
        "de | Eine Distribution hat zwei Hauptziele: ein freies Betriebssystem auf einem Rechner zu installieren und eine Auswahl an Software bereitzustellen.",
    })
    void detectsTheLanguageOfARealSentence(String code, String text) {
        assertThat(DETECTOR.detect(text)).contains(Language.of(code));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"OK", "1.5.1", "foo:~$ ls -l /etc", "' '"})
    void isUnsureAboutTooLittleText(String text) {
        assertThat(DETECTOR.detect(text)).isEmpty();
    }
}
