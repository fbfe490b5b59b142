package org.visavis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.visavis.model.VisavisException;
import org.visavis.project.Project;
import org.visavis.project.ProjectLock;
import org.visavis.project.ProjectStore;

/**
 * Where {@code align} and {@code import} write a new project: never over a project already there
 * unless {@code --replace} is given, and then only after keeping that project as a dated backup;
 * always under the project lock, so never while the project is open in the editor.
 *
 * <pre>{@code
 * NewProjectOutput output = new NewProjectOutput(folder, replace, "--name");
 * output.refuseExisting();                      // before the slow work
 * output.write(project, lock -> writeTmx(), err);
 * }</pre>
 */
final class NewProjectOutput {
    private final Path folder;
    private final boolean replace;
    private final String otherPlace;

    /** {@code otherPlace} is the option that picks another folder, named in the refusal. */
    NewProjectOutput(Path folder, boolean replace, String otherPlace) {
        this.folder = folder;
        this.replace = replace;
        this.otherPlace = otherPlace;
    }

    /** Throws when a project is there and {@code --replace} was not given. */
    void refuseExisting() {
        if (!replace && ProjectStore.isProject(folder)) {
            throw new VisavisException(folder + ": a project is already there and its reviewed work would be lost;"
                    + " give --replace to replace it (it is kept as a dated backup) or choose another " + otherPlace);
        }
    }

    /** Saves the project under its lock, then runs {@code alsoUnderLock}; reports a kept backup on {@code out}. */
    void write(Project project, Consumer<ProjectLock> alsoUnderLock, PrintWriter out) {
        ProjectStore store = new ProjectStore();
        try (ProjectLock lock = ProjectLock.acquire(folder)) {
            refuseExisting(); // again under the lock: another writer may have been quicker
            if (ProjectStore.isProject(folder)) {
                Path kept = store.replace(lock, project.alignment());
                out.println("previous project kept in: " + kept);
            } else {
                store.save(lock, project.alignment());
            }
            alsoUnderLock.accept(lock);
        }
    }
}
