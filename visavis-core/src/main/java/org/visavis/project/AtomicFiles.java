package org.visavis.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes files so that a reader never sees half of one: each file goes to a temporary sibling
 * ({@code name.new}, created afresh, never through a link left there), is flushed to disk
 * (fsync), the previous version is kept as {@code name.bak} (itself replaced in one rename, so
 * it is whole too), and the temporary file is renamed into place. A batch writes every
 * temporary file first, so a failure (full disk, read-only folder) leaves all the old files
 * untouched. A rename replaces a link found at the target; it never writes through it.
 *
 * <pre>{@code
 * AtomicFiles.batch().add(dir.resolve("align.xml"), w -> w.write(xml)).commit(BackupPolicy.KEEP_BAK);
 * }</pre>
 */
public final class AtomicFiles {

    /** Whether the replaced file is kept as {@code .bak}. */
    public enum BackupPolicy { KEEP_BAK, NO_BAK }

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes the content of one binary file (a zip, a DOCX). */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Map<Path, Content> files = new LinkedHashMap<>();

    private AtomicFiles() {
    }

    public static AtomicFiles batch() {
        return new AtomicFiles();
    }

    /** Writes one UTF-8 file atomically. */
    public static void write(Path file, Content content, BackupPolicy backup) {
        batch().add(file, content).commit(backup);
    }

    /** Writes one binary file atomically, like {@link #write} for text. */
    public static void writeBinary(Path file, BinaryContent content, BackupPolicy backup) {
        Path target = file.toAbsolutePath().normalize();
        replace(stage(target, content), target, backup);
    }

    public AtomicFiles add(Path file, Content content) {
        files.put(file.toAbsolutePath().normalize(), content);
        return this;
    }

    /** Writes all temporary files, then moves each into place; throws ProjectException naming the file. */
    public void commit(BackupPolicy backup) {
        List<Path[]> staged = new ArrayList<>();
        try {
            for (var e : files.entrySet()) {
                Path target = e.getKey();
                Content text = e.getValue();
                staged.add(new Path[] {stage(target, os -> {
                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                    text.writeTo(w);
                    w.flush();
                }), target});
            }
        } catch (RuntimeException ex) {
            for (Path[] p : staged) {
                deleteQuietly(p[0]);
            }
            throw ex;
        }
        for (Path[] p : staged) {
            replace(p[0], p[1], backup);
        }
    }

    /** The temporary sibling a file is written to before it is renamed into place. */
    static Path temporary(Path target) {
        return target.resolveSibling(target.getFileName() + ".new");
    }

    /**
     * Writes {@code content} to the temporary sibling of {@code target} and syncs it; returns it.
     * Whatever was at the temporary name (a leftover, a planted link) is removed first and the
     * file is created new without following links.
     */
    static Path stage(Path target, BinaryContent content) {
        Path tmp = temporary(target);
        try {
            Path dir = target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.deleteIfExists(tmp); // removes a link itself, never its target
            WriteSteps.step("create " + tmp.getFileName());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
                 OutputStream os = new java.io.BufferedOutputStream(Channels.newOutputStream(ch))) {
                content.writeTo(os);
                os.flush();
                WriteSteps.step("sync " + tmp.getFileName());
                ch.force(true);
            }
        } catch (RuntimeException e) {
            // a writer that fails half-way must not leave its half file behind
            deleteQuietly(tmp);
            throw e;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new ProjectException(target + ": cannot write (" + describe(e) + "); the previous file is unchanged", e);
        }
        return tmp;
    }

    /** Renames the staged {@code tmp} over {@code target} (keeping the old one as .bak if asked) and syncs the folder. */
    static void replace(Path tmp, Path target, BackupPolicy backup) {
        if (backup == BackupPolicy.KEEP_BAK) {
            keepBackup(target);
        }
        rename(tmp, target);
    }

    /** Makes {@code file.bak} the current {@code file}: a hard link (or a synced copy) renamed into place, so it is whole. */
    static void keepBackup(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path bak = file.resolveSibling(file.getFileName() + ".bak");
        Path bakTmp = temporary(bak);
        try {
            Files.deleteIfExists(bakTmp);
            WriteSteps.step("link " + bakTmp.getFileName());
            Files.createLink(bakTmp, file);
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without hard links (FAT, some shares): a synced copy does as well
            stage(bak, os -> Files.copy(file, os));
        }
        rename(bakTmp, bak);
    }

    /** Renames {@code from} over {@code to} in one step, then syncs the folder so the rename survives a crash. */
    static void rename(Path from, Path to) {
        try {
            WriteSteps.step("rename " + from.getFileName() + " -> " + to.getFileName());
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProjectException(to + ": cannot replace the file (" + describe(e) + "); the new version is in "
                    + from.getFileName(), e);
        }
        syncFolder(to.getParent());
    }

    /** Flushes a folder's entries (renames, new files) to disk where the platform allows it. */
    static void syncFolder(Path dir) {
        if (dir == null) {
            return;
        }
        WriteSteps.step("sync folder " + dir.getFileName());
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a file; there the rename itself is what NTFS journals
        }
    }

    /** Deletes a file (or a link, never its target); ProjectException naming it when it cannot. */
    static void delete(Path p) {
        try {
            WriteSteps.step("delete " + p.getFileName());
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new ProjectException(p + ": cannot delete (" + describe(e) + ")", e);
        }
    }

    /** Throws when {@code p} is a symbolic link: visavis writes nothing through a link found in a project. */
    static void refuseLink(Path p, String what) {
        if (Files.isSymbolicLink(p)) {
            throw new ProjectException(p + ": is a symbolic link, not " + what
                    + "; visavis writes nothing through links in a project folder: remove it");
        }
    }

    /** The attributes of {@code p} itself (a link is not followed), or null when nothing is there. */
    static BasicFileAttributes attributesOrNull(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the temporary file is harmless; the error that matters is already being reported
        }
    }

    /** A short reason for a file system error; a full disk says so in words. */
    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        String msg = e.getMessage();
        if (msg == null) {
            return kind;
        }
        String lower = msg.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota exceeded") || lower.contains("not enough space")) {
            return "the disk is full: " + msg + "; free some space and save again";
        }
        return msg;
    }
}
