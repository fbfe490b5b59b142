package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.visavis.model.Language;
import org.visavis.model.Side;

/** A term finding's words marked in the Debian Handbook's sentences (fr → en), every form of them. */
class FindingMarksTest {
    private static final FindingMarks MARKS = FindingMarks.of(Optional.of(Language.of("fr")), Optional.of(Language.of("en")));

    /** "paquets binaires" usually "binary packages"; one bead has "source packages". */
    private static final Finding BINARY = Finding.builder(TermInconsistencyCheck.ID).severity(Severity.WARNING)
            .subject("paquets binaires").message("…").beads(List.of(547)).contextBeads(List.of(181))
            .renderings(Map.of("binary packages", List.of(181), "source packages", List.of(547)))
            .highlights(Set.of("paquets binaires", "binary packages", "source packages")).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // side | sentence | marked
            "SOURCE | 5.3. Structure d'un paquet binaire | paquet binaire",
            "SOURCE | Les Paquets binaires produits depuis le même paquet source | Paquets binaires",
            "TARGET | A binary package is usually comprised of three files | binary package",
            "TARGET | Binary packages produced from the same source package | Binary packages,source package",
    })
    void marksEveryFormOfTheTermAndItsRenderings(Side side, String sentence, String marked) {
        assertThat(MARKS.find(BINARY, side, sentence)).extracting(s -> sentence.substring(s.start(), s.end()))
                .containsExactly(marked.split(","));
    }

    @Test
    void marksAPhraseWrappedOverTwoLinesAndWholeWordsOnly() {
        String wrapped = "among various binary\npackages produced from the same source";
        assertThat(FindingMarks.asWritten().find(BINARY, Side.TARGET, wrapped))
                .extracting(s -> wrapped.substring(s.start(), s.end())).containsExactly("binary\npackages");
        assertThat(MARKS.find(BINARY, Side.TARGET, "prebinary packages")).isEmpty();
    }

    @Test
    void marksAWordAfterAnElision() {
        Finding archive = Finding.builder(TermInconsistencyCheck.ID).severity(Severity.INFO).subject("archive")
                .message("…").renderings(Map.of("archive", List.of(1), "(no rendering found)", List.of(2))).build();
        String s = "Comme vous le voyez, l'archive ar d'un paquet Debian est constituée de trois fichiers:";
        assertThat(MARKS.find(archive, Side.SOURCE, s)).extracting(x -> s.substring(x.start(), x.end()))
                .containsExactly("archive");
    }

    @Test
    void theHtmlReportMarksTheFormsOfTheBeads() throws Exception {
        org.visavis.model.SegmentedDocument fr = org.visavis.model.SegmentedDocument.ofSentences("fr", Language.of("fr"),
                List.of("Chaque paquet binaire produit depuis le même paquet source y figure."));
        java.io.StringWriter out = new java.io.StringWriter();
        Finding inDocument = BINARY.toBuilder().beads(List.of(0)).contextBeads(List.of()).build();
        new HtmlFindingsReport().write(List.of(inDocument), CheckedText.of(fr), out);
        assertThat(out.toString()).contains("Chaque <mark>paquet binaire</mark> produit");
    }
}
