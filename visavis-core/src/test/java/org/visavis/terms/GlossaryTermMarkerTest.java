package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Language;

/** Sentences of the Debian Handbook, section 1.5, against a small glossary. */
class GlossaryTermMarkerTest {
    private static final Glossary GLOSSARY = new Glossary(Language.of("fr"), Language.of("en"), List.of(
            new GlossaryEntry(Term.of("paquet"), List.of(Term.of("package")), List.of(Term.of("packet")), ""),
            new GlossaryEntry(Term.of("paquet source"), List.of(Term.of("source package")), List.of(), ""),
            new GlossaryEntry(Term.of("logiciel libre"), List.of(Term.of("free software")), List.of(), "")));
    private static final TermMatcher FR = new TermMatcher(LanguageKnowledge.tagger(Language.of("fr")));
    private static final TermMatcher EN = new TermMatcher(LanguageKnowledge.tagger(Language.of("en")));
    private static final GlossaryTermMarker MARKER = new GlossaryTermMarker(new GlossaryLookup(GLOSSARY, FR, EN), EN);

    private static String marked(List<TermMark> marks) {
        return String.join("|", marks.stream().map(m -> m.surface() + (m.kind() == TermMark.Kind.FORBIDDEN ? "!" : "")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "La plupart des nouveaux logiciels libres sont rapidement pris en charge.;logiciels libres",
        "Debian compte plus de 31 000 paquets sources.;paquets sources",
        "Conception d'un paquet Debian.;paquet",
        "Une distribution GNU/Linux a deux objectifs principaux.;''",
    })
    void sourceTermsByLemmaAndLongestMatch(String sentence, String expected) {
        assertThat(marked(MARKER.source(sentence))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Debian is the leader, with over 31,000 source packages.;source packages|packages",
        "See Chapter 15, Creating a Debian Package.;Package",
        "Each packet is signed.;packet!",
        "A Linux distribution has two main objectives.;''",
    })
    void targetRenderingsApprovedAndForbidden(String sentence, String expected) {
        assertThat(marked(MARKER.target(sentence))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Conception d'un paquet Debian.;paquet"})
    void marksPointAtTheWords(String sentence, String word) {
        TermMark m = MARKER.source(sentence).get(0);
        assertThat(sentence.substring(m.start(), m.end())).isEqualTo(word);
    }
}
