package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextPagesTest {

    private static List<String> corpus() throws IOException {
        return Files.readAllLines(Path.of("corpora/self-organisation/en.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "single-spaced; 0; 1; The root account is also called superuser.|From this account, you can perform|tasks.||Warning",
        "one paragraph a line; 0; 1; Une distribution GNU/Linux a deux objectifs principaux : installer un système libre sur un "
            + "ordinateur (vierge ou disposant déjà d'autres systèmes) et fournir une palette de logiciels couvrant tous les "
            + "besoins de l'utilisateur.||Cette modularité, qui le rend aussi plus complexe, pourra perturber les développeurs "
            + "découvrant cet outil.||Il est intéressant de remarquer que les distributions dérivées de Debian se différencient "
            + "beaucoup sur cet aspect.",
        "form feeds; 0; 3; Debian Reference 1 / 233|Now you are in the shell.\fDebian Reference 2 / 233|The shell prompt\fDebian Reference 3 / 233",
    })
    void splitsPagesAndFindsTheLineGap(String name, int lineGap, int pages, String text) {
        PlainTextPages result = PlainTextPages.of(text.replace('|', '\n').replace("\\f", "\f"));
        assertThat(result.lineGap()).isEqualTo(lineGap);
        assertThat(result.pages()).hasSize(pages);
    }

    @ParameterizedTest(name = "lines {0} to {1}: {2} page(s)")
    @CsvSource({
        // the first paragraphs, double-spaced
        "2, 16, 1",
        // a block quote indented after a blank line: no page break
        "280, 300, 1",
        // "becomes indistinguishable" / " in its content": a page break
        "358, 372, 2",
    })
    void findsPageBreaksInDoubleSpacedText(int from, int to, int pages) throws IOException {
        PlainTextPages result = PlainTextPages.of(String.join("\n", corpus().subList(from, to)));
        assertThat(result.lineGap()).isEqualTo(1);
        assertThat(result.pages()).hasSize(pages);
    }

    @Test
    void findsThePagesOfTheSelfOrganisationText() throws IOException {
        PlainTextPages pages = PlainTextPages.of(Files.readString(Path.of("corpora/self-organisation/en.txt")));
        assertThat(pages.lineGap()).isEqualTo(1);
        // Page starts that the extractor marked with its one-space indent right after a line.
        assertThat(pages.pages()).hasSizeGreaterThan(10);
        assertThat(pages.pages()).anySatisfy(page -> assertThat(page.get(0)).startsWith(" “struggle” is not a historical invariant"));
        assertThat(pages.pages()).anySatisfy(page -> assertThat(page.get(0)).startsWith(" is it interesting, but it is also true."));
    }
}
