package org.visavis.cli;

import java.nio.file.Path;
import org.visavis.project.ProjectLock;

/** Holds a project's lock, as the editor does while a project is open, until it is killed ({@link ProjectWritersTest}). */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectLock lock = ProjectLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
