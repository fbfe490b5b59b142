package org.visavis.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visavis.model.Alignment;

/**
 * A save stopped at every one of its steps (a write hook throws at the k-th file event: a file
 * created, synced, linked, renamed, deleted) leaves the previous project or the new one whole,
 * and a whole backup; the next save then succeeds. The child-JVM SIGKILL variant, with no
 * clean-up at all, is {@code org.visavis.ui.KilledSaveTest}.
 */
class ProjectSaveFaultTest {
    static Alignment v0;
    static Alignment v1;
    static Alignment v2;

    /** Thrown by the hook in place of the failure a disk or a kill would cause. */
    static final class InjectedFault extends RuntimeException {
        InjectedFault(String step) {
            super("injected at " + step);
        }
    }

    /** Ways a project gets written. */
    enum Scenario {
        SAVE_OVER_A_SAVED_PROJECT, FIRST_SAVE_OF_A_FLAT_PROJECT, REPLACE_WITH_DATED_BACKUP, RECOVERY_COPY
    }

    @BeforeAll
    static void versions(@TempDir Path scratch) {
        Alignment raw = ProjectFixtures.foreword();
        v0 = ProjectFixtures.asStored(raw, scratch.resolve("v0"));
        v1 = ProjectFixtures.asStored(org.visavis.edit.AlignmentEdits.confirm(raw, 0), scratch.resolve("v1"));
        v2 = ProjectFixtures.asStored(ProjectFixtures.revised(raw), scratch.resolve("v2"));
    }

    @AfterEach
    void quiet() {
        WriteSteps.listen(null);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void aSaveStoppedAtAnyStepLeavesTheOldOrTheNewProjectWhole(Scenario scenario, @TempDir Path dir) {
        List<String> steps = new ArrayList<>();
        Path dry = dir.resolve("dry");
        prepare(scenario, dry);
        WriteSteps.listen(steps::add);
        write(scenario, dry);
        WriteSteps.listen(null);
        assertThat(steps).as("a save has steps to stop at").hasSizeGreaterThan(4);

        int old = 0;
        int fresh = 0;
        for (int k = 1; k <= steps.size(); k++) {
            Path folder = dir.resolve("k" + k);
            prepare(scenario, folder);
            AtomicInteger count = new AtomicInteger();
            int stopAt = k;
            WriteSteps.listen(step -> {
                if (count.incrementAndGet() == stopAt) {
                    throw new InjectedFault(step);
                }
            });
            assertThatThrownBy(() -> write(scenario, folder)).as("step %d: %s", k, steps.get(k - 1))
                    .isInstanceOf(InjectedFault.class);
            WriteSteps.listen(null);

            String now = version(read(scenario, folder));
            assertThat(now).as("after a stop at step %d (%s) the project opens, old or new", k, steps.get(k - 1))
                    .isIn("v1", "v2");
            if (now.equals("v1")) {
                old++;
            } else {
                fresh++;
            }
            if (scenario != Scenario.RECOVERY_COPY && ProjectStore.hasBackup(folder)) {
                assertThat(version(new ProjectStore().loadBackup(folder).alignment())).as("the backup after step %d", k)
                        .isIn("v0", "v1");
            }
            write(scenario, folder); // what a stop leaves behind never blocks the next save
            assertThat(version(read(scenario, folder))).isEqualTo("v2");
        }
        System.out.printf("fault injection, %s: %d stops tried, %d left the old version, %d the new, 0 lost%n",
                scenario, steps.size(), old, fresh);
        assertThat(old).isPositive();
        assertThat(fresh).as("the last steps come after the commit").isPositive();
    }

    /** Which version {@code a} is, in a word (an assertion on the alignments themselves would print pages). */
    static String version(Alignment a) {
        return a.equals(v0) ? "v0" : a.equals(v1) ? "v1" : a.equals(v2) ? "v2" : "a mix of versions";
    }

    private static void prepare(Scenario scenario, Path folder) {
        ProjectStore store = new ProjectStore();
        switch (scenario) {
            case SAVE_OVER_A_SAVED_PROJECT, REPLACE_WITH_DATED_BACKUP -> {
                store.save(new Project(folder, v0));
                store.save(new Project(folder, v1));
            }
            case FIRST_SAVE_OF_A_FLAT_PROJECT -> ProjectFixtures.writeFlat(folder, v1);
            case RECOVERY_COPY -> {
                store.save(new Project(folder, v0));
                new RecoveryStore(folder).write(v1);
            }
            default -> throw new IllegalStateException();
        }
    }

    private static void write(Scenario scenario, Path folder) {
        ProjectStore store = new ProjectStore();
        switch (scenario) {
            case SAVE_OVER_A_SAVED_PROJECT, FIRST_SAVE_OF_A_FLAT_PROJECT -> store.save(new Project(folder, v2));
            case REPLACE_WITH_DATED_BACKUP -> {
                try (ProjectLock lock = ProjectLock.acquire(folder)) {
                    String before = version(store.load(folder).alignment());
                    Path kept = store.replace(lock, v2);
                    assertThat(version(store.load(kept).alignment())).as("the dated backup opens").isEqualTo(before);
                }
            }
            case RECOVERY_COPY -> new RecoveryStore(folder).write(v2);
            default -> throw new IllegalStateException();
        }
    }

    private static Alignment read(Scenario scenario, Path folder) {
        if (scenario == Scenario.RECOVERY_COPY) {
            return new RecoveryStore(folder).find().orElseThrow();
        }
        if (scenario == Scenario.REPLACE_WITH_DATED_BACKUP) {
            assertDatedBackupsWhole(folder);
        }
        return new ProjectStore().load(folder).alignment();
    }

    /** Every dated backup beside the project is a whole project (the hidden one being made is not one yet). */
    private static void assertDatedBackupsWhole(Path folder) {
        try (var siblings = Files.list(folder.getParent())) {
            for (Path p : siblings.filter(s -> s.getFileName().toString().startsWith(folder.getFileName() + ".replaced-"))
                    .toList()) {
                assertThat(version(new ProjectStore().load(p).alignment())).as(p.toString()).isIn("v1", "v2");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
