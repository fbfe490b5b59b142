package org.visavis.project;

import java.nio.file.Files;
import java.nio.file.Path;
import org.visavis.model.Alignment;
import org.visavis.model.SegmentedDocument;

/**
 * Loads and saves projects. A project folder holds {@code source.xml} and {@code target.xml}
 * (XCES) and {@code alignment.xml} (cesAlign). Saving writes all three atomically and keeps the
 * previous versions as {@code .bak}.
 *
 * <pre>{@code
 * ProjectStore store = new ProjectStore();
 * store.save(new Project(Path.of("alignments/demo"), alignment));
 * Project again = store.load(Path.of("alignments/demo"));
 * }</pre>
 */
public final class ProjectStore {
    public static final String SOURCE_FILE = "source.xml";
    public static final String TARGET_FILE = "target.xml";
    public static final String ALIGNMENT_FILE = "alignment.xml";

    private final XcesDocumentFormat documents = new XcesDocumentFormat();
    private final CesAlignFormat links = new CesAlignFormat();

    /** True when the folder looks like a project (has an alignment file). */
    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(ALIGNMENT_FILE));
    }

    public void save(Project project) {
        Path dir = project.folder();
        Alignment a = project.alignment();
        var linkFile = new CesAlignFormat.Links(SOURCE_FILE, TARGET_FILE, a.beads());
        AtomicFiles.batch()
                .add(dir.resolve(SOURCE_FILE), w -> documents.write(a.source(), w))
                .add(dir.resolve(TARGET_FILE), w -> documents.write(a.target(), w))
                .add(dir.resolve(ALIGNMENT_FILE), w -> links.write(linkFile, w))
                .commit(AtomicFiles.BackupPolicy.KEEP_BAK);
    }

    /** Loads a project folder; ProjectException naming the file on any problem. */
    public Project load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ProjectException(folder + ": no such project folder");
        }
        Path alignmentFile = folder.resolve(ALIGNMENT_FILE);
        if (!Files.isRegularFile(alignmentFile)) {
            throw new ProjectException(folder + ": not a visavis project (no " + ALIGNMENT_FILE + ")");
        }
        CesAlignFormat.Links l = links.read(alignmentFile);
        Path sourceFile = folder.resolve(l.fromDoc());
        Path targetFile = folder.resolve(l.toDoc());
        // the two documents are independent: read them side by side (a big project opens faster)
        java.util.concurrent.CompletableFuture<SegmentedDocument> sourceRead =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> documents.read(sourceFile));
        SegmentedDocument target = documents.read(targetFile);
        SegmentedDocument source;
        try {
            source = sourceRead.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        try {
            return new Project(folder, new Alignment(source, target, l.beads()));
        } catch (IllegalArgumentException e) {
            throw new ProjectException(alignmentFile + ": the links do not match the documents: " + e.getMessage());
        }
    }
}
