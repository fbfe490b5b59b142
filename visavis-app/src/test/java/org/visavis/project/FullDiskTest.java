package org.visavis.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;

/**
 * Saves on a really full disk: a 2 MB tmpfs filled to within a few KB, so the disk runs out at
 * different moments of the save (a document, the link file, ...). Each save either succeeds or
 * fails with a message that names the file and says the disk is full, and the project opens as
 * it was. Needs root to mount the tmpfs (CI runs as root); skipped otherwise.
 */
class FullDiskTest {
    static Path disk;
    static Alignment v1;
    static Alignment v2;

    @BeforeAll
    static void mountSmallDisk(@TempDir Path scratch) throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        v1 = ProjectFixtures.asStored(ProjectFixtures.foreword(), scratch.resolve("v1"));
        v2 = ProjectFixtures.asStored(ProjectFixtures.revised(ProjectFixtures.foreword()), scratch.resolve("v2"));
        Path at = Files.createTempDirectory("visavis-full-disk");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (!mounted) {
            Files.deleteIfExists(at);
        }
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here: " + said);
        disk = at;
    }

    @AfterAll
    static void unmount() throws Exception {
        if (disk != null) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(disk);
        }
    }

    @Test
    void aSaveOnAFullDiskSaysSoAndLeavesTheProjectAsItWas() throws Exception {
        int refused = 0;
        int saved = 0;
        for (int freeKb = 0; freeKb <= 48; freeKb += 4) {
            clear();
            Path folder = disk.resolve("book");
            new ProjectStore().save(new Project(folder, v1));
            fill(freeKb * 1024L);
            try {
                new ProjectStore().save(new Project(folder, v2));
                saved++;
                assertThat(new ProjectStore().load(folder).alignment().equals(v2)).as("%d KB free: saved", freeKb).isTrue();
            } catch (ProjectException e) {
                refused++;
                assertThat(e.getMessage()).as("%d KB free", freeKb).contains(folder.toString()).contains("the disk is full");
                assertThat(new ProjectStore().load(folder).alignment().equals(v1))
                        .as("%d KB free: the project opens as it was", freeKb).isTrue();
            }
            Files.delete(disk.resolve("filler"));
            new ProjectStore().save(new Project(folder, v2)); // once there is room again, the save goes through
            assertThat(new ProjectStore().load(folder).alignment().equals(v2)).isTrue();
        }
        System.out.printf("full disk: %d saves tried, %d refused with a full-disk message, %d saved, 0 lost%n",
                refused + saved, refused, saved);
        assertThat(refused).isGreaterThan(2);
        assertThat(saved).as("with 48 KB free the save fits").isPositive();
    }

    @Test
    void theCommandLineNamesTheFileAndSaysTheDiskIsFull() throws Exception {
        clear();
        Path folder = disk.resolve("book");
        new ProjectStore().save(new Project(folder, org.visavis.edit.AlignmentEdits.mergeWithNext(v1, 3)));
        byte[] before = Files.readAllBytes(folder.resolve(ProjectStore.ALIGNMENT_FILE));
        fill(0);
        var err = new java.io.StringWriter();
        int code = org.visavis.cli.Main.run(new String[] {"align", "--realign", folder.toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("visavis: " + folder).contains("the disk is full");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(Files.readAllBytes(folder.resolve(ProjectStore.ALIGNMENT_FILE))).isEqualTo(before);
        Files.delete(disk.resolve("filler"));
    }

    /** Fills the disk with a file until only {@code free} bytes are left (or none). */
    private static void fill(long free) throws IOException {
        long room = Files.getFileStore(disk).getUsableSpace() - free;
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
            for (long written = 0; written + block.length <= room; written += block.length) {
                out.write(block);
            }
        } catch (IOException e) {
            // the disk is full: that is what was wanted
        }
    }

    private static void clear() throws IOException {
        try (Stream<Path> all = Files.walk(disk)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(disk)).toList()) {
                Files.delete(p);
            }
        }
    }
}
