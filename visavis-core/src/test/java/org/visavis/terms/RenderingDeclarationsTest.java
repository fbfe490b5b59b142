package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderingDeclarationsTest {
    private static final RenderingDeclarations BUNDLED = RenderingDeclarations.bundled();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the seed text's note 1
        "en | Les luttes revendicatives, which we have rendered throughout as “struggles over immediate demands”, could mean depending on context struggles over wages and conditions. | luttes revendicatives | struggles over immediate demands",
        "en | Autonomie, translated here as “autonomy”, means more than independence. | Autonomie | autonomy",
        "en | We translate “prise au tas” as “taking from the heap” throughout. | prise au tas | taking from the heap",
        "en | In this chapter “dépôt” is translated as repository. | dépôt | repository",
        "en | Transcroissance, rendered here as overgrowth, is a term Trotsky used. | Transcroissance | overgrowth",
        "fr | Nous traduisons labour power par « force de travail ». | labour power | force de travail",
        "fr | Struggles over immediate demands, que nous avons traduit partout par « luttes revendicatives », désigne les luttes salariales. | Struggles over immediate demands | luttes revendicatives",
        "fr | Le terme « workfare », traduit ici par « travail obligatoire », vient des États-Unis. | workfare | travail obligatoire",
        "de | Wir übersetzen „luttes revendicatives“ mit „Lohnkämpfe“. | luttes revendicatives | Lohnkämpfe",
        "de | Self-organisation, hier mit „Selbstorganisation“ übersetzt, ist der erste Akt. | Self-organisation | Selbstorganisation",
        "de | Die luttes revendicatives, die wir durchgehend mit „Kämpfe um unmittelbare Forderungen“ wiedergeben, sind Lohnkämpfe. | luttes revendicatives | Kämpfe um unmittelbare Forderungen",
    })
    void declarations(String lang, String text, String source, String rendering) {
        List<RenderingDeclarations.Declaration> found = BUNDLED.find(lang, text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).source()).isEqualTo(source);
        assertThat(found.get(0).rendering()).isEqualTo(rendering);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | The struggles over immediate demands are rendered impossible by the restructuring.",
        "en | Cobas is an Italian base union.",
        "en | It produces the counter-revolution which rendered this affirmation impossible.",
        "en | The text was translated into English in 2004.",
        "fr | Le texte a été traduit en anglais par Aufheben.",
        // the translators' credits of the Debian Reference (debian-reference-fr): names, not renderings
        "fr | Le document « Référence Debian (version 1) » a été traduit par Guillaume Erbs (gerbs chez free point fr) et al.",
        "fr | Le document « Référence Debian (version 2) » a été traduit par Jean-Luc Coulon (f5ibh) (jean-luc.coulon chez wanadoo.fr) à partir de la version 1.",
        "fr | Nous rendons compte des luttes par des exemples.",
        "de | Der Text wurde 2004 ins Englische übersetzt.",
        // a phrasing of another language is not read as this one's
        "de | Nous traduisons labour power par « force de travail ».",
    })
    void notDeclarations(String lang, String text) {
        assertThat(BUNDLED.find(lang, text)).isEmpty();
    }

    @Test
    void headPositionIsPerLanguage() {
        assertThat(BUNDLED.head("en")).isEqualTo(RenderingDeclarations.HeadPosition.LAST);
        assertThat(BUNDLED.head("fr")).isEqualTo(RenderingDeclarations.HeadPosition.FIRST);
        assertThat(BUNDLED.languages()).contains("en", "fr", "de");
    }

    @Test
    void aBrokenRuleNamesItsLine() {
        assertThatThrownBy(() -> RenderingDeclarations.parse(new BufferedReader(new StringReader(
                "# rules\nen\tpattern\t{SOURCE} as {RENDERING}\nen\tpattern\t(unclosed {SOURCE} {RENDERING}\n")), "my.tsv"))
                .isInstanceOf(TermsException.class).hasMessageStartingWith("my.tsv:3: bad pattern");
        assertThatThrownBy(() -> RenderingDeclarations.parse(new BufferedReader(new StringReader(
                "en\tpattern\twe translate {SOURCE}\n")), "my.tsv"))
                .isInstanceOf(TermsException.class).hasMessage("my.tsv:1: a pattern needs {SOURCE} and {RENDERING}");
        assertThatThrownBy(() -> RenderingDeclarations.parse(new BufferedReader(new StringReader(
                "en\tphrasing\tx\n")), "my.tsv"))
                .isInstanceOf(TermsException.class).hasMessageStartingWith("my.tsv:1: unknown kind 'phrasing'");
    }
}
