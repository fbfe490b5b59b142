package org.visavis.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * An exclusive lock on a project folder: the editor holds it while the project is open, and every
 * command that writes into a project holds it while it writes, so that only one writer is ever
 * at work. It is an OS file lock on {@code .visavis.lock} in the folder, which holds the pid of
 * its holder: it goes away with the process, so the lock of a killed process is simply taken
 * over. The lock file is opened without following links, and a link, a hard-linked file or
 * anything but a plain file at that name is refused: locking never truncates another file.
 *
 * <pre>{@code
 * try (ProjectLock lock = ProjectLock.acquire(folder)) {
 *     store.save(lock, alignment);
 * }
 * }</pre>
 */
public final class ProjectLock implements AutoCloseable {
    public static final String LOCK_FILE = ".visavis.lock";

    /**
     * The folders this JVM holds. A second channel on a lock file must never be opened here: on
     * POSIX systems closing any descriptor of a file releases every lock the process holds on it.
     */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path folder;
    private final Path key;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path folder, Path key, Path file, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.key = key;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the project folder (creating it if needed); ProjectException naming the folder and the
     * holder's pid when visavis has it open elsewhere, or naming the file when it cannot be locked.
     */
    public static ProjectLock acquire(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(LOCK_FILE);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ProjectException(dir + ": cannot create the project folder (" + AtomicFiles.describe(e) + ")", e);
        }
        Path key = realPath(dir);
        synchronized (HELD) {
            if (HELD.contains(key)) {
                throw busy(dir, String.valueOf(ProcessHandle.current().pid()));
            }
            FileChannel channel = open(file);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                closeQuietly(channel);
                throw new ProjectException(file + ": cannot lock the project (" + AtomicFiles.describe(e) + ")", e);
            }
            if (lock == null) {
                String pid = holder(channel);
                closeQuietly(channel);
                throw busy(dir, pid);
            }
            try {
                // the file may still name a process that died holding it: the lock is ours now
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                        0);
            } catch (IOException e) {
                // the pid is only a hint for people; the OS lock itself is what keeps writers out
            }
            HELD.add(key);
            return new ProjectLock(dir, key, file, channel, lock);
        }
    }

    private static FileChannel open(Path file) {
        BasicFileAttributes before = AtomicFiles.attributesOrNull(file);
        if (before != null && before.isSymbolicLink()) {
            AtomicFiles.refuseLink(file, "a visavis lock file");
        }
        if (before != null && !before.isRegularFile()) {
            throw new ProjectException(file + ": is not a plain file, so it is not visavis's lock; remove it");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.FileSystemException e) {
            if (Files.isSymbolicLink(file)) {
                AtomicFiles.refuseLink(file, "a visavis lock file");
            }
            throw new ProjectException(file + ": cannot create the lock file (" + AtomicFiles.describe(e)
                    + "); is the project folder writable?", e);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot create the lock file (" + AtomicFiles.describe(e)
                    + "); is the project folder writable?", e);
        }
        try {
            Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            if (links instanceof Integer n && n > 1) {
                closeQuietly(channel);
                throw new ProjectException(file + ": is a hard link to another file, so it is not visavis's lock;"
                        + " remove it");
            }
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // no unix attributes (Windows): hard links there need rights an attacker in the folder rarely has
        }
        return channel;
    }

    private static ProjectException busy(Path dir, String pid) {
        return new ProjectException(dir + ": the project is open in visavis (pid " + pid
                + "); close it there first, then try again (lock file " + LOCK_FILE + ")");
    }

    /** The pid written in the lock file by its holder, read through our own channel. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            channel.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
            return s.matches("\\d{1,19}") ? s : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir;
        }
    }

    /** The folder this lock holds. */
    public Path folder() {
        return folder;
    }

    public Path file() {
        return file;
    }

    /** Throws unless this lock is still held; a writer checks it before each save. */
    void requireHeld() {
        if (!lock.isValid()) {
            throw new ProjectException(folder + ": the project lock was released; open the project again");
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (!lock.isValid()) {
                return;
            }
            try {
                lock.release();
            } catch (IOException e) {
                // releasing fails only when the channel is already closed, which frees the lock too
            }
            // the file stays: deleting it would let a process that opened it just before lock a
            // deleted file while a third one locks a new one; an unlocked lock file blocks no one
            closeQuietly(channel);
            HELD.remove(key);
        }
    }

    private static void closeQuietly(FileChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing was written through this channel that matters
        }
    }
}
