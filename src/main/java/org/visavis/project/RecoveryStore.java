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
 * last session ended without saving.
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

    /** Writes the recovery copy atomically (the same three files as a project). */
    public void write(Alignment alignment) {
        store.save(new Project(folder, alignment));
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

    /** Deletes the recovery copy; ProjectException when it cannot. */
    public void discard() {
        if (!Files.exists(folder)) {
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
