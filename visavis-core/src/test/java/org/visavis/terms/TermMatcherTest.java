package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;

/** Terms found by lemma and word form, whole words only; sentences from the bundled corpora. */
class TermMatcherTest {

    private static TermMatcher matcher(String lang) {
        return new TermMatcher(LanguageKnowledge.tagger(Language.of(lang)));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' in ''{2}'' → {3}")
    @CsvSource(delimiter = '|', value = {
        // inflection in both languages
        "fr | lutte revendicative | Les luttes revendicatives sont des tremplins vers la révolution. | 1",
        "fr | luttes revendicatives | Toute lutte revendicative est un tremplin. | 1",
        "en | struggle over immediate demands | It supposes that struggles over immediate demands are stepping stones to the revolution. | 1",
        "en | struggles over immediate demands | The struggle over immediate demands is no longer a stepping stone. | 1",
        "fr | paquet | Le programme buildd crée des paquets binaires à partir des paquets sources. | 2",
        "fr | logiciel libre | La distribution Debian est et restera constituée exclusivement de logiciels libres. | 1",
        "en | free software | Debian is and will remain composed entirely and exclusively of free software. | 1",
        "fr | autonomie | L'autonomie suppose que la définition de la classe ouvrière n'est pas un rapport. | 1",
        // a term inside a longer word is not the term
        "en | organisation | Self-organisation everywhere, revolution nowhere. | 0",
        "fr | organisation | L'auto-organisation est le premier acte de la révolution. | 0",
        "en | free software | Debian is not composed of non-free software. | 0",
        // all words in order, nothing in between
        "en | free software | The software is free. | 0",
        "en | struggles over immediate demands | struggles over wages and conditions | 0",
        "fr | paquet source | Le paquet Debian et ses sources. | 0",
        // a word of another class with the same spelling is not the term
        "en | package | The work is packaged with care. | 0",
        // symbols are part of a term (Debian Reference): "C++" is not "C", nor "C" inside "C++"
        "en | C++ | The target reader is not ready to read all the C sources to figure out how the GNU/Linux system works. | 0",
        "en | C++ | pretty print many source codes (C, C++, Java, Pascal, Perl, Pike, Sh, and Verilog) to PostScript. | 1",
        "en | C | pretty print many source codes (C, C++, Java, Pascal, Perl, Pike, Sh, and Verilog) to PostScript. | 1",
        "en | C | Caching proxy for distribution of software packages (compiled C++ program) | 0",
        "fr | C++ | proxy avec cache pour la distribution de paquets de logiciel (programme C++ compilé) | 1",
        "fr | C | outil pour examiner le code source en C/C++ et rechercher des erreurs | 1",
        "en | \"C++\". | Caching proxy for distribution of software packages (compiled C++ program) | 1",
        // a capitalised word of a title that the tagger reads as a name ("Brosses", a place) is still the
        // noun (GIMP's user manual in French, GFDL-1.2+: the title of its section 3.8)
        "fr | brosse | Reportez-vous à Section 3.8, « Brosses MyPaint » pour plus d’informations. | 1",
        "fr | brosse | Reportez-vous à la section « brosses MyPaint » pour plus d’aide. | 1",
        "fr | pinceau | Reportez-vous à Section 3.8, « Brosses MyPaint » pour plus d’informations. | 0",
    })
    void findsTermsByLemma(String lang, String term, String sentence, int expected) {
        assertThat(matcher(lang).find(Term.of(term), sentence)).hasSize(expected);
    }

    @ParameterizedTest(name = "''{0}'' in ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
        "Debian | Debian is undeniably the leader in this respect. | 1",
        "Debian | debian-installer is very modular. | 0",
        "Debian | The DEBIAN directory of a package. | 0",
        "APT | APT resolves the dependencies. | 1",
        "APT | The apt command is apt to confuse. | 0",
    })
    void caseSensitiveTermsMatchOnlyAsWritten(String term, String sentence, int expected) {
        assertThat(matcher("en").find(new Term(term, Casing.SENSITIVE), sentence)).hasSize(expected);
    }

    @org.junit.jupiter.api.Test
    void occurrenceGivesTheTextAsWritten() {
        String sentence = "It supposes that struggles over immediate demands are stepping stones to the revolution.";
        TermOccurrence o = matcher("en").find(Term.of("struggle over immediate demand"), sentence).get(0);
        assertThat(o.surface()).isEqualTo("struggles over immediate demands");
        assertThat(sentence.substring(o.start(), o.end())).isEqualTo(o.surface());
    }
}
