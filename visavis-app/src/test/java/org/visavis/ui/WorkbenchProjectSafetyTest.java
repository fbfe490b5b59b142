package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.edit.AlignmentEdits;
import org.visavis.edit.HandbookFixture;
import org.visavis.model.Alignment;
import org.visavis.project.Project;
import org.visavis.project.ProjectLock;
import org.visavis.project.ProjectStore;
import org.visavis.project.RecoveryStore;

/**
 * The editor against damaged projects and other writers: it offers its recovery copy (or the
 * previous version) before it trusts saved files it cannot read, and it asks before overwriting
 * a project another program saved while it was open.
 */
@NeedsDisplay
class WorkbenchProjectSafetyTest {
    @TempDir
    Path dir;
    private Path project;
    private WorkbenchDriver driver;


    @AfterEach
    void closeWindow() {
        WorkbenchDriver.discardAndClose(driver);
    }

    /** Links that no longer match the documents, as the old one-file-at-a-time save left them after a kill. */
    private void damageLinks() throws Exception {
        Path links = project.resolve(ProjectStore.ALIGNMENT_FILE);
        Files.writeString(links, Files.readString(links).replace("xtargets=\"s1;s1\"", "xtargets=\"s1 s900;s1\""));
    }

    @Test
    void aDamagedProjectOffersItsRecoveryCopyBeforeTrustingTheFiles() throws Exception {
        project = dir.resolve("damaged");
        Alignment unsaved = AlignmentEdits.confirm(HandbookFixture.naiveAlignment(), 2);
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        new RecoveryStore(project).write(unsaved);
        damageLinks();
        driver = WorkbenchDriver.start(List.of());
        driver.dialogs.confirmations.push(true);
        driver.open(project);

        assertThat(driver.dialogs.questions).singleElement().asString()
                .contains(project.resolve(ProjectStore.ALIGNMENT_FILE).toString()).contains("Open the recovery copy");
        assertThat(driver.alignment()).isEqualTo(unsaved);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.isDirty())).as("not on disk yet").isTrue();
        driver.press("ctrl S");
        assertThat(new ProjectStore().load(project).alignment()).isEqualTo(unsaved);
    }

    @Test
    void withoutARecoveryCopyThePreviousVersionIsOfferedAndDecliningOpensNothing() throws Exception {
        project = dir.resolve("damaged-no-recovery");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        new ProjectStore().save(new Project(project, AlignmentEdits.confirm(HandbookFixture.naiveAlignment(), 0)));
        damageLinks();
        driver = WorkbenchDriver.start(List.of());
        driver.dialogs.confirmations.push(false);
        driver.open(project);
        assertThat(driver.dialogs.questions).singleElement().asString().contains("Open the previous version");
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.alignment())).isEmpty();
        try (ProjectLock lock = ProjectLock.acquire(project)) {
            assertThat(lock.file()).as("declining leaves the project unlocked").exists();
        }

        driver.dialogs.confirmations.push(true);
        driver.open(project);
        assertThat(driver.alignment()).isEqualTo(HandbookFixture.naiveAlignment());
    }

    @Test
    void aProjectSavedByAnotherProgramMeanwhileIsNeverOverwrittenWithoutAsking() throws Exception {
        project = dir.resolve("shared");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        // another program (InterText, a text editor, a sync tool) rewrites the link file
        Path links = project.resolve(ProjectStore.ALIGNMENT_FILE);
        String theirs = Files.readString(links).replaceFirst("status=\"auto\"", "status=\"confirmed\"");
        Files.writeString(links, theirs);

        driver.selectBead(1, BeadTableModel.SOURCE);
        driver.press("SPACE");
        driver.dialogs.confirmations.push(false);
        driver.press("ctrl S");
        assertThat(driver.dialogs.questions).last().asString().contains("changed on disk by another program")
                .contains("Overwrite");
        assertThat(Files.readString(links)).as("declined: their version stays").isEqualTo(theirs);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.isDirty())).isTrue();

        driver.dialogs.confirmations.push(true);
        driver.press("ctrl S");
        assertThat(Files.readString(links)).isNotEqualTo(theirs);
        assertThat(Files.readString(project.resolve(ProjectStore.BACKUP_FILE))).as("their version kept").isEqualTo(theirs);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.isDirty())).isFalse();
    }
}
