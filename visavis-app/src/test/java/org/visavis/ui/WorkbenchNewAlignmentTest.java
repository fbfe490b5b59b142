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

/** File › New alignment destroys nothing: the open project stays open and editable until the new one exists. */
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
        Path src = Files.writeString(dir.resolve("fr.txt"), "Rôle d'une distribution.");
        Path tgt = Files.writeString(dir.resolve("en.txt"), "The Role of Distributions.");
        Path next = dir.resolve("new-project");
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.align(new NewAlignmentDialog.Answer(new org.visavis.pipeline.AlignmentRequest(src, tgt,
                    org.visavis.model.Language.of("fr"), org.visavis.model.Language.of("en"), java.util.Optional.empty()), next));
            return null;
        });
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
        driver.selectBead(2, BeadTableModel.SOURCE);
        driver.press("SPACE");
        assertThat(driver.alignment().beads().get(2).isConfirmed()).as("and editable").isTrue();

        driver.dialogs.unsaved.push(Dialogs.UnsavedChoice.SAVE);
        finish.countDown();
        waitFor("the new project to open", () -> driver.workbench.projectFolder().filter(next::equals).isPresent());
        driver.waitIdle();
        assertThat(driver.workbench.projectFolder()).contains(next);
        assertThat(driver.alignment()).isEqualTo(second());
        assertThat(new ProjectStore().load(dir.resolve("open-project")).alignment().beads().get(2).isConfirmed())
                .as("the edit made meanwhile was saved when asked").isTrue();
    }

    @Test
    void keepingTheOpenProjectLeavesTheNewOneOnDisk() throws Exception {
        Path next = start();
        driver.selectBead(2, BeadTableModel.SOURCE);
        driver.press("SPACE");
        driver.dialogs.unsaved.push(Dialogs.UnsavedChoice.CANCEL);
        finish.countDown();
        waitFor("the unsaved-changes question", () -> driver.dialogs.questions.stream().anyMatch(q -> q.startsWith("unsaved changes")));
        driver.waitIdle();
        assertThat(driver.workbench.projectFolder()).as("the reviser kept working here").contains(dir.resolve("open-project"));
        assertThat(driver.alignment().beads().get(2).isConfirmed()).isTrue();
        assertThat(new ProjectStore().load(next).alignment()).as("the new project exists").isEqualTo(second());
        assertThat(driver.workbench.statusMessage()).contains("saved in " + next);
    }
}
