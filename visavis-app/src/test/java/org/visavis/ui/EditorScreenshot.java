package org.visavis.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.visavis.edit.AlignmentEdits;
import org.visavis.model.Alignment;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * Takes docs/editor.png: the workbench on a bundled Debian Handbook chapter (French and English,
 * aligned by the real pipeline), its first beads confirmed. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.visavis.ui.EditorScreenshot docs/editor.png}.
 */
public final class EditorScreenshot {
    private EditorScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/editor.png");
        Path dir = Files.createTempDirectory("visavis-shot").resolve("handbook");
        String chapter = args.length > 1 ? args[1] : "sect.role-of-distributions.html";
        Alignment a = new org.visavis.pipeline.AlignmentPipeline().run(new org.visavis.pipeline.AlignmentRequest(
                Path.of("corpora/debian-handbook/fr-FR", chapter), Path.of("corpora/debian-handbook/en-US", chapter),
                org.visavis.model.Language.of("fr"), org.visavis.model.Language.of("en"), java.util.Optional.empty()),
                org.visavis.pipeline.Progress.SILENT);
        // the review under way: the first beads checked
        a = AlignmentEdits.confirmThrough(a, 3);
        new ProjectStore().save(new Project(dir, a));
        // a small project glossary: its terms are highlighted and the checks list where it is not followed
        Files.writeString(dir.resolve("glossary.tsv"), "fr\ten\tforbidden\tnote\tcase\n"
                + "distribution\tdistribution\t\t\t\nlogiciel\tsoftware\t\t\t\npaquet\tpackage\tpacket\t\t\n"
                + "objectif\tgoal\t\t\t\n"
                + "logiciel libre\tfree software\t\t\t\nsystème d'exploitation\toperating system\t\t\t\n");
        org.visavis.terms.ProjectGlossary.choose(dir, dir.resolve("glossary.tsv"));
        WorkbenchDriver d = WorkbenchDriver.start(List.of());
        d.open(dir);
        d.waitChecked();
        d.selectBead(4, BeadTableModel.TARGET);
        d.press("F6"); // the first bead that is not 1-1
        d.press("F6");
        WorkbenchDriver.onEdt(() -> {
            d.workbench.projectChecks().panel().select(0);
            return null;
        });
        WorkbenchDriver.await("the term marks", () -> d.workbench.projectChecks().terms().isIdle());
        d.waitIdle();
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(d.screenshot(), "png", out.toFile());
        d.dialogs.unsaved.push(Dialogs.UnsavedChoice.DISCARD);
        d.close();
        System.out.println("wrote " + out);
        System.exit(0);
    }
}
