package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Side;

class FindingTest {
    private static final Finding LUTTES = Finding.builder("term-inconsistency").severity(Severity.WARNING)
            .side(Side.SOURCE).subject("luttes revendicatives").message("“luttes revendicatives” is rendered 2 ways")
            .beads(List.of(77, 12, 40))
            .renderings(Map.of("struggles over immediate demands", List.of(40, 12), "wage struggles", List.of(77)))
            .highlights(Set.of("wage struggles")).build();

    @Test
    void keyDoesNotDependOnBeadIndexes() {
        Finding realigned = LUTTES.toBuilder().beads(List.of(13, 41, 78))
                .renderings(Map.of("wage struggles", List.of(78), "struggles over immediate demands", List.of(13, 41)))
                .highlights(Set.of()).build();
        assertThat(realigned.key()).isEqualTo(LUTTES.key());
        assertThat(LUTTES.beads()).containsExactly(12, 40, 77);
    }

    @Test
    void keyChangesWithTheRenderings() {
        Finding other = LUTTES.toBuilder().beads(List.of(12)).renderings(Map.of("struggles over immediate demands", List.of(12),
                "struggles over wages and conditions", List.of(90))).highlights(Set.of()).build();
        assertThat(other.key()).isNotEqualTo(LUTTES.key());
    }

    @Test
    void builtByNamedPartsItKeepsTheKeyOfTheOldShape() {
        Finding built = Finding.builder("term-inconsistency").severity(Severity.WARNING).subject("luttes revendicatives")
                .message("“luttes revendicatives” is rendered “wage struggles” in bead 78")
                .beads(List.of(77)).contextBeads(List.of(40, 12, 77))
                .renderings(Map.of("struggles over immediate demands", List.of(12, 40), "wage struggles", List.of(77)))
                .reason("2 of 3 beads say “struggles over immediate demands”").confidence(0.8).build();
        assertThat(built.key()).isEqualTo(LUTTES.key());
        assertThat(built.beads()).containsExactly(77);
        assertThat(built.contextBeads()).as("a bead to look at is not context too").containsExactly(12, 40);
        assertThat(built.allBeads()).containsExactly(12, 40, 77);
        assertThat(LUTTES.contextBeads()).isEmpty();
        assertThat(LUTTES.confidence()).isEqualTo(1.0);
        assertThatThrownBy(() -> built.toBuilder().confidence(1.5).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Finding.builder("x").subject("s").message("m").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("severity");
    }

    @Test
    void ignoredFindingsAreSavedWithTheProject(@TempDir Path project) {
        IgnoredFindings.NONE.with(LUTTES).save(project);
        IgnoredFindings loaded = IgnoredFindings.load(project);
        assertThat(loaded.ignores(LUTTES)).isTrue();
        assertThat(loaded.filter(List.of(LUTTES))).isEmpty();
        assertThat(loaded.without(LUTTES).ignores(LUTTES)).isFalse();
        assertThat(IgnoredFindings.load(project.resolve("elsewhere")).keys()).isEmpty();
    }

    @Test
    void htmlHighlightsWholeWordsOnly() {
        assertThat(HtmlFindingsReport.highlight("Wage struggles <and> wage-struggles, prewage struggles",
                Set.of("wage struggles")))
                .isEqualTo("<mark>Wage struggles</mark> &lt;and&gt; wage-struggles, prewage struggles");
    }
}
