package org.visavis.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A whole copy of a project kept beside it before it is replaced ({@code align --replace},
 * {@code import --replace}): {@code alignments/book.replaced-20261201-101920/}, itself a project
 * that opens. The copy is made in a hidden folder and renamed to its dated name once complete,
 * so a dated backup is never half a project. Links in the project folder are not copied.
 *
 * <pre>{@code
 * Path kept = DatedBackup.keep(lock); // lock held on alignments/book
 * }</pre>
 */
public final class DatedBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DatedBackup() {
    }

    /** Copies the project whose lock is held to a dated sibling folder; returns that folder. */
    public static Path keep(ProjectLock lock) {
        Path dir = lock.folder();
        String base = dir.getFileName() + ".replaced-" + LocalDateTime.now().format(STAMP);
        Path dest = dir.resolveSibling(base);
        for (int n = 2; Files.exists(dest, LinkOption.NOFOLLOW_LINKS); n++) {
            dest = dir.resolveSibling(base + "-" + n);
        }
        Path tmp = dir.resolveSibling("." + dest.getFileName() + ".new");
        try {
            deleteUnfinished(dir);
            Files.createDirectory(tmp);
            copyFiles(dir, tmp);
            Path recovery = dir.resolve(RecoveryStore.FOLDER);
            if (Files.isDirectory(recovery, LinkOption.NOFOLLOW_LINKS)) {
                copyFiles(recovery, Files.createDirectory(tmp.resolve(RecoveryStore.FOLDER)));
            }
            AtomicFiles.syncFolder(tmp);
        } catch (IOException e) {
            try {
                deleteTree(tmp);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw new ProjectException(dest + ": cannot keep a copy of the project before replacing it ("
                    + AtomicFiles.describe(e) + "); nothing was replaced", e);
        }
        AtomicFiles.rename(tmp, dest);
        return dest;
    }

    /** Copies the plain files of {@code from} (not links, not the lock, not temporaries) into {@code to}, synced. */
    private static void copyFiles(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || name.equals(ProjectLock.LOCK_FILE)
                        || name.endsWith(".new")) {
                    continue;
                }
                Path copy = to.resolve(name);
                WriteSteps.step("copy " + name);
                Files.copy(f, copy, LinkOption.NOFOLLOW_LINKS);
                try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
        }
    }

    /** Removes the hidden half copies a killed replacement left beside the project (we hold its lock: none is in progress). */
    private static void deleteUnfinished(Path dir) throws IOException {
        String prefix = "." + dir.getFileName() + ".replaced-";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".new"))) {
            for (Path half : siblings) {
                deleteTree(half);
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
