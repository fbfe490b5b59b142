package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;
import org.visavis.model.Side;

/** number-mismatch, untranslated and segment-inconsistency on sentence pairs of the Debian Handbook. */
class BilingualChecksTest {

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "Beaucoup de gens ont choisi Debian : environ 10 % des serveurs web sur Internet exécutent Debian. | Many people have chosen Debian: around 10% of the web servers on the Internet run Debian. | ''",
        "Tout courrier envoyé à 12345@bugs.debian.org sera consigné dans l'historique du bogue numéro 12345. | Any e-mail sent to 12345@bugs.debian.org will be assigned to the history for bug number 12345. | ''",
        "Debian compte plus de 31 000 paquets sources. | Debian has over 31,000 source packages. | ''",
        "La version 2,6 du noyau. | Version 2.6 of the kernel. | ''",
        "Pour les francophones, tout ce travail est coordonné sur la liste debian-l10n-french. | There are language-specific mailing lists for i18n. | ''",
        "Il y a trois versions. | There are 3 versions. | ''",
        "Quand on inclut les systèmes d’exploitation basés sur Debian, ce nombre est plus proche de 20 %. | When you include operating systems based on Debian, this number is closer to 25%. | 20 25",
        "Beaucoup de gens ont choisi Debian : environ 10 % des serveurs web. | Many people have chosen Debian: around 10% of the web servers in 2019. | 2019",
    })
    void numberMismatch(String fr, String en, String expected) {
        List<Finding> findings = new NumberMismatchCheck().check(SentencePairs.alignment(new String[] {fr, en}));
        if (expected.isEmpty()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).highlights()).containsExactlyInAnyOrder(expected.split(" "));
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "La plupart des nouveaux logiciels libres sont rapidement pris en charge. | Most new free software programs quickly find their way into the development version. | ''",
        "Cette modularité, qui le rend aussi plus complexe, pourra perturber les développeurs. | Cette modularité, qui le rend aussi plus complexe, pourra perturber les développeurs. | error",
        "Cette modularité, qui le rend aussi plus complexe, pourra perturber les développeurs. | Cette modularité, qui le rend plus complexe, peut perturber les développeurs découvrant cet outil. | error",
        "Quantitatively, Debian is undeniably the leader in this respect, with over 31,000 source packages. | Quantitatively, Debian is undeniably the leader in this respect, with over 31,000 source packages. | info",
        "$ diff -u file.old file.new >file.patch | $ diff -u file.old file.new >file.patch | ''",
        "Debian GNU/Linux | Debian GNU/Linux | ''",
    })
    void untranslated(String fr, String en, String severity) {
        List<Finding> findings = new UntranslatedCheck(LanguageKnowledge.tagger(Language.of("fr")),
                LanguageKnowledge.tagger(Language.of("en"))).check(SentencePairs.alignment(new String[] {fr, en}));
        if (severity.isEmpty()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).extracting(f -> f.severity().word()).containsExactly(severity);
        }
    }

    @Test
    void untranslatedBeadsInARowMakeOneFinding() {
        String[] same1 = {"Long Term Support is a difficult commitment to make in Debian.", "Long Term Support is a difficult commitment to make in Debian."};
        String[] same2 = {"Volunteers tend to avoid the work that is not very fun.", "Volunteers tend to avoid the work that is not very fun."};
        String[] translated = {"La distribution Debian est et restera constituée de logiciels libres.", "Debian is and will remain composed of free software."};
        List<Finding> findings = new UntranslatedCheck(LanguageKnowledge.tagger(Language.of("fr")),
                LanguageKnowledge.tagger(Language.of("en"))).check(SentencePairs.alignment(same1, same2, translated, same1));
        assertThat(findings).extracting(Finding::beads).containsExactly(List.of(0, 1), List.of(3));
    }

    @Test
    void sameSourceTranslatedTwoWaysAndTheReverse() {
        String fr = "Debian est avant tout un projet du monde du logiciel libre.";
        var a = SentencePairs.alignment(
                new String[] {fr, "Debian is above all a free software project."},
                new String[] {"Il y a trois versions.", "There are three versions."},
                new String[] {fr, "Debian is first and foremost a free software project."},
                new String[] {fr, "Debian is above all a free software project!"},
                new String[] {"Il existe trois versions.", "There are three versions."});
        List<Finding> findings = new SegmentInconsistencyCheck().check(a);

        assertThat(findings).hasSize(2);
        Finding forward = findings.get(0);
        assertThat(forward.side()).isEqualTo(Side.SOURCE);
        assertThat(forward.subject()).isEqualTo(fr);
        // the first and the last rendering differ by punctuation only: one rendering
        assertThat(forward.renderings()).hasSize(2).containsValue(List.of(0, 3)).containsValue(List.of(2));
        Finding reverse = findings.get(1);
        assertThat(reverse.side()).isEqualTo(Side.TARGET);
        assertThat(reverse.beads()).containsExactly(1, 4);
    }

    @Test
    void shortSentencesAreNotCompared() {
        var a = SentencePairs.alignment(new String[] {"Note", "Note"}, new String[] {"Note", "Tip"});
        assertThat(new SegmentInconsistencyCheck().check(a)).isEmpty();
    }
}
