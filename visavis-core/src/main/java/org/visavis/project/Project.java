package org.visavis.project;

import java.nio.file.Path;
import java.util.Objects;
import org.visavis.model.Alignment;

/**
 * An alignment project: a folder holding the two segmented documents and their links.
 * {@code new Project(Path.of("alignments/demo"), alignment)}.
 */
public record Project(Path folder, Alignment alignment) {
    public Project {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(alignment, "alignment");
    }

    /** The project name: its folder's name. */
    public String name() {
        Path n = folder.toAbsolutePath().normalize().getFileName();
        return n == null ? "project" : n.toString();
    }

    public Project withAlignment(Alignment newAlignment) {
        return new Project(folder, newAlignment);
    }
}
