package org.visavis.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a project folder, held while an editor has it open, so that two windows
 * or two processes never overwrite each other's work. It is an OS file lock on
 * {@code .visavis.lock} in the folder: it goes away with the process, so a crash leaves no stale
 * lock behind.
 *
 * <pre>{@code
 * try (ProjectLock lock = ProjectLock.acquire(folder)) {
 *     ... edit and save ...
 * }
 * }</pre>
 */
public final class ProjectLock implements AutoCloseable {
    public static final String LOCK_FILE = ".visavis.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the project folder; ProjectException naming the folder when another editor holds it or it cannot be locked. */
    public static ProjectLock acquire(Path folder) {
        Path file = folder.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ProjectException(file + ": cannot create the lock file (" + AtomicFiles.describe(e)
                    + "); is the project folder writable?", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process holds it already: another window of ours
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectException(file + ": cannot lock the project (" + AtomicFiles.describe(e) + ")", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new ProjectException(folder + ": the project is open in another visavis window or process;"
                    + " close it there first (lock file " + LOCK_FILE + ")");
        }
        try {
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            // the pid is only a hint for people; the lock itself is what protects the project
        }
        return new ProjectLock(file, channel, lock);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // releasing fails only when the channel is already closed, which frees the lock too
        }
        // the file stays: deleting it would let a process that opened it just before lock a
        // deleted file while a third one locks a new one; an unlocked lock file blocks no one
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing was written through this channel that matters
        }
    }
}
