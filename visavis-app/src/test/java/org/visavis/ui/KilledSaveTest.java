package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.cli.Main;
import org.visavis.edit.AlignmentEdits;
import org.visavis.model.Alignment;
import org.visavis.project.Project;
import org.visavis.project.ProjectFixtures;
import org.visavis.project.ProjectLock;
import org.visavis.project.ProjectStore;

/**
 * The writer is killed with SIGKILL at every file event of a save (a child JVM stops at its k-th
 * event and is killed there: no finally block, no clean-up, no unlock), as the editor saves and
 * as {@code align --realign} does and as {@code import --replace} does. Each time the project
 * opens as the old version or the new one, its backup opens (and so does any dated backup), the
 * dead writer's lock is taken over and the next save succeeds.
 */
class KilledSaveTest {
    static Alignment before;
    static Alignment old;

    @BeforeAll
    static void versions(@TempDir Path scratch) {
        Alignment raw = ProjectFixtures.foreword();
        before = ProjectFixtures.asStored(raw, scratch.resolve("before"));
        // unconfirmed beads after the confirmed one: a realignment has work to do
        old = ProjectFixtures.asStored(AlignmentEdits.mergeWithNext(AlignmentEdits.confirm(raw, 0), 3), scratch.resolve("old"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"editor", "realign", "import-replace"})
    void aWriterKilledAtAnyFileEventLeavesTheOldOrTheNewProjectWhole(String mode, @TempDir Path dir) throws Exception {
        Alignment fresh = expectedNew(mode, dir.resolve("expected"));
        assertThat(fresh).as("the save changes the project").isNotEqualTo(old);
        int killed = 0;
        int oldSeen = 0;
        int newSeen = 0;
        for (int k = 1; k < 60; k++) {
            Path folder = dir.resolve("k" + k);
            prepare(folder);
            String said = runUntilStopped(mode, folder, k);
            if (said.startsWith("done")) {
                assertThat(k).as("a save has events to be killed at").isGreaterThan(5);
                break;
            }
            assertThat(said).startsWith("stopped at " + k);
            killed++;
            Alignment now = new ProjectStore().load(folder).alignment();
            assertThat(now.equals(old) || now.equals(fresh)).as("killed %s, the project opens old or new", said).isTrue();
            if (now.equals(old)) {
                oldSeen++;
            } else {
                newSeen++;
            }
            assertDatedBackupsOpen(folder);
            Alignment backup = new ProjectStore().loadBackup(folder).alignment();
            assertThat(backup.equals(before) || backup.equals(old)).as("killed %s, the backup opens whole", said).isTrue();
            try (ProjectLock lock = ProjectLock.acquire(folder)) {
                assertThat(Files.readString(lock.file()).trim()).as("the dead writer's lock is taken over")
                        .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
                new ProjectStore().save(lock, fresh);
            }
            assertThat(new ProjectStore().load(folder).alignment()).isEqualTo(fresh);
        }
        System.out.printf("SIGKILL, %s save: %d kills tried, %d left the old version, %d the new, 0 lost%n", mode, killed,
                oldSeen, newSeen);
        assertThat(oldSeen).isPositive();
        assertThat(newSeen).isPositive();
    }

    private static void prepare(Path folder) throws Exception {
        new ProjectStore().save(new Project(folder, before));
        new ProjectStore().save(new Project(folder, old));
        var out = new java.io.StringWriter();
        String tsv = folder.resolveSibling("old.tsv").toString();
        assertThat(Main.run(new String[] {"export", folder.toString(), "--format", "tsv", "-o", tsv},
                new java.io.PrintWriter(out), new java.io.PrintWriter(out))).as(out.toString()).isZero();
    }

    /** Every dated backup beside the project opens as the old version; a hidden half copy is not one. */
    private static void assertDatedBackupsOpen(Path folder) throws Exception {
        try (var siblings = Files.list(folder.getParent())) {
            for (Path p : siblings.filter(s -> s.getFileName().toString().startsWith(folder.getFileName() + ".replaced-"))
                    .toList()) {
                assertThat(new ProjectStore().load(p).alignment().equals(old)).as(p + " opens as the old version").isTrue();
            }
        }
    }

    private static Alignment expectedNew(String mode, Path folder) throws Exception {
        prepare(folder);
        if (mode.equals("editor")) {
            return ProjectFixtures.asStored(ProjectFixtures.revised(old), folder.resolveSibling("revised"));
        }
        String[] args = mode.equals("realign") ? new String[] {"align", "--realign", folder.toString()}
                : new String[] {"import", folder.resolveSibling("old.tsv").toString(), "--source-lang", "fr-FR",
                    "--target-lang", "en-US", "--out", folder.toString(), "--replace"};
        var out = new java.io.StringWriter();
        assertThat(Main.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(out))).as(out.toString()).isZero();
        return new ProjectStore().load(folder).alignment();
    }

    /** Runs the writer until its k-th file event, kills it there with SIGKILL and returns what it said. */
    private static String runUntilStopped(String mode, Path folder, int k) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                KilledWriter.class.getName(), mode, folder.toString(), String.valueOf(k))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return e.toString();
                }
            }).get(120, TimeUnit.SECONDS);
            return line == null ? "exited " + p.waitFor() : line;
        } finally {
            p.destroyForcibly(); // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
