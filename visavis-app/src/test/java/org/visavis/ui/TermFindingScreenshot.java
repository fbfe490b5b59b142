package org.visavis.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.visavis.checks.Finding;

/**
 * Screenshots of a project's term findings in the editor, as a translator sees them: for each of
 * the first term findings, the finding selected (its deviating beads listed, the term and its
 * renderings marked on both sides) and its first deviating bead jumped to. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.visavis.ui.TermFindingScreenshot PROJECT OUT-DIR [N]}.
 * The project is opened as it is (use a copy).
 */
public final class TermFindingScreenshot {
    private TermFindingScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(out);
        WorkbenchDriver d = WorkbenchDriver.start(List.of());
        WorkbenchDriver.onEdt(() -> {
            d.workbench.frame().setSize(1580, 980);
            return null;
        });
        d.open(project);
        d.waitChecked();
        List<Finding> shown = WorkbenchDriver.onEdt(() -> d.workbench.projectChecks().panel().shown());
        int taken = 0;
        for (int row = 0; row < shown.size() && taken < n; row++) {
            Finding f = shown.get(row);
            if (!f.check().equals("term-inconsistency")) {
                continue;
            }
            int r = row;
            WorkbenchDriver.onEdt(() -> {
                d.workbench.projectChecks().panel().select(r);
                return null;
            });
            d.waitIdle();
            WorkbenchDriver.onEdt(() -> {
                d.workbench.projectChecks().panel().detail().jumpToSelectedBead();
                return null;
            });
            d.waitIdle();
            Thread.sleep(3000); // the marks by lemma, from their worker thread
            WorkbenchDriver.flushEdt();
            Path file = out.resolve("term-finding-" + (++taken) + ".png");
            ImageIO.write(d.screenshot(), "png", file.toFile());
            System.out.println("wrote " + file + ": " + f.message() + " | " + f.reason());
        }
        d.dialogs.unsaved.push(Dialogs.UnsavedChoice.DISCARD);
        d.close();
        System.exit(0);
    }
}
