package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DotLeadersTest {

    // Lines from the contents of the Debian Reference PDFs, and running text that must stay as it is.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.1 Console basics . . . . . . . . . . . . . . . . . . . 1|1.1 Console basics",
        "1.1 Bases pour la console . . . . . . . . . . . . . . . . 1|1.1 Bases pour la console",
        "12.2.2 GUI program with the shell script ............ 234|12.2.2 GUI program with the shell script",
        "Preface . . . . . . . xiv|Preface",
        ". . . . . . . . .|''",
        "It supposes that struggles over immediate demands are stepping stones...|It supposes that struggles over immediate demands are stepping stones...",
        "Use the ... operator, as in a...b.|Use the ... operator, as in a...b.",
        "See section 1.2.3.4 of the manual.|See section 1.2.3.4 of the manual.",
    })
    void leadersAndPageNumbersLeaveContentsLines(String line, String expected) {
        assertThat(DotLeaders.strip(line)).isEqualTo(expected);
    }
}
