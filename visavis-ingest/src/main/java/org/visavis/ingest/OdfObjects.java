package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The objects embedded in an ODF document (charts, formulas, OLE documents) are sub-documents in
 * folders of their own ({@code Object 1/content.xml}), and Tika's ODF parser reads every
 * {@code content.xml} as if it were the document's text: a chart's labels would become
 * sentences. {@link #withoutObjects} copies the archive without them, for Tika to read instead.
 *
 * <pre>{@code
 * if (OdfObjects.has(file)) { Path copy = OdfObjects.withoutObjects(file); ... Files.delete(copy); }
 * }</pre>
 */
final class OdfObjects {
    private OdfObjects() {
    }

    /** A sub-document's text or styles: what Tika would read, in a folder (the document's own sit at the top). */
    static boolean isObjectPart(String entry) {
        return entry.indexOf('/') > 0 && (entry.endsWith("content.xml") || entry.endsWith("styles.xml"));
    }

    static boolean has(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().anyMatch(e -> isObjectPart(e.getName()));
        }
    }

    /** A temporary copy without the embedded objects' XML; the caller deletes it. */
    static Path withoutObjects(Path file) throws IOException {
        Path copy = Files.createTempFile("visavis-odf", ".odt");
        try (ZipFile zip = new ZipFile(file.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isObjectPart(entry.getName())) {
                    continue;
                }
                ZipEntry kept = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    kept.setMethod(ZipEntry.STORED);
                    kept.setSize(entry.getSize());
                    kept.setCompressedSize(entry.getSize());
                    kept.setCrc(entry.getCrc());
                }
                out.putNextEntry(kept);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return copy;
    }
}
