package org.visavis.cli;

import java.nio.file.Path;
import org.visavis.edit.AlignmentEdits;
import org.visavis.model.Alignment;
import org.visavis.project.Project;
import org.visavis.project.ProjectException;
import org.visavis.project.ProjectStore;

/**
 * One of several processes saving the same project at once ({@link ProjectWritersTest}): saves
 * a different revision N times and prints how many saves went through and how many were refused
 * because another writer held the lock.
 */
public final class RepeatedSaver {
    private RepeatedSaver() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int times = Integer.parseInt(args[1]);
        int offset = Integer.parseInt(args[2]);
        ProjectStore store = new ProjectStore();
        Alignment base = store.load(folder).alignment();
        int saved = 0;
        int refused = 0;
        for (int i = 0; i < times; i++) {
            Alignment next = AlignmentEdits.confirm(base, (offset + i) % base.beads().size());
            try {
                store.save(new Project(folder, next));
                saved++;
            } catch (ProjectException e) {
                if (!e.getMessage().contains("the project is open in visavis (pid")) {
                    System.out.println("failed: " + e.getMessage());
                    System.exit(1);
                }
                refused++;
            }
        }
        System.out.println("saved " + saved + " refused " + refused);
        System.exit(0);
    }
}
