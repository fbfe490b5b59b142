package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.edit.HandbookFixture;
import org.visavis.edit.LengthRealigner;
import org.visavis.model.Alignment;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * File › New alignment destroys nothing: the open project stays open, behind the modal progress
 * of the stages, until the new one exists; Escape cancels and leaves it as it was.
 */
@NeedsDisplay
class WorkbenchNewAlignmentTest {
    @TempDir
    Path dir;
    private WorkbenchDriver driver;
    private final CountDownLatch aligning = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);


    @AfterEach
    void close() {
        finish.countDown();
        WorkbenchDriver.closeDiscarding(driver);
    }

    /** The second alignment: the Handbook section with its first bead merged, as a pipeline could return it. */
    private static Alignment second() {
        return org.visavis.edit.AlignmentEdits.mergeWithNext(HandbookFixture.naiveAlignment(), 0);
    }

    private Path start() throws Exception {
        Path open = dir.resolve("open-project");
        new ProjectStore().save(new Project(open, HandbookFixture.naiveAlignment()));
        driver = WorkbenchDriver.start(new WorkbenchServices((request, progress) -> {
            progress.report("Aligning", 0.5);
            aligning.countDown();
            WorkbenchDriver.await("the test to let the pipeline finish", finish);
            return second();
        }, new LengthRealigner(), List.of()));
        driver.open(open);
        driver.selectBead(2, BeadTableModel.SOURCE);
        driver.press("SPACE"); // an unsaved edit in the open project
        Path src = Files.writeString(dir.resolve("fr.txt"), "Rôle d'une distribution.");
        Path tgt = Files.writeString(dir.resolve("en.txt"), "The Role of Distributions.");
        Path next = dir.resolve("new-project");
        driver.align(src, tgt, next);
        WorkbenchDriver.await("the pipeline to start", aligning);
        return next;
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> done) {
        WorkbenchDriver.awaitOnEdt(what, done);
    }

    @Test
    void theOpenProjectStaysOpenWhileAligningAndTheNewOneOpensWhenItExists() throws Exception {
        Path next = start();
        assertThat(driver.workbench.projectFolder()).as("still open while the pipeline runs").contains(dir.resolve("open-project"));
        assertThat(driver.alignment().beads().get(2).isConfirmed()).as("with its edit").isTrue();
        javax.swing.JDialog progress = progressDialog();
        assertThat(WorkbenchDriver.onEdt(progress::isModal)).as("the window waits behind the progress").isTrue();

        driver.dialogs.unsaved.push(Dialogs.UnsavedChoice.SAVE);
        finish.countDown();
        waitFor("the new project to open", () -> driver.workbench.projectFolder().filter(next::equals).isPresent());
        driver.waitIdle();
        assertThat(driver.workbench.projectFolder()).contains(next);
        assertThat(driver.alignment()).isEqualTo(second());
        assertThat(new ProjectStore().load(dir.resolve("open-project")).alignment().beads().get(2).isConfirmed())
                .as("the edit was saved when asked").isTrue();
    }

    @Test
    void keepingTheOpenProjectLeavesTheNewOneOnDisk() throws Exception {
        Path next = start();
        driver.dialogs.unsaved.push(Dialogs.UnsavedChoice.CANCEL);
        finish.countDown();
        waitFor("the unsaved-changes question", () -> driver.dialogs.questions.stream().anyMatch(q -> q.startsWith("unsaved changes")));
        driver.waitIdle();
        assertThat(driver.workbench.projectFolder()).as("the reviser kept working here").contains(dir.resolve("open-project"));
        assertThat(driver.alignment().beads().get(2).isConfirmed()).isTrue();
        assertThat(new ProjectStore().load(next).alignment()).as("the new project exists").isEqualTo(second());
        assertThat(driver.workbench.statusMessage()).contains("saved in " + next);
    }

    @Test
    void theProgressShowsTheStagesAndEscapeCancelsLeavingTheOpenProjectAsItWas() throws Exception {
        Path open = dir.resolve("open-project");
        new ProjectStore().save(new Project(open, HandbookFixture.naiveAlignment()));
        CountDownLatch read = new CountDownLatch(1);
        driver = WorkbenchDriver.start(new WorkbenchServices((request, progress) -> {
            progress.stage(org.visavis.pipeline.PipelineStage.READING_SOURCE, false, "Reading fr.txt", 0.0);
            progress.stage(org.visavis.pipeline.PipelineStage.READING_TARGET, false, "Reading en.txt", 0.0);
            progress.stage(org.visavis.pipeline.PipelineStage.READING_TARGET, true, "Reading en.txt", 0.2);
            read.countDown();
            WorkbenchDriver.await("the cancel", progress::isCancelled);
            progress.checkCancelled();
            return second();
        }, new LengthRealigner(), List.of()));
        driver.open(open);
        driver.selectBead(5, BeadTableModel.TARGET);
        Path src = Files.writeString(dir.resolve("fr.txt"), "Rôle d'une distribution.");
        Path tgt = Files.writeString(dir.resolve("en.txt"), "The Role of Distributions.");
        Path next = dir.resolve("new-project");
        driver.align(src, tgt, next);
        WorkbenchDriver.await("the documents to be read", read);
        javax.swing.JDialog progress = progressDialog();
        WorkbenchDriver.awaitOnEdt("the reading shown", () -> shown(progress).contains("20 %"));
        assertThat(WorkbenchDriver.onEdt(() -> shown(progress))).contains("▶  Reading the source", "✓  Reading the target",
                "○  Splitting sentences", "○  Aligning the sentences", "○  Checking the alignment", "20 %", "Reading en.txt");

        javax.swing.JButton cancel = WorkbenchDriver.onEdt(() -> WorkbenchDriver.button(progress, "Cancel"));
        driver.pressOn(cancel, "ESCAPE");
        WorkbenchDriver.awaitOnEdt("the cancelled notice", () -> driver.workbench.statusMessage().contains("cancelled"));
        assertThat(WorkbenchDriver.onEdt(progress::isShowing)).as("the progress is gone").isFalse();
        assertThat(driver.workbench.projectFolder()).contains(open);
        assertThat(driver.alignment()).isEqualTo(HandbookFixture.naiveAlignment());
        assertThat(driver.selectedBead()).as("at the bead where the reviser was").isEqualTo(5);
        assertThat(next).doesNotExist();
        assertThat(driver.dialogs.errors).isEmpty();
    }

    /** The modal progress of the alignment, once it shows. */
    private static javax.swing.JDialog progressDialog() {
        javax.swing.JDialog[] found = new javax.swing.JDialog[1];
        WorkbenchDriver.awaitOnEdt("the progress dialog", () -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JDialog d && d.isShowing() && d.getTitle().startsWith("Aligning")) {
                    found[0] = d;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Every label and the progress bar's text, one a line. */
    private static String shown(java.awt.Container c) {
        StringBuilder sb = new StringBuilder();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l) {
                sb.append(l.getText()).append('\n');
            } else if (child instanceof javax.swing.JProgressBar b) {
                sb.append(b.getString()).append('\n');
            }
            if (child instanceof java.awt.Container inner) {
                sb.append(shown(inner));
            }
        }
        return sb.toString();
    }
}
