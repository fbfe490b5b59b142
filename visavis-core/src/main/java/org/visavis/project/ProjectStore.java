package org.visavis.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.visavis.model.Alignment;
import org.visavis.model.SegmentedDocument;

/**
 * Loads and saves projects. A project folder holds {@code alignment.xml} (cesAlign), which names
 * its two XCES documents; visavis names them by their content ({@code source-3f9a….xml},
 * {@code target-….xml}), older projects have {@code source.xml} and {@code target.xml}, and both
 * open. A save writes the new version as a set and makes it current in one rename (see
 * {@link ProjectWriter}), keeping the previous version whole as {@code alignment.xml.bak} and
 * the documents it names. Saving takes the project lock: it is refused while the project is
 * open in visavis elsewhere.
 *
 * <pre>{@code
 * ProjectStore store = new ProjectStore();
 * store.save(new Project(Path.of("alignments/demo"), alignment));
 * Project again = store.load(Path.of("alignments/demo"));
 * }</pre>
 */
public final class ProjectStore {
    /** The flat document names of projects saved before documents were named by their content. */
    public static final String SOURCE_FILE = "source.xml";
    public static final String TARGET_FILE = "target.xml";
    public static final String ALIGNMENT_FILE = "alignment.xml";
    /** The previous version's link file; it names the documents of that version. */
    public static final String BACKUP_FILE = ALIGNMENT_FILE + ".bak";

    /** The names of a project's own files in its folder: link files, documents, their temporaries and backups, the lock. */
    private static final Pattern OWN_FILES = Pattern.compile(
            "(alignment\\.xml|(source|target)(-[0-9a-f]{16})?\\.xml)(\\.bak)?(\\.new)?|" + Pattern.quote(ProjectLock.LOCK_FILE)
                    + "|" + Pattern.quote(ProjectInputs.FILE));

    private final XcesDocumentFormat documents = new XcesDocumentFormat();
    private final CesAlignFormat links = new CesAlignFormat();

    /** True when the folder looks like a project (has an alignment file). */
    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(ALIGNMENT_FILE));
    }

    /** Saves the project, holding its lock while it writes; ProjectException when visavis has it open elsewhere. */
    public void save(Project project) {
        try (ProjectLock lock = ProjectLock.acquire(project.folder())) {
            save(lock, project.alignment());
        }
    }

    /** Saves {@code alignment} as the new version of the project whose lock is held. */
    public void save(ProjectLock lock, Alignment alignment) {
        lock.requireHeld();
        new ProjectWriter().write(lock.folder(), alignment, AtomicFiles.BackupPolicy.KEEP_BAK);
    }

    /**
     * Replaces the project whose lock is held by {@code alignment}, after keeping the previous
     * project whole in a dated sibling folder (see {@link DatedBackup}); returns that folder.
     * The previous project's recovery copy goes with it.
     */
    public Path replace(ProjectLock lock, Alignment alignment) {
        lock.requireHeld();
        Path kept = DatedBackup.keep(lock);
        save(lock, alignment);
        new RecoveryStore(lock.folder()).discard();
        return kept;
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
        for (int attempt = 1; ; attempt++) {
            // the documents the link file's head names are read while its links are: a big project opens faster
            List<String> named = links.documentNames(alignmentFile).filter(n -> n.stream().allMatch(ProjectStore::isFileName))
                    .orElse(List.of());
            List<CompletableFuture<SegmentedDocument>> early = named.stream()
                    .map(n -> CompletableFuture.supplyAsync(() -> documents.read(folder.resolve(n)))).toList();
            CesAlignFormat.Links l;
            try {
                l = links.read(alignmentFile);
            } catch (RuntimeException e) {
                early.forEach(ProjectStore::settle);
                throw e;
            }
            try {
                if (named.equals(List.of(l.fromDoc(), l.toDoc()))) {
                    return assemble(folder, alignmentFile, l, early.get(0), early.get(1));
                }
                early.forEach(ProjectStore::settle); // the head changed while we read: a save replaced the version
                return assemble(folder, alignmentFile, l, document(folder, alignmentFile, l.fromDoc()),
                        document(folder, alignmentFile, l.toDoc()));
            } catch (ProjectException e) {
                // a save in another process may have made a newer version current while we read:
                // its documents replaced ours; read the new version instead
                boolean replaced = !links.documentNames(alignmentFile).orElse(List.of())
                        .equals(List.of(l.fromDoc(), l.toDoc()));
                if (!replaced || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** True when the folder keeps a previous version ({@value #BACKUP_FILE}). */
    public static boolean hasBackup(Path folder) {
        return Files.isRegularFile(folder.resolve(BACKUP_FILE));
    }

    /** Loads the previous version kept by the last save; ProjectException naming the file when it cannot. */
    public Project loadBackup(Path folder) {
        Path backup = folder.resolve(BACKUP_FILE);
        if (!Files.isRegularFile(backup)) {
            throw new ProjectException(folder + ": no previous version (" + BACKUP_FILE + ")");
        }
        CesAlignFormat.Links l = links.read(backup);
        Path source = document(folder, backup, l.fromDoc());
        Path target = document(folder, backup, l.toDoc());
        Path legacySource = folder.resolve(SOURCE_FILE + ".bak");
        Path legacyTarget = folder.resolve(TARGET_FILE + ".bak");
        if (l.fromDoc().equals(SOURCE_FILE) && l.toDoc().equals(TARGET_FILE)
                && Files.isRegularFile(legacySource) && Files.isRegularFile(legacyTarget)) {
            source = legacySource; // a project saved by an older visavis kept each file's .bak
            target = legacyTarget;
        }
        return assemble(folder, backup, l, source, target);
    }

    /** The files of the current version: the link file and its two documents. */
    public List<Path> currentFiles(Path folder) {
        Path alignmentFile = folder.resolve(ALIGNMENT_FILE);
        List<String> names = links.documentNames(alignmentFile).orElseThrow(() -> new ProjectException(
                alignmentFile + ": not a cesAlign file (no <cesAlign><linkGrp fromDoc toDoc>)"));
        List<Path> files = new ArrayList<>(List.of(alignmentFile));
        for (String n : names) {
            files.add(document(folder, alignmentFile, n));
        }
        return files;
    }

    /**
     * What the saved version is, to tell whether someone else saved the project since: a digest
     * of the link file (which names its documents by content) and the size and time of each
     * document (older projects' {@code source.xml} can change under the same name).
     */
    public ProjectStamp stamp(Path folder) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder();
            List<Path> files = currentFiles(folder);
            try (InputStream in = new DigestInputStream(Files.newInputStream(files.get(0)), d)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            sb.append(HexFormat.of().formatHex(d.digest()));
            for (Path doc : files.subList(1, files.size())) {
                sb.append(' ').append(Files.size(doc)).append('@').append(Files.getLastModifiedTime(doc).toMillis());
            }
            return new ProjectStamp(sb.toString());
        } catch (IOException | ProjectException e) {
            return new ProjectStamp("unreadable: " + e.getMessage());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * True when writing {@code file} would replace one of the project's own files, its lock, its
     * backups or its recovery copy, whatever path leads there (links and {@code ..} are resolved
     * to the real folder before comparing).
     */
    public boolean isOwnFile(Path folder, Path file) {
        Path realFolder = RealPaths.of(folder);
        Path at = file.toAbsolutePath().normalize();
        List<Path> candidates = new ArrayList<>();
        Path parent = at.getParent();
        if (parent != null && at.getFileName() != null) {
            candidates.add(RealPaths.of(parent).resolve(at.getFileName().toString()));
        }
        if (Files.exists(at)) {
            candidates.add(RealPaths.of(at)); // a link at the output names a file elsewhere
        }
        List<String> named = new ArrayList<>();
        links.documentNames(folder.resolve(ALIGNMENT_FILE)).ifPresent(named::addAll);
        links.documentNames(folder.resolve(BACKUP_FILE)).ifPresent(named::addAll);
        for (Path c : candidates) {
            if (c.startsWith(realFolder.resolve(RecoveryStore.FOLDER))) {
                return true;
            }
            if (realFolder.equals(c.getParent())) {
                String name = c.getFileName().toString();
                if (OWN_FILES.matcher(name).matches() || named.contains(name)
                        || named.stream().anyMatch(n -> name.equals(n + ".new"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A document a link file names: a plain file name in the project folder, never a path leading out of it. */
    private static Path document(Path folder, Path linkFile, String name) {
        if (!isFileName(name)) {
            throw new ProjectException(linkFile + ": names the document \"" + name
                    + "\", which is not a file name in the project folder");
        }
        return folder.resolve(name);
    }

    private static boolean isFileName(String name) {
        return !(name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals(".."));
    }

    /** Waits for a read whose result is not wanted, so that no file stays open behind the caller; its error is not. */
    private static void settle(CompletableFuture<?> read) {
        try {
            read.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            // not wanted: the caller reports its own problem or reads the file again
        }
    }

    private Project assemble(Path folder, Path linkFile, CesAlignFormat.Links l, Path sourceFile, Path targetFile) {
        // the two documents are independent: read them side by side (a big project opens faster)
        return assemble(folder, linkFile, l, CompletableFuture.supplyAsync(() -> documents.read(sourceFile)),
                CompletableFuture.supplyAsync(() -> documents.read(targetFile)));
    }

    private static Project assemble(Path folder, Path linkFile, CesAlignFormat.Links l,
                                    CompletableFuture<SegmentedDocument> sourceRead,
                                    CompletableFuture<SegmentedDocument> targetRead) {
        SegmentedDocument target;
        SegmentedDocument source;
        try {
            target = joined(targetRead);
            source = joined(sourceRead);
        } catch (RuntimeException e) {
            settle(sourceRead);
            throw e;
        }
        try {
            return new Project(folder, new Alignment(source, target, l.beads()));
        } catch (IllegalArgumentException e) {
            throw new ProjectException(linkFile + ": the links do not match the documents: " + e.getMessage());
        }
    }

    private static SegmentedDocument joined(CompletableFuture<SegmentedDocument> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
