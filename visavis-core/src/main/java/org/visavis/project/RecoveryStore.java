package org.visavis.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.visavis.model.Alignment;

/**
 * The editor's crash insurance: a copy of the unsaved alignment in {@code .recovery/} inside the
 * project folder, written a few seconds after the last edit and deleted once the project is
 * saved or the changes are discarded. A recovery copy found when a project opens means the
 * last session ended without saving. It is written like a project (a set made current in one
 * rename) by the editor, which holds the project's lock; a link at {@code .recovery} is refused.
 *
 * <pre>{@code
 * RecoveryStore r = new RecoveryStore(folder);
 * r.write(unsaved);
 * Optional<Alignment> lost = r.find();
 * }</pre>
 */
public final class RecoveryStore {
    public static final String FOLDER = ".recovery";

    private final Path folder;
    private final ProjectStore store = new ProjectStore();

    public RecoveryStore(Path projectFolder) {
        this.folder = projectFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Writes the recovery copy atomically (the same files as a project). */
    public void write(Alignment alignment) {
        AtomicFiles.refuseLink(folder, "the recovery folder");
        new ProjectWriter().write(folder, alignment, AtomicFiles.BackupPolicy.NO_BAK);
    }

    /** True when a recovery copy is there. */
    public boolean exists() {
        return ProjectStore.isProject(folder);
    }

    /** When the recovery copy was written, if there is one. */
    public Optional<FileTime> writtenAt() {
        try {
            return exists() ? Optional.of(Files.getLastModifiedTime(folder.resolve(ProjectStore.ALIGNMENT_FILE)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The recovered alignment, if a copy is there; ProjectException when it cannot be read. */
    public Optional<Alignment> find() {
        if (!exists()) {
            return Optional.empty();
        }
        return Optional.of(store.load(folder).alignment());
    }

    /** Deletes the recovery copy (a link there is removed, never followed); ProjectException when it cannot. */
    public void discard() {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ProjectException(folder + ": cannot delete the recovery copy (" + AtomicFiles.describe(e) + ")", e);
        }
    }
}
