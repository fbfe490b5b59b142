package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextPagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "single-spaced; 0; 1; The root account is also called superuser.|From this account, you can perform|tasks.||Warning",
        "double-spaced; 1; 1; from a stable working class, easily discernible||limits and its definition by this reproduction||practice, the theory",
        "double-spaced with a page break; 1; 2; office in Britain or the ports of the West coast||becomes indistinguishable| in its content to the defence||workers, but for what they are",
        "double-spaced block quote, no page break; 1; 1; and the union delegates.|| “The English system of shop-stewards||which was born in the course",
        "form feeds; 0; 3; Debian Reference 1 / 233|Now you are in the shell.\fDebian Reference 2 / 233|The shell prompt\fDebian Reference 3 / 233",
    })
    void splitsPagesAndFindsTheLineGap(String name, int lineGap, int pages, String text) {
        PlainTextPages result = PlainTextPages.of(text.replace('|', '\n'));
        assertThat(result.lineGap()).isEqualTo(lineGap);
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
