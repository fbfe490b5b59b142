package org.visavis.ui;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.visavis.cli.Main;
import org.visavis.project.ProjectFixtures;
import org.visavis.project.WriteSteps;

/**
 * A writer process for {@link KilledSaveTest}: saves a project as the editor does ({@code editor})
 * or runs {@code visavis align --realign} ({@code realign}) or {@code visavis import FILE --out
 * PROJECT --replace} ({@code import-replace}, FILE being old.tsv beside PROJECT), and at its k-th
 * file event prints "stopped at k: step" and waits there to be killed with SIGKILL. Prints
 * "done N" when the write has fewer than k events.
 */
public final class KilledWriter {
    private KilledWriter() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path folder = Path.of(args[1]);
        int stopAt = Integer.parseInt(args[2]);
        AtomicInteger events = new AtomicInteger();
        WriteSteps.listen(step -> {
            if (events.incrementAndGet() == stopAt) {
                System.out.println("stopped at " + stopAt + ": " + step);
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.exit(4); // never killed: the test has gone
            }
        });
        switch (mode) {
            case "editor" -> {
                ProjectSession.Opened o = ProjectSession.open(folder);
                o.session().save(ProjectFixtures.revised(o.session().history().current()), ProjectSession.OnDiskChange.REFUSE);
            }
            case "realign" -> {
                PrintWriter err = new PrintWriter(System.err, true);
                int code = Main.run(new String[] {"align", "--realign", folder.toString()}, new PrintWriter(System.err), err);
                if (code != 0) {
                    System.exit(code);
                }
            }
            case "import-replace" -> {
                PrintWriter err = new PrintWriter(System.err, true);
                int code = Main.run(new String[] {"import", folder.resolveSibling("old.tsv").toString(), "--source-lang",
                    "fr-FR", "--target-lang", "en-US", "--out", folder.toString(), "--replace"}, new PrintWriter(System.err), err);
                if (code != 0) {
                    System.exit(code);
                }
            }
            default -> throw new IllegalArgumentException(mode);
        }
        System.out.println("done " + events.get());
        System.out.flush();
        System.exit(0);
    }
}
