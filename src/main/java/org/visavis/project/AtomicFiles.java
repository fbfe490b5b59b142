package org.visavis.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes files so that a reader never sees half of one: each file goes to a temporary sibling
 * ({@code name.new}), is flushed to disk (fsync), the previous version is kept as {@code name.bak},
 * and the temporary file is renamed into place. A batch writes every temporary file first, so a
 * failure (full disk, read-only folder) leaves all the old files untouched.
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
        Path tmp = target.resolveSibling(target.getFileName() + ".new");
        writeSynced(tmp, target, out -> content.writeTo(out));
        moveIntoPlace(tmp, target, backup);
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
                Path tmp = target.resolveSibling(target.getFileName() + ".new");
                staged.add(new Path[] {tmp, target});
                Content text = e.getValue();
                writeSynced(tmp, target, os -> {
                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                    text.writeTo(w);
                    w.flush();
                });
            }
        } catch (RuntimeException ex) {
            for (Path[] p : staged) {
                deleteQuietly(p[0]);
            }
            throw ex;
        }
        for (Path[] p : staged) {
            moveIntoPlace(p[0], p[1], backup);
        }
    }

    private static void writeSynced(Path tmp, Path target, BinaryContent content) {
        try {
            Path dir = target.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream os = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch))) {
                content.writeTo(os);
                os.flush();
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
    }

    private static void moveIntoPlace(Path tmp, Path target, BackupPolicy backup) {
        try {
            if (backup == BackupPolicy.KEEP_BAK && Files.exists(target)) {
                Files.copy(target, target.resolveSibling(target.getFileName() + ".bak"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProjectException(target + ": cannot replace the file (" + describe(e) + "); the new version is in "
                    + tmp.getFileName(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the temporary file is harmless; the error that matters is already being reported
        }
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        String msg = e.getMessage();
        return msg == null ? kind : msg;
    }
}
