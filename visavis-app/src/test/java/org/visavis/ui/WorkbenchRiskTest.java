package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.edit.HandbookFixture;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;
import org.visavis.terms.ProjectGlossary;

/**
 * Review by risk in the real window: the threshold is the reviser's, one-sided beads and beads
 * the checks flag rank as risky whatever the aligner's score, the table can be ordered by risk,
 * and a jump centres the bead. On section 1.5 of the Debian Handbook (beads 1-6 at 0.95,
 * beads 7-14 at 0.30 in the naive alignment).
 */
@NeedsDisplay
class WorkbenchRiskTest {
    @TempDir
    Path dir;
    private WorkbenchDriver driver;


    private Path open(Alignment a) {
        Path project = dir.resolve("project");
        new ProjectStore().save(new Project(project, a));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        return project;
    }

    @AfterEach
    void close() {
        WorkbenchDriver.closeDiscarding(driver);
    }

    @Test
    void theThresholdIsTheRevisersAndRemembered() {
        open(HandbookFixture.naiveAlignment());
        driver.selectBead(0, BeadTableModel.SOURCE);
        driver.dialogs.answers.add("0.2");
        driver.press("ctrl shift L");
        driver.press("F8");
        assertThat(driver.alignment().beads().get(13).isOneSided()).isTrue();
        assertThat(driver.selectedBead()).as("below 0.20 only the one-sided last bead, not the 0.30 ones").isEqualTo(13);
        assertThat(driver.workbench.statusMessage()).contains("one-sided").contains("below 0.20");
        driver.selectBead(0, BeadTableModel.SOURCE);
        driver.dialogs.answers.add("0,97");
        driver.press("ctrl shift L");
        driver.press("F8");
        assertThat(driver.selectedBead()).as("0.95 is below 0.97").isEqualTo(1);
        assertThat(new WindowLayout(java.util.prefs.Preferences.userRoot().node("org/visavis/ui-test")).lowConfidence(0.5))
                .isEqualTo(0.97);
        driver.dialogs.answers.add("seven");
        driver.press("ctrl shift L");
        assertThat(driver.workbench.statusMessage()).isEqualTo("Not a confidence: seven");
        driver.dialogs.answers.add("0.5");
        driver.press("ctrl shift L");
    }

    @Test
    void oneSidedAndFlaggedBeadsRankAsRiskyNotAsSafe() throws Exception {
        // the last bead has no counterpart (the naive alignment runs out of target sentences)
        Alignment a = HandbookFixture.naiveAlignment();
        int oneSided = -1;
        for (int i = 0; i < a.beads().size(); i++) {
            if (a.beads().get(i).isOneSided() && oneSided < 0) {
                oneSided = i;
            }
        }
        assertThat(oneSided).isGreaterThanOrEqualTo(0);
        Path project = dir.resolve("project");
        new ProjectStore().save(new Project(project, a));
        // a glossary the translation does not follow in bead 2 ("distribution" is not "distro"), confidence 0.95
        Files.writeString(project.resolve("g.tsv"), "fr\ten\tforbidden\tnote\tcase\ndistribution\tdistro\t\t\t\n");
        ProjectGlossary.choose(project, project.resolve("g.tsv"));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        driver.waitChecked();
        Alignment shown = driver.alignment();
        Bead flagged = shown.beads().get(1);
        assertThat(flagged.confidence()).isGreaterThan(0.9);
        int os = oneSided;
        BeadCellRenderer r = WorkbenchDriver.onEdt(() -> driver.workbench.table().cellRenderer());
        assertThat(WorkbenchDriver.onEdt(() -> r.stripeColour(os, shown.beads().get(os))))
                .as("a one-sided bead is not coloured as safe").isNotEqualTo(ConfidenceColours.of(shown.beads().get(os).confidence()))
                .isEqualTo(ConfidenceColours.of(BeadRisk.ONE_SIDED));
        assertThat(WorkbenchDriver.onEdt(() -> r.stripeColour(1, flagged))).as("a flagged bead neither")
                .isEqualTo(ConfidenceColours.of(BeadRisk.FLAGGED));

        driver.selectBead(0, BeadTableModel.SOURCE);
        driver.press("F8");
        assertThat(driver.selectedBead()).as("F8 stops at the flagged bead").isEqualTo(1);
        assertThat(driver.workbench.statusMessage()).contains("flagged");
        driver.press("F8");
        assertThat(driver.selectedBead()).as("then at the 0.30 ones").isEqualTo(6);

        driver.press("ctrl shift R");
        List<Integer> order = WorkbenchDriver.onEdt(() -> {
            BeadTableModel m = (BeadTableModel) driver.workbench.table().getModel();
            return java.util.stream.IntStream.range(0, m.getRowCount()).map(m::beadAt).boxed().toList();
        });
        assertThat(order).hasSize(shown.beads().size());
        assertThat(order.get(0)).as("riskiest first: the one-sided bead").isEqualTo(oneSided);
        int safe = WorkbenchDriver.onEdt(() -> java.util.stream.IntStream.range(0, 6)
                .filter(i -> r.stripeColour(i, shown.beads().get(i)).equals(ConfidenceColours.of(0.95))).findFirst().orElse(-1));
        assertThat(safe).as("a bead of 0.95 the checks do not flag").isGreaterThanOrEqualTo(0);
        assertThat(order.indexOf(1)).as("the flagged bead before the 0.95 ones").isLessThan(order.indexOf(safe));
        assertThat(driver.selectedBead()).isEqualTo(order.get(0));
        driver.press("ctrl shift R");
        assertThat(WorkbenchDriver.onEdt(() -> ((BeadTableModel) driver.workbench.table().getModel()).beadAt(3))).isEqualTo(3);
    }

    @Test
    void everyJumpCentresTheBead() {
        open(WorkbenchBenchmark.repeat(3000));
        for (int target : new int[] {1500, 2990, 700, 2000}) {
            driver.dialogs.answers.add(String.valueOf(target + 1));
            driver.press("ctrl G");
            assertThat(driver.selectedBead()).isEqualTo(target);
            Rectangle[] r = WorkbenchDriver.onEdt(() -> {
                BeadTable t = driver.workbench.table();
                return new Rectangle[] {t.getCellRect(t.getSelectedRow(), 0, true), t.getVisibleRect()};
            });
            assertThat(r[1].contains(r[0])).as("bead %d fully in view: %s in %s", target + 1, r[0], r[1]).isTrue();
            boolean nearEnd = r[1].y + r[1].height >= WorkbenchDriver.onEdt(() -> driver.workbench.table().getHeight()) - 2;
            if (!nearEnd) {
                int centre = r[0].y + r[0].height / 2;
                assertThat(Math.abs(centre - (r[1].y + r[1].height / 2))).as("bead %d centred", target + 1)
                        .isLessThanOrEqualTo(r[0].height);
            }
        }
    }
}
