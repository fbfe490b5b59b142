package org.visavis.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.visavis.model.Alignment;
import org.visavis.model.SegmentedDocument;

/**
 * Writes a version of a project as a set, so that a kill or a failed write at any moment leaves
 * the previous version or the new one, whole. The two documents are written under names taken
 * from their content ({@code source-3f9a….xml}), beside the ones in use, never over them; the
 * link file {@code alignment.xml}, which names its two documents, is then renamed into place:
 * that single rename is the moment the new version becomes current. Before it,
 * {@code alignment.xml.bak} is made the version being replaced (one rename too). Documents
 * neither version names are deleted last.
 *
 * <p>Called by {@link ProjectStore} under the project lock, and for the editor's recovery copy.
 */
final class ProjectWriter {
    /** Our document names: content-named ones, the flat names of older projects, their temporaries and backups. */
    private static final Pattern DOCUMENT_FILES =
            Pattern.compile("(source|target)(-[0-9a-f]{16})?\\.xml(\\.bak)?(\\.new)?");

    private final XcesDocumentFormat documents = new XcesDocumentFormat();
    private final CesAlignFormat links = new CesAlignFormat();

    void write(Path folder, Alignment a, AtomicFiles.BackupPolicy backup) {
        Path dir = folder.toAbsolutePath().normalize();
        byte[] source = xces(a.source());
        byte[] target = xces(a.target());
        String sourceName = "source-" + digest(source) + ".xml";
        String targetName = "target-" + digest(target) + ".xml";
        Path current = dir.resolve(ProjectStore.ALIGNMENT_FILE);
        boolean replacing = Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS);
        putDocument(dir.resolve(sourceName), source);
        putDocument(dir.resolve(targetName), target);
        var linkFile = new CesAlignFormat.Links(sourceName, targetName, a.beads());
        Path staged = AtomicFiles.stage(current, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            links.write(linkFile, w);
            w.flush();
        });
        if (backup == AtomicFiles.BackupPolicy.KEEP_BAK && replacing) {
            // an older project kept its documents' backups as source.xml.bak and target.xml.bak;
            // the backup made next names its documents itself, so those would only mislead
            AtomicFiles.delete(dir.resolve(ProjectStore.SOURCE_FILE + ".bak"));
            AtomicFiles.delete(dir.resolve(ProjectStore.TARGET_FILE + ".bak"));
            AtomicFiles.keepBackup(current);
        }
        AtomicFiles.rename(staged, current); // the new version is current from here on
        collectGarbage(dir, Set.of(sourceName, targetName));
    }

    /** Writes a document under its content name, unless a whole file of that name is there already. */
    private static void putDocument(Path file, byte[] content) {
        BasicFileAttributes there = AtomicFiles.attributesOrNull(file);
        if (there != null && there.isRegularFile() && there.size() == content.length) {
            return; // its name is its content's digest, and it was renamed into place only once complete
        }
        AtomicFiles.replace(AtomicFiles.stage(file, os -> os.write(content)), file, AtomicFiles.BackupPolicy.NO_BAK);
    }

    /** Deletes our document files that neither the current version nor its backup names. */
    private void collectGarbage(Path dir, Set<String> current) {
        Set<String> keep = new HashSet<>(current);
        Path backup = dir.resolve(ProjectStore.BACKUP_FILE);
        List<String> backupDocs = links.documentNames(backup).orElse(List.of());
        keep.addAll(backupDocs);
        if (backupDocs.equals(List.of(ProjectStore.SOURCE_FILE, ProjectStore.TARGET_FILE))) {
            keep.add(ProjectStore.SOURCE_FILE + ".bak");
            keep.add(ProjectStore.TARGET_FILE + ".bak");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (DOCUMENT_FILES.matcher(name).matches() && !keep.contains(name)) {
                    AtomicFiles.delete(f);
                }
            }
        } catch (IOException e) {
            throw new ProjectException(dir + ": saved, but cannot tidy the old versions (" + AtomicFiles.describe(e) + ")",
                    e);
        }
    }

    private byte[] xces(SegmentedDocument doc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            documents.write(doc, w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The first 64 bits of the SHA-256 of the content, in hex: a name that changes with the content. */
    static String digest(byte[] content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
