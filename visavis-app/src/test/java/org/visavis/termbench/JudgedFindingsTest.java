package org.visavis.termbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.checks.CheckException;
import org.visavis.checks.Finding;
import org.visavis.checks.Severity;
import org.visavis.model.Side;
import org.visavis.testing.TestResources;

class JudgedFindingsTest {
    private static final Path JUDGED = TestResources.folder("/org/visavis/termbench");

    private static Finding inconsistency(Side side, String subject, String... renderings) {
        Map<String, List<Integer>> r = new java.util.LinkedHashMap<>();
        for (int i = 0; i < renderings.length; i++) {
            r.put(renderings[i], List.of(i));
        }
        return Finding.builder("term-inconsistency").severity(Severity.INFO).side(side).subject(subject)
                .message(subject + " varies").beads(List.of(0, 1)).renderings(r).highlights(Set.of(subject)).build();
    }

    @Test
    void theCommittedListsAreReadAndMatchFindingsByKey() {
        for (String pair : List.of("demo", "handbook-packaging", "install-guide", "debian-reference",
                "debian-reference-tables", "debian-edu-manual")) {
            JudgedFindings list = JudgedFindings.read(JUDGED.resolve("judged-findings-" + pair + ".tsv"));
            assertThat(list.size()).as(pair).isPositive();
            assertThat(list.judgements().values()).as(pair + ": every verdict gives its reason")
                    .allSatisfy(j -> assertThat(j.reason()).isNotBlank());
        }
        JudgedFindings demo = JudgedFindings.read(JUDGED.resolve("judged-findings-demo.tsv"));
        JudgedFindings.Precision p = demo.compare(List.of(
                inconsistency(Side.TARGET, "volunteers", "volontaires", "bénévoles"),
                inconsistency(Side.SOURCE, "paquet", "package", "parcel")));
        assertThat(p.notReal()).isEqualTo(1);
        assertThat(p.real()).isZero();
        assertThat(p.unjudged()).extracting(Finding::subject).containsExactly("paquet");
        assertThat(p.gone()).hasSize(demo.size() - 1);
    }

    @Test
    void precisionCountsTheRealAmongTheJudged(@TempDir Path dir) throws Exception {
        Finding a = inconsistency(Side.SOURCE, "pages de manuel", "man page", "manual pages");
        Finding b = inconsistency(Side.SOURCE, "mise", "upgrade", "Stable Distribution");
        Path file = dir.resolve("judged-findings-x.tsv");
        Files.writeString(file, "# comment\nreal\ttwo renderings\t" + a.key() + "\nfalse\tnot a term\t" + b.key() + "\n");
        JudgedFindings.Precision p = JudgedFindings.read(file).compare(List.of(a, b,
                Finding.builder("untranslated").severity(Severity.INFO).side(Side.SOURCE).subject("x")
                        .context("x").message("m").beads(List.of(1)).build()));
        assertThat(p.value()).isEqualTo(0.5);
        assertThat(p.unjudged()).isEmpty(); // only term findings are judged
    }

    @Test
    void aLineWithoutVerdictNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("judged.tsv");
        Files.writeString(file, "# c\nmaybe\treason\tterm-inconsistency\tsource\tx\n");
        assertThatThrownBy(() -> JudgedFindings.read(file)).isInstanceOf(CheckException.class)
                .hasMessageContaining(file + ":2").hasMessageContaining("'real' or 'false'");
    }
}
