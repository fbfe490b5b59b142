package org.visavis.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.visavis.edit.AlignmentEdits;
import org.visavis.edit.HandbookFixture;
import org.visavis.edit.Side;
import org.visavis.model.Alignment;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * Takes docs/editor.png: the workbench on section 1.5 of the Debian Handbook (French and
 * English), part reviewed. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.visavis.ui.EditorScreenshot docs/editor.png}.
 */
public final class EditorScreenshot {
    private EditorScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/editor.png");
        Path dir = Files.createTempDirectory("visavis-shot").resolve("role-of-distributions");
        Alignment a = HandbookFixture.naiveAlignment();
        // the review half done: the off-by-one found and fixed at bead 5, the rest still to realign
        a = AlignmentEdits.shiftUp(a, 5, Side.SOURCE);
        a = AlignmentEdits.confirmThrough(a, 3);
        new ProjectStore().save(new Project(dir, a));
        WorkbenchDriver d = WorkbenchDriver.start(List.of());
        d.open(dir);
        d.selectBead(5, BeadTableModel.TARGET);
        WorkbenchDriver.sleep(300);
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(d.screenshot(), "png", out.toFile());
        d.dialogs.unsaved.push(Dialogs.UnsavedChoice.DISCARD);
        d.close();
        System.out.println("wrote " + out);
        System.exit(0);
    }
}
