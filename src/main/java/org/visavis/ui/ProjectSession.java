package org.visavis.ui;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.visavis.edit.EditHistory;
import org.visavis.model.Alignment;
import org.visavis.project.Project;
import org.visavis.project.ProjectException;
import org.visavis.project.ProjectLock;
import org.visavis.project.ProjectStore;
import org.visavis.project.RecoveryStore;

/**
 * One open project: its folder, the lock that keeps other editors out, the recovery copy and
 * the edit history. Loading and saving run off the Swing thread; the history is used on it.
 *
 * <pre>{@code
 * ProjectSession.Opened o = ProjectSession.open(folder); // background thread
 * o.session().history().apply("Confirm", ...);           // Swing thread
 * }</pre>
 */
final class ProjectSession {
    /** A freshly opened session and the recovery copy found beside it, if any. */
    record Opened(ProjectSession session, Optional<Alignment> recovered, Optional<FileTime> recoveredAt,
                  Optional<String> recoveryProblem) {
    }

    private final Path folder;
    private final ProjectLock lock;
    private final RecoveryStore recovery;
    private final EditHistory history;
    private final ProjectStore store = new ProjectStore();

    private ProjectSession(Path folder, ProjectLock lock, Alignment loaded) {
        this.folder = folder;
        this.lock = lock;
        this.recovery = new RecoveryStore(folder);
        this.history = new EditHistory(loaded);
    }

    /** Locks and loads the project; ProjectException (naming the file) when it cannot. */
    static Opened open(Path folder) {
        SwingThread.mustNotBeSwingThread();
        Path dir = folder.toAbsolutePath().normalize();
        ProjectLock lock = ProjectLock.acquire(dir);
        try {
            Alignment loaded = new ProjectStore().load(dir).alignment();
            ProjectSession s = new ProjectSession(dir, lock, loaded);
            Optional<Alignment> recovered;
            try {
                recovered = s.recovery.find();
            } catch (ProjectException e) {
                // a damaged copy must not keep the saved project closed; it stays for a person to inspect
                return new Opened(s, Optional.empty(), Optional.empty(), Optional.of(e.getMessage()
                        + "; the recovery copy was left in place and the saved project opened"));
            }
            if (recovered.isPresent() && recovered.get().equals(loaded)) {
                s.recovery.discard(); // a copy of what is saved recovers nothing
                recovered = Optional.empty();
            }
            return new Opened(s, recovered, recovered.isPresent() ? s.recovery.writtenAt() : Optional.empty(),
                    Optional.empty());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
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

    /** Saves {@code snapshot} atomically (previous files kept as .bak) and drops the recovery copy. */
    void save(Alignment snapshot) {
        SwingThread.mustNotBeSwingThread();
        store.save(new Project(folder, snapshot));
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
