package org.visavis.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {

    @Test
    void aSecondLockInTheSameProcessIsRefusedWithAClearMessage(@TempDir Path dir) {
        try (ProjectLock first = ProjectLock.acquire(dir)) {
            assertThat(first.file()).exists();
            assertThatThrownBy(() -> ProjectLock.acquire(dir))
                    .isInstanceOf(ProjectException.class)
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("the project is open in visavis (pid " + ProcessHandle.current().pid() + ")");
        }
        try (ProjectLock again = ProjectLock.acquire(dir)) {
            assertThat(again.file()).exists();
        }
    }

    @Test
    void anotherProcessCannotLockWhileWeHoldIt(@TempDir Path dir) throws Exception {
        try (ProjectLock held = ProjectLock.acquire(dir)) {
            assertThat(lockFromAnotherProcess(dir)).isEqualTo(1);
        }
        assertThat(lockFromAnotherProcess(dir)).isZero();
    }

    /** Runs {@link TryLock} in a fresh JVM; its exit code says whether it got the lock. */
    private static int lockFromAnotherProcess(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), TryLock.class.getName(),
                dir.toString()).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /** Exits 0 when it could lock the folder given as argument, 1 when the lock is held elsewhere. */
    public static final class TryLock {
        public static void main(String[] args) {
            try (ProjectLock l = ProjectLock.acquire(Path.of(args[0]))) {
                System.exit(0);
            } catch (ProjectException e) {
                System.exit(1);
            }
        }
    }

    @Test
    void aReadOnlyFolderIsReportedByName(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        ro.toFile().setWritable(false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as a user who can write anywhere");
            assertThatThrownBy(() -> ProjectLock.acquire(ro)).isInstanceOf(ProjectException.class)
                    .hasMessageContaining(ro.toString()).hasMessageContaining("lock file");
        } finally {
            ro.toFile().setWritable(true);
        }
    }
}
