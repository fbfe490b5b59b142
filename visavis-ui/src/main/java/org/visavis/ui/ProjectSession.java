package org.visavis.ui;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.visavis.edit.EditHistory;
import org.visavis.model.Alignment;
import org.visavis.project.Project;
import org.visavis.project.ProjectException;
import org.visavis.project.ProjectLock;
import org.visavis.project.ProjectStamp;
import org.visavis.project.ProjectStore;
import org.visavis.project.RecoveryStore;

/**
 * One open project: its folder, the lock that keeps other writers out, the recovery copy, the
 * edit history and the stamp of the version on disk, which tells whether another program saved
 * the project since. Loading and saving run off the Swing thread; the history is used on it.
 *
 * <pre>{@code
 * ProjectSession.Opened o = ProjectSession.open(folder); // background thread
 * o.session().history().apply("Confirm", ...);           // Swing thread
 * }</pre>
 */
final class ProjectSession {
    /**
     * A freshly opened session and the recovery copy found beside it, if any. When the saved
     * files could not be read, {@code damage} says why and what the session holds instead.
     */
    record Opened(ProjectSession session, Optional<Alignment> recovered, Optional<FileTime> recoveredAt,
                  Optional<String> recoveryProblem, Optional<Damage> damage) {
    }

    /** The saved project could not be read ({@code problem}); the session holds {@code instead}, not yet saved. */
    record Damage(String problem, String instead) {
    }

    /** What a save does when another program saved the project since it was opened or last saved here. */
    enum OnDiskChange { REFUSE, OVERWRITE }

    /** The project on disk is not the version this session opened or last saved: someone else saved it. */
    static final class ChangedOnDisk extends ProjectException {
        ChangedOnDisk(Path folder) {
            super(folder + " was changed on disk by another program since it was opened here");
        }
    }

    private final Path folder;
    private final ProjectLock lock;
    private final RecoveryStore recovery;
    private final EditHistory history;
    private final ProjectStore store = new ProjectStore();
    private volatile ProjectStamp onDisk;

    private ProjectSession(Path folder, ProjectLock lock, Alignment loaded, ProjectStamp onDisk) {
        this.folder = folder;
        this.lock = lock;
        this.recovery = new RecoveryStore(folder);
        this.history = new EditHistory(loaded);
        this.onDisk = onDisk;
    }

    /**
     * Locks the project, reads its recovery copy, then its files; ProjectException (naming the
     * file) when it cannot. Saved files that cannot be read do not hide the recovery copy or the
     * previous version: the session then holds one of them, unsaved, and says so.
     */
    static Opened open(Path folder) {
        SwingThread.mustNotBeSwingThread();
        Path dir = folder.toAbsolutePath().normalize();
        ProjectLock lock = ProjectLock.acquire(dir);
        try {
            RecoveryStore recovery = new RecoveryStore(dir);
            Optional<Alignment> recovered = Optional.empty();
            Optional<String> recoveryProblem = Optional.empty();
            try {
                recovered = recovery.find();
            } catch (ProjectException e) {
                // a damaged copy must not keep the saved project closed; it stays for a person to inspect
                recoveryProblem = Optional.of(e.getMessage() + "; the recovery copy was left in place");
            }
            // stamped before reading: a save by another program while we read shows up as a change, never hides
            ProjectStamp stamp = new ProjectStore().stamp(dir);
            Alignment loaded;
            try {
                loaded = new ProjectStore().load(dir).alignment();
            } catch (ProjectException unreadable) {
                return openDamaged(dir, lock, stamp, unreadable, recovered, recovery.writtenAt(), recoveryProblem);
            }
            ProjectSession s = new ProjectSession(dir, lock, loaded, stamp);
            if (recoveryProblem.isPresent()) {
                return new Opened(s, Optional.empty(), Optional.empty(),
                        Optional.of(recoveryProblem.get() + " and the saved project opened"), Optional.empty());
            }
            if (recovered.isPresent() && recovered.get().equals(loaded)) {
                s.recovery.discard(); // a copy of what is saved recovers nothing
                recovered = Optional.empty();
            }
            return new Opened(s, recovered, recovered.isPresent() ? s.recovery.writtenAt() : Optional.empty(),
                    Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Opened openDamaged(Path dir, ProjectLock lock, ProjectStamp stamp, ProjectException unreadable,
                                      Optional<Alignment> recovered,
                                      Optional<FileTime> recoveredAt, Optional<String> recoveryProblem) {
        Alignment instead;
        String what;
        if (recovered.isPresent()) {
            instead = recovered.get();
            what = "the recovery copy" + recoveredAt.map(t -> " of " + t).orElse("");
        } else {
            try {
                instead = new ProjectStore().loadBackup(dir).alignment();
                what = "the previous version (" + ProjectStore.BACKUP_FILE + ")";
            } catch (ProjectException noBackup) {
                String also = recoveryProblem.map(p -> "; " + p).orElse("");
                throw new ProjectException(unreadable.getMessage() + also, unreadable);
            }
        }
        ProjectSession s = new ProjectSession(dir, lock, instead, stamp);
        s.history.markUnsaved();
        return new Opened(s, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Damage(unreadable.getMessage(), what)));
    }

    /** Writes a new project (after File › New alignment) and opens it. */
    static Opened create(Path folder, Alignment alignment) {
        SwingThread.mustNotBeSwingThread();
        Path dir = folder.toAbsolutePath().normalize();
        if (ProjectStore.isProject(dir)) {
            throw new ProjectException(dir + ": a project is already there; choose another folder");
        }
        new ProjectStore().save(new Project(dir, alignment));
        return open(dir);
    }

    Path folder() {
        return folder;
    }

    String name() {
        return new Project(folder, history.current()).name();
    }

    EditHistory history() {
        return history;
    }

    /**
     * Saves {@code snapshot} as a set (the version replaced kept as .bak) and drops the recovery
     * copy; throws {@link ChangedOnDisk} when another program saved the project since and
     * {@code onDiskChange} is REFUSE.
     */
    void save(Alignment snapshot, OnDiskChange onDiskChange) {
        SwingThread.mustNotBeSwingThread();
        if (onDiskChange == OnDiskChange.REFUSE && !store.stamp(folder).equals(onDisk)) {
            throw new ChangedOnDisk(folder);
        }
        store.save(lock, snapshot);
        onDisk = store.stamp(folder);
        recovery.discard();
    }

    void writeRecovery(Alignment snapshot) {
        SwingThread.mustNotBeSwingThread();
        recovery.write(snapshot);
    }

    void discardRecovery() {
        recovery.discard();
    }

    void close() {
        lock.close();
    }
}
