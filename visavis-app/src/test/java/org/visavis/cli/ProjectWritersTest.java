package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.cli.AlignCommandTest.Run;
import org.visavis.edit.AlignmentEdits;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.project.Project;
import org.visavis.project.ProjectFixtures;
import org.visavis.project.ProjectLock;
import org.visavis.project.ProjectStore;

/**
 * Commands that write into a project: they never replace reviewed work by accident
 * ({@code --replace} keeps a dated backup), they honour the editor's lock, several writers at
 * once leave a whole project, and an export never lands on the project's own files.
 */
class ProjectWritersTest {

    private static Run run(String... args) {
        return AlignCommandTest.run(args);
    }

    private static Path reviewedProject(Path dir) {
        Path folder = dir.resolve("fw");
        new ProjectStore().save(new Project(folder, AlignmentEdits.confirmThrough(ProjectFixtures.foreword(), 4)));
        return folder;
    }

    private static long confirmed(Path folder) {
        return new ProjectStore().load(folder).alignment().beads().stream().filter(Bead::isConfirmed).count();
    }

    @Test
    void alignOntoAReviewedProjectRefusesUnlessReplaceAndThenKeepsADatedBackup(@TempDir Path dir) throws Exception {
        Path folder = reviewedProject(dir);
        Run again = run("align", AlignCommandTest.FR.toString(), AlignCommandTest.EN.toString(), "--out", dir.toString(),
                "--name", "fw");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).startsWith("visavis: " + folder).contains("a project is already there").contains("--replace");
        assertThat(again.err().lines()).hasSize(1);
        assertThat(confirmed(folder)).as("the reviewed beads are still there").isEqualTo(5);

        Run replaced = run("align", AlignCommandTest.FR.toString(), AlignCommandTest.EN.toString(), "--out", dir.toString(),
                "--name", "fw", "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        String keptLine = replaced.out().lines().filter(l -> l.startsWith("previous project kept in: ")).findFirst().orElseThrow();
        Path kept = Path.of(keptLine.substring("previous project kept in: ".length()));
        assertThat(kept.getFileName().toString()).matches("fw\\.replaced-\\d{8}-\\d{6}");
        assertThat(confirmed(kept)).as("the dated backup opens with its reviewed beads").isEqualTo(5);
        assertThat(confirmed(folder)).as("the new alignment").isZero();
    }

    @Test
    void importOntoAProjectRefusesUnlessReplace(@TempDir Path dir) throws Exception {
        Path folder = reviewedProject(dir);
        Path tsv = dir.resolve("fw.tsv");
        assertThat(run("export", folder.toString(), "--format", "tsv", "-o", tsv.toString()).exitCode()).isZero();

        Run onto = run("import", tsv.toString(), "--source-lang", "fr", "--target-lang", "en", "--out", folder.toString());
        assertThat(onto.exitCode()).isEqualTo(2);
        assertThat(onto.err()).contains(folder.toString()).contains("a project is already there").contains("--replace");
        assertThat(confirmed(folder)).isEqualTo(5);

        Run replaced = run("import", tsv.toString(), "--source-lang", "fr", "--target-lang", "en", "--out", folder.toString(),
                "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("previous project kept in: " + dir.resolve("fw.replaced-"));
        assertThat(confirmed(folder)).as("a TSV carries no confirmations").isZero();
    }

    @Test
    void everyCommandThatWritesAProjectRefusesWhileTheEditorHoldsItsLock(@TempDir Path dir) throws Exception {
        Path folder = reviewedProject(dir);
        Path tsv = dir.resolve("fw.tsv");
        assertThat(run("export", folder.toString(), "--format", "tsv", "-o", tsv.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(folder.resolve(ProjectStore.ALIGNMENT_FILE));
        Process editor = start(LockHolder.class, folder.toString());
        try {
            assertThat(firstLine(editor)).isEqualTo("locked");
            String held = "the project is open in visavis (pid " + editor.pid() + ")";
            List<Run> runs = List.of(
                    run("align", "--realign", folder.toString()),
                    run("align", AlignCommandTest.FR.toString(), AlignCommandTest.EN.toString(), "--out", dir.toString(),
                            "--name", "fw", "--replace"),
                    run("import", tsv.toString(), "--source-lang", "fr", "--target-lang", "en", "--out", folder.toString(),
                            "--replace"));
            for (Run r : runs) {
                assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
                assertThat(r.err()).startsWith("visavis: " + folder).contains(held);
            }
            assertThat(Files.readAllBytes(folder.resolve(ProjectStore.ALIGNMENT_FILE))).isEqualTo(before);
            try (var siblings = Files.list(dir)) {
                assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("replaced"));
            }
        } finally {
            editor.destroyForcibly(); // SIGKILL: its lock file stays, naming a dead pid
            editor.waitFor();
        }
        Run afterwards = run("align", "--realign", folder.toString());
        assertThat(afterwards.exitCode()).as("the dead editor's lock is taken over: " + afterwards.err()).isZero();
        assertThat(confirmed(folder)).isEqualTo(5);
    }

    @Test
    void severalProcessesSavingAtOnceLeaveAWholeProject(@TempDir Path dir) throws Exception {
        Path folder = reviewedProject(dir);
        List<Process> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            writers.add(start(RepeatedSaver.class, folder.toString(), "15", String.valueOf(w * 7)));
        }
        int saved = 0;
        int refused = 0;
        for (Process p : writers) {
            String said = firstLine(p);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(said).as("exit %d", p.exitValue()).matches("saved \\d+ refused \\d+");
            String[] words = said.split(" ");
            saved += Integer.parseInt(words[1]);
            refused += Integer.parseInt(words[3]);
        }
        Alignment result = new ProjectStore().load(folder).alignment();
        assertThat(result.beads()).hasSize(ProjectFixtures.foreword().beads().size());
        new ProjectStore().loadBackup(folder);
        System.out.printf("concurrent writers: 3 processes, %d saves tried, %d saved, %d refused (lock held), 0 lost%n",
                saved + refused, saved, refused);
        assertThat(saved).isPositive();
    }

    @Test
    void exportThroughALinkedFolderNeverReachesTheProjectsOwnFiles(@TempDir Path dir) throws Exception {
        Path folder = reviewedProject(dir);
        new ProjectStore().save(new Project(folder, ProjectFixtures.foreword())); // now there is a backup too
        Path view = Files.createSymbolicLink(dir.resolve("view"), folder);
        List<Path> own = new ProjectStore().currentFiles(folder);
        byte[] links = Files.readAllBytes(own.get(0));
        byte[] bak = Files.readAllBytes(folder.resolve(ProjectStore.BACKUP_FILE));
        for (String target : List.of("alignment.xml", "alignment.xml.bak", ".visavis.lock", own.get(1).getFileName().toString())) {
            Run r = run("export", folder.toString(), "--format", "tsv", "-o", view.resolve(target).toString());
            assertThat(r.exitCode()).as(target).isEqualTo(2);
            assertThat(r.err()).contains("one of the project's own files");
        }
        Run report = run("check", folder.toString(), "--report", view.resolve("alignment.xml.bak").toString());
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).contains("one of the project's own files");
        assertThat(Files.readAllBytes(own.get(0))).isEqualTo(links);
        assertThat(Files.readAllBytes(folder.resolve(ProjectStore.BACKUP_FILE))).isEqualTo(bak);
        try (ProjectLock lock = ProjectLock.acquire(folder)) {
            assertThat(lock.file()).isRegularFile();
        }
    }

    @Test
    void aTmxInTheProjectThatIsALinkIsReplacedNotWrittenThrough(@TempDir Path dir) throws Exception {
        Path folder = reviewedProject(dir);
        Path victim = Files.writeString(dir.resolve("victim.txt"), "someone else's file\n");
        Files.createSymbolicLink(folder.resolve("fw.tmx"), victim);
        assertThat(run("align", "--realign", folder.toString()).exitCode()).isZero();
        assertThat(run("export", folder.toString(), "--format", "tmx").exitCode()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("someone else's file\n");
        assertThat(Files.readString(folder.resolve("fw.tmx"))).contains("<tmx");
    }

    private static Process start(Class<?> main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String firstLine(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return e.toString();
            }
        }).get(120, TimeUnit.SECONDS);
    }
}
