package org.visavis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.align.AlignmentException;

class BeadFileTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[2,3]:[4]        | 2,3 | 4",
        "[5]:[]           | 5   | ''",
        "[]:[7]           | ''  | 7",
        "' [1, 2] : [3] ' | 1,2 | 3",
        "[250]:[291,293,294] | 250 | 291,293,294",
    })
    void parsesTheBenchmarkNotation(String line, String source, String target) {
        BeadIndexes b = BeadFile.parse(line, "f:1");
        assertThat(b.source()).isEqualTo(list(source));
        assertThat(b.target()).isEqualTo(list(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1]-[2]", "1:2", "[a]:[1]", "[1]:[2]:[3]"})
    void rejectsWhatIsNotABeadNamingTheLine(String line) {
        assertThatThrownBy(() -> BeadFile.parse(line, "out.txt:12"))
                .isInstanceOf(AlignmentException.class)
                .hasMessageStartingWith("out.txt:12: ");
    }

    private static List<Integer> list(String csv) {
        return csv.isEmpty() ? List.of() : java.util.Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
    }
}
