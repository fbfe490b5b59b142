package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.edit.HandbookFixture;
import org.visavis.edit.LengthRealigner;
import org.visavis.model.Bead;
import org.visavis.model.Side;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * Commands that do what they say and nothing behind the reviser's back, in the real window on
 * section 1.5 of the Debian Handbook (beads 6 to 13 of the naive alignment have low confidence).
 */
@NeedsDisplay
class WorkbenchSafeCommandsTest {
    @TempDir
    Path dir;
    private Path project;
    private WorkbenchDriver driver;


    private void open(WorkbenchServices services) {
        project = dir.resolve("role-of-distributions");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        driver = WorkbenchDriver.start(services);
        driver.open(project);
    }

    private void open(List<ExportMenuEntry> exports) {
        open(new WorkbenchServices((r, p) -> {
            throw new UnsupportedOperationException("no pipeline here");
        }, new LengthRealigner(), exports));
    }

    @AfterEach
    void close() {
        WorkbenchDriver.closeDiscarding(driver);
    }

    private Side side() {
        return WorkbenchDriver.onEdt(() -> driver.workbench.table().focusedSide());
    }

    private int leadColumn() {
        return WorkbenchDriver.onEdt(() -> driver.workbench.table().getColumnModel().getSelectionModel().getLeadSelectionIndex());
    }

    @Test
    void leftAndRightStayOnTheTwoTextColumnsAndTheHeaderShowsTheActiveSide() {
        open(List.of());
        driver.selectBead(2, BeadTableModel.SOURCE);
        driver.press("RIGHT");
        assertThat(side()).isEqualTo(Side.TARGET);
        driver.press("RIGHT");
        assertThat(side()).as("Right on the target stays on the target").isEqualTo(Side.TARGET);
        assertThat(leadColumn()).isEqualTo(BeadTableModel.TARGET);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().headerText(BeadTableModel.TARGET))).contains("active side");
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().headerText(BeadTableModel.SOURCE))).doesNotContain("active");
        driver.press("LEFT");
        driver.press("LEFT");
        assertThat(side()).isEqualTo(Side.SOURCE);
        assertThat(leadColumn()).as("Left on the source stays on the source").isEqualTo(BeadTableModel.SOURCE);
        driver.selectBead(3, BeadTableModel.TARGET);
        driver.selectBead(4, BeadTableModel.LINK);
        assertThat(side()).as("a click on the link column keeps the side").isEqualTo(Side.TARGET);
        assertThat(driver.selectedBead()).isEqualTo(4);
    }

    @Test
    void exportProposesOneNamePerLayoutAndAsksBeforeReplacingAFile() throws Exception {
        AlignmentFileWriter writeType = (a, file) -> {
            try {
                Files.writeString(file, "written " + a.beads().size());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        ExportMenuEntry sideBySide = new ExportMenuEntry("DOCX edition, side by side", "docx", ".side-by-side", writeType);
        ExportMenuEntry facing = new ExportMenuEntry("DOCX edition, facing pages", "docx", ".facing-pages", writeType);
        open(List.of(sideBySide, facing));
        driver.dialogs.confirmations.push(true); // unconfirmed beads: export anyway
        driver.press("ctrl E");
        driver.dialogs.confirmations.push(true);
        driver.press("ctrl shift 1");
        assertThat(driver.dialogs.suggestedFiles).extracting(p -> p.getFileName().toString())
                .containsExactly("role-of-distributions.side-by-side.docx", "role-of-distributions.facing-pages.docx");

        Path out = dir.resolve("edition.docx");
        Files.writeString(out, "an edition sent to the publisher");
        driver.dialogs.saveFile = out;
        driver.dialogs.confirmations.push(true);
        driver.dialogs.confirmations.add(false); // replace it? no
        driver.press("ctrl E");
        assertThat(driver.dialogs.questions).last().asString().contains("edition.docx already exists").contains("Replace it?");
        assertThat(Files.readString(out)).isEqualTo("an edition sent to the publisher");
        driver.dialogs.confirmations.push(true);
        driver.dialogs.confirmations.add(true);
        driver.press("ctrl E");
        assertThat(Files.readString(out)).isEqualTo("written 14");
    }

    @Test
    void confirmingManyLowConfidenceBeadsAtOnceAsksFirst() {
        open(List.of());
        driver.selectBead(9, BeadTableModel.SOURCE);
        driver.dialogs.confirmations.push(false);
        driver.press("ctrl shift ENTER");
        assertThat(driver.dialogs.questions).last().asString().contains("have low confidence").contains("Confirm them all?");
        assertThat(driver.alignment().beads()).noneMatch(b -> b.isConfirmed());
        driver.dialogs.confirmations.push(true);
        driver.press("ctrl shift ENTER");
        assertThat(driver.alignment().beads().subList(0, 10)).allMatch(Bead::isConfirmed);

        // beads all of good confidence are confirmed without a question
        driver.press("ctrl Z");
        int before = driver.dialogs.questions.size();
        driver.selectBead(3, BeadTableModel.SOURCE);
        driver.press("ctrl shift ENTER");
        assertThat(driver.dialogs.questions).hasSize(before);
        assertThat(driver.alignment().beads().subList(0, 4)).allMatch(Bead::isConfirmed);
    }

    @Test
    void editsDuringARealignAreRefusedWithANoticeAndTheRealignLands() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LengthRealigner real = new LengthRealigner();
        open(new WorkbenchServices((r, p) -> {
            throw new UnsupportedOperationException("no pipeline here");
        }, (source, target, fixed) -> {
            started.countDown();
            WorkbenchDriver.await("the test to release the realignment", release);
            return real.realign(source, target, fixed);
        }, List.of()));
        driver.selectBead(5, BeadTableModel.SOURCE);
        driver.press("ctrl UP"); // the off-by-one is fixed by hand at bead 5, the rest is left to realign
        sendKey("ctrl R");
        WorkbenchDriver.await("the realignment to start", started);
        var before = driver.alignment();

        driver.selectBead(2, BeadTableModel.SOURCE);
        sendKey("SPACE");
        assertThat(driver.alignment()).as("no change while realigning").isSameAs(before);
        assertThat(driver.workbench.statusMessage()).contains("Realigning").contains("wait");
        sendKey("F2");
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().isEditing())).as("no text editing either").isFalse();
        sendKey("ctrl Z");
        assertThat(driver.alignment()).isSameAs(before);

        release.countDown();
        driver.waitIdle();
        assertThat(driver.workbench.statusMessage()).isEqualTo("Realigned between confirmed beads");
        assertThat(driver.alignment()).isNotSameAs(before);
        driver.press("SPACE");
        assertThat(driver.alignment().beads().get(2).isConfirmed()).as("edits work again afterwards").isTrue();
    }

    /** A key on the bead table without waiting for the background work (a realign is running). */
    private void sendKey(String key) {
        KeyStroke k = KeyStroke.getKeyStroke(key);
        WorkbenchDriver.onEdt(() -> {
            var t = driver.workbench.table();
            t.dispatchEvent(new KeyEvent(t, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), k.getModifiers(), k.getKeyCode(),
                    KeyEvent.CHAR_UNDEFINED));
            return null;
        });
        WorkbenchDriver.flushEdt();
    }
}
