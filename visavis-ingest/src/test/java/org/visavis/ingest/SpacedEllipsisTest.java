package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpacedEllipsisTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // pdfLaTeX's \ldots as Tika extracts it (The Debian Administrator's Handbook, chapter 1)
        "the first one that is both functional and satisfying. . . which will come out of the time"
                + " | the first one that is both functional and satisfying... which will come out of the time",
        "and so on. . . | and so on...",
        // dot leaders of a contents line and a written ellipsis stay
        "1.1 The Installer: debian-installer . . . . . . . . 1 | 1.1 The Installer: debian-installer . . . . . . . . 1",
        "and so on... | and so on...",
        "version 1.2.3 | version 1.2.3",
    })
    void closesAnEllipsisSetAsThreeDotsApart(String extracted, String text) {
        assertThat(SpacedEllipsis.closed(extracted.strip())).isEqualTo(text.strip());
    }
}
