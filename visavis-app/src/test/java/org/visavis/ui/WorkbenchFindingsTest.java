package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.checks.Severity;
import org.visavis.edit.HandbookFixture;
import org.visavis.model.Side;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;
import org.visavis.terms.ProjectGlossary;

/**
 * The findings panel and the glossary in the real workbench window (under Xvfb in CI), on
 * section 1.5 of the Debian Handbook with a glossary the translation does not follow: it asks
 * for "distro" where the English says "distribution".
 */
@NeedsDisplay
class WorkbenchFindingsTest {
    @TempDir
    Path dir;
    private Path project;
    private WorkbenchDriver driver;


    @AfterEach
    void closeWindow() {
        WorkbenchDriver.discardAndClose(driver);
    }

    private void open(boolean withGlossary) throws Exception {
        project = dir.resolve("role-of-distributions");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        if (withGlossary) {
            Files.writeString(project.resolve("handbook-terms.tsv"), "fr\ten\tforbidden\tnote\tcase\ndistribution\tdistro\t\t\t\n");
            ProjectGlossary.choose(project, project.resolve("handbook-terms.tsv"));
        }
        startAndOpen();
    }

    private void startAndOpen() {
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        driver.waitChecked();
    }

    private List<Finding> shown() {
        return WorkbenchDriver.onEdt(() -> List.copyOf(driver.workbench.projectChecks().panel().shown()));
    }

    private FindingsPanel panel() {
        return driver.workbench.projectChecks().panel();
    }

    /** Selects the glossary finding about bead {@code b} in the panel, filtered to term-missing. */
    private Finding selectTermMissing(int b) {
        WorkbenchDriver.onEdt(() -> {
            panel().setCheckFilter("term-missing");
            return null;
        });
        List<Finding> list = shown();
        assertThat(list).as("only term-missing findings are listed").isNotEmpty().allMatch(f -> f.check().equals("term-missing"));
        int row = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).subject().equals("distribution") && list.get(i).beads().equals(List.of(b))) {
                row = i;
            }
        }
        assertThat(row).as("a finding for “distribution” in bead %d among %s", b, list).isGreaterThanOrEqualTo(0);
        int r = row;
        WorkbenchDriver.onEdt(() -> {
            panel().select(r);
            return panel().findingsTable().requestFocusInWindow();
        });
        return list.get(row);
    }

    @Test
    void glossaryViolationIsListedJumpedToIgnoredAndStaysIgnoredAfterReopening() throws Exception {
        open(true);
        driver.selectBead(10, BeadTableModel.SOURCE);
        Finding f = selectTermMissing(1);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);

        driver.pressOn(panel().findingsTable(), "ENTER");
        assertThat(driver.selectedBead()).as("Enter in the panel jumps to the finding's bead").isEqualTo(1);
        assertThat(driver.alignment().beads().get(1).isConfirmed()).as("Enter in the panel does not confirm beads").isFalse();

        driver.pressOn(panel().findingsTable(), "DELETE");
        assertThat(shown()).as("ignored findings are hidden").doesNotContain(f);
        driver.waitIdle();
        assertThat(Files.readAllLines(project.resolve(IgnoredFindings.FILE))).contains(f.key());
        driver.press("ctrl shift I");
        assertThat(shown()).as("“show ignored” brings it back").contains(f);
        driver.press("ctrl shift I");

        driver.press("ctrl S");
        driver.close();
        startAndOpen();
        assertThat(shown()).as("still ignored after reopening").isNotEmpty().doesNotContain(f);
        assertThat(IgnoredFindings.load(project).ignores(f)).isTrue();

        driver.press("ctrl shift I");
        WorkbenchDriver.onEdt(() -> {
            panel().select(panel().shown().indexOf(f));
            return panel().findingsTable().requestFocusInWindow();
        });
        driver.pressOn(panel().findingsTable(), "INSERT");
        driver.waitIdle();
        assertThat(IgnoredFindings.load(project).ignores(f)).as("unignored and saved").isFalse();
    }

    @Test
    void editsAreCheckedAgainInTheBackground() throws Exception {
        open(true);
        int before = (int) shown().stream().filter(x -> x.check().equals("term-missing")).count();
        // translate "distribution" as the glossary wants in bead 1: its finding goes away
        driver.selectBead(1, BeadTableModel.TARGET);
        driver.press("F2");
        WorkbenchDriver.onEdt(() -> {
            var area = driver.workbench.table().sentenceEditor().textArea();
            area.setText(area.getText().replace("GNU/Linux distribution", "GNU/Linux distro"));
            driver.workbench.table().getCellEditor().stopCellEditing();
            return null;
        });
        driver.waitIdle();
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.projectChecks().isIdle()))
                .as("a check is pending after the edit").isFalse();
        driver.waitChecked();
        List<Finding> after = shown().stream().filter(x -> x.check().equals("term-missing")).toList();
        assertThat(after).hasSize(before - 1).noneMatch(x -> x.beads().equals(List.of(1)));
    }

    @Test
    void addToGlossaryFromTheSelectedSourceTextCreatesTheProjectGlossaryAndHighlights() throws Exception {
        open(false);
        assertThat(ProjectGlossary.chosen(project)).isEmpty();
        driver.selectBead(1, BeadTableModel.SOURCE);
        driver.press("F2");
        var area = WorkbenchDriver.onEdt(() -> {
            var a = driver.workbench.table().sentenceEditor().textArea();
            int at = a.getText().indexOf("logiciels");
            a.select(at, at + "logiciels".length());
            return a;
        });
        driver.dialogs.answers.add(ScriptedDialogs.ACCEPT_INITIAL);
        driver.dialogs.answers.add("software");
        driver.pressOn(area, "ctrl T");
        driver.waitChecked();
        assertThat(driver.dialogs.initials).as("the dialog is prefilled with the selection").startsWith("logiciels");
        Path glossary = project.resolve(ProjectGlossary.DEFAULT_FILE);
        assertThat(Files.readAllLines(glossary)).containsExactly("fr-FR\ten-US\tforbidden\tnote\tcase", "logiciels\tsoftware\t\t\t");
        assertThat(ProjectGlossary.chosen(project)).contains(glossary);

        // the term is highlighted in both columns once the background marker has seen the rows
        String source = driver.alignment().source().segments().get(1).text();
        String target = driver.alignment().target().segments().get(1).text();
        TermHighlights terms = driver.workbench.projectChecks().terms();
        WorkbenchDriver.await("the term marks of both columns",
                () -> !terms.marks(Side.SOURCE, source).isEmpty() && !terms.marks(Side.TARGET, target).isEmpty());
        assertThat(terms.marks(Side.SOURCE, source)).extracting(m -> m.surface()).containsExactly("logiciels");
        assertThat(terms.marks(Side.TARGET, target)).extracting(m -> m.surface()).containsExactly("software");
    }

    @Test
    void anEntryAddedWhileTheProjectsGlossaryIsStillBeingReadGoesIntoThatGlossary() throws Exception {
        project = dir.resolve("role-of-distributions");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        Path chosen = project.resolve("handbook-terms.tsv");
        Files.writeString(chosen, "fr\ten\tforbidden\tnote\tcase\ndistribution\tdistro\t\t\t\n");
        ProjectGlossary.choose(project, chosen);
        driver = WorkbenchDriver.start(List.of());
        driver.dialogs.answers.add("paquets");
        driver.dialogs.answers.add("packages");
        boolean[] asked = new boolean[2]; // asked, and the project's glossary not yet read then
        WorkbenchDriver.onEdt(() -> {
            // right after the project is shown, before its glossary (read in the background) is known
            driver.workbench.table().getModel().addTableModelListener(e -> {
                if (!asked[0]) {
                    asked[0] = true;
                    javax.swing.SwingUtilities.invokeLater(() -> {
                        asked[1] = driver.workbench.projectChecks().glossaryFile().isEmpty();
                        driver.workbench.projectChecks().addToGlossary("", "");
                    });
                }
            });
            return null;
        });
        driver.open(project);
        driver.waitChecked();
        assertThat(asked).as("the entry was added before the project's glossary was read").containsExactly(true, true);
        assertThat(Files.readAllLines(chosen)).as("added to the glossary the project uses")
                .containsExactly("fr\ten\tforbidden\tnote\tcase", "distribution\tdistro\t\t\t", "paquets\tpackages\t\t\t");
        assertThat(Files.exists(project.resolve(ProjectGlossary.DEFAULT_FILE))).as("no new glossary made").isFalse();
        assertThat(ProjectGlossary.chosen(project)).contains(chosen);
    }

    @Test
    void textSelectedInBothSentencesOfABeadPrefillsTheEntry() throws Exception {
        open(true);
        selectInEditor(8, BeadTableModel.SOURCE, "paquets");
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.table().getCellEditor().cancelCellEditing();
            return null;
        });
        var area = selectInEditor(8, BeadTableModel.TARGET, "packages");
        driver.dialogs.answers.add(ScriptedDialogs.ACCEPT_INITIAL);
        driver.dialogs.answers.add(ScriptedDialogs.ACCEPT_INITIAL);
        driver.pressOn(area, "ctrl T");
        driver.waitChecked();
        assertThat(driver.dialogs.initials).containsExactly("paquets", "packages");
        assertThat(Files.readAllLines(project.resolve("handbook-terms.tsv")))
                .as("added to the glossary the project uses, in its format")
                .containsExactly("fr\ten\tforbidden\tnote\tcase", "distribution\tdistro\t\t\t", "paquets\tpackages\t\t\t");
        assertThat(Files.exists(project.resolve(ProjectGlossary.DEFAULT_FILE))).isFalse();
    }

    private javax.swing.JTextArea selectInEditor(int bead, int column, String word) {
        driver.selectBead(bead, column);
        driver.press("F2");
        return WorkbenchDriver.onEdt(() -> {
            var a = driver.workbench.table().sentenceEditor().textArea();
            int at = a.getText().indexOf(word);
            assertThat(at).as("“%s” in %s", word, a.getText()).isGreaterThanOrEqualTo(0);
            a.select(at, at + word.length());
            return a;
        });
    }

    @Test
    void activatingAFindingAgainCyclesThroughItsBeads() {
        List<Integer> jumps = new ArrayList<>();
        FindingsPanel p = WorkbenchDriver.onEdt(() -> new FindingsPanel(new FindingsPanel.Listener() {
            @Override
            public void jumpTo(Finding finding, int bead) {
                jumps.add(bead);
            }

            @Override
            public void ignore(Finding finding) {
            }

            @Override
            public void unignore(Finding finding) {
            }
        }));
        Finding f = Finding.builder("term-inconsistency").severity(Severity.WARNING).side(Side.SOURCE)
                .subject("distribution").message("“distribution” is rendered 2 ways").beads(List.of(1, 6, 12))
                .renderings(Map.of("distribution", List.of(1, 12), "distro", List.of(6)))
                .highlights(Set.of("distribution")).build();
        WorkbenchDriver.onEdt(() -> {
            p.setFindings(List.of(f), IgnoredFindings.NONE);
            p.select(0);
            for (int i = 0; i < 4; i++) {
                p.activateSelected();
            }
            return null;
        });
        assertThat(jumps).containsExactly(1, 6, 12, 1);
        assertThat(Optional.of(f)).isEqualTo(WorkbenchDriver.onEdt(p::selected));
    }
}
