package org.visavis.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A workbench process for {@link WorkbenchTest}'s crash test: opens the project given as
 * argument, merges beads 3 and 4, waits for the autosave and says "autosaved"; then it waits to
 * be killed.
 */
public final class KilledWorkbench {
    private KilledWorkbench() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        WorkbenchDriver d = WorkbenchDriver.start(List.of());
        d.open(project);
        d.selectBead(2, BeadTableModel.SOURCE);
        d.press("ctrl M");
        Path recovery = project.resolve(".recovery/alignment.xml");
        WorkbenchDriver.await("the autosave", () -> Files.exists(recovery));
        System.out.println(Files.exists(recovery) ? "autosaved" : "no autosave");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
