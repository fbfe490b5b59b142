package org.visavis.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.edit.BeadSearch.Direction;
import org.visavis.edit.BeadSearch.Mode;
import org.visavis.edit.BeadSearch.Scope;
import org.visavis.model.Alignment;

class BeadSearchTest {
    // beads 0-5 at 0.95, 6-13 at 0.3; bead 2 confirmed; bead 13 is 1-0
    private final Alignment a = AlignmentEdits.confirm(HandbookFixture.naiveAlignment(), 2);

    @ParameterizedTest(name = "{0} {2} from {1}")
    @CsvSource({
        "low,        0, FORWARD,  6",
        "low,        8, BACKWARD, 7",
        "low,        5, BACKWARD, -1",
        "unconfirmed, 1, FORWARD, 3",
        "unconfirmed, 3, BACKWARD, 1",
        "non11,      -1, FORWARD, 13",
        "non11,      13, FORWARD, -1",
        "attention,  -1, FORWARD, 6",
    })
    void findsTheNextBeadThatNeedsLooking(String what, int from, Direction direction, int expected) {
        var predicate = switch (what) {
            case "low" -> BeadSearch.lowConfidence(BeadSearch.LOW_CONFIDENCE);
            case "unconfirmed" -> BeadSearch.unconfirmed();
            case "non11" -> BeadSearch.notOneToOne();
            default -> BeadSearch.needsAttention(BeadSearch.LOW_CONFIDENCE);
        };
        OptionalInt found = BeadSearch.next(a.beads(), from, direction, predicate);
        assertThat(found.orElse(-1)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1}, {2}) from {3}")
    @CsvSource({
        "debian-installer,       PLAIN, SOURCE, 0, 2",
        "DEBIAN-INSTALLER,       PLAIN, TARGET, 0, 2",
        "matériel,               PLAIN, TARGET, 0, -1",
        "matériel,               PLAIN, BOTH,   0, 6",
        "'\\b(i386|amd64)\\b',   REGEX, TARGET, 0, 6",
        "'[0-9]+,[0-9]{3}',      REGEX, BOTH,   9, 8",
        "Debian,                 PLAIN, SOURCE, 13, 2",
    })
    void searchesEitherSideAndWraps(String query, Mode mode, Scope scope, int from, int expected) {
        OptionalInt found = BeadSearch.find(a, from, Direction.FORWARD, BeadSearch.text(a, query, mode, scope));
        assertThat(found.orElse(-1)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'(unclosed'", "'*star'"})
    void aBadRegexIsAnEditError(String query) {
        assertThatThrownBy(() -> BeadSearch.text(a, query, Mode.REGEX, Scope.BOTH))
                .isInstanceOf(EditException.class).hasMessageContaining("not a regular expression");
    }
}
