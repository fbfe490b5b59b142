package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.InputLimit;
import org.visavis.pipeline.IngestException;
import org.visavis.project.ElementCursor;

/**
 * Checks a zip-based document (DOCX, ODT, EPUB) before Tika opens it: the number of entries,
 * what they unpack to (in all and against each entry's packed size: zip bombs) and how deep the
 * elements of its XML entries nest (20,000 tables in tables overflow any parser's stack). Bytes
 * are counted as they are unpacked, so an entry that lies about its size is caught too.
 *
 * <pre>{@code
 * ArchiveGuard.check(Path.of("book.odt"), "book.odt");  // IngestException past an InputLimit
 * }</pre>
 */
final class ArchiveGuard {
    /** An entry may unpack to this much before its ratio is judged: small entries compress freely. */
    private static final long RATIO_GRACE_BYTES = 1L << 20;
    private static final int BUFFER = 64 * 1024;

    private final String name;
    private final long maxUnpacked = InputLimit.UNPACKED_BYTES.value();
    private final long maxRatio = InputLimit.UNPACK_RATIO.value();
    private final long maxDepth = InputLimit.NESTING_DEPTH.value();
    private long unpacked;

    private ArchiveGuard(String name) {
        this.name = name;
    }

    /** Throws {@link IngestException} naming the file and the limit it passes; else returns quietly. */
    static void check(Path file, String name) {
        new ArchiveGuard(name).inspect(file);
    }

    private void inspect(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > InputLimit.ARCHIVE_ENTRIES.value()) {
                throw new IngestException(InputLimit.ARCHIVE_ENTRIES.exceeded(name,
                        "the archive has " + String.format(Locale.ROOT, "%,d", zip.size()) + " entries, more than"));
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = new Counted(zip.getInputStream(entry), entry)) {
                    if (isXml(entry.getName())) {
                        checkDepth(in, entry.getName());
                    }
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException e) {
            throw new IngestException(name + ": the file is damaged and cannot be read (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isXml(String entry) {
        String n = entry.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".xhtml") || n.endsWith(".html") || n.endsWith(".htm")
                || n.endsWith(".rels") || n.endsWith(".opf") || n.endsWith(".ncx");
    }

    /** Streams the entry's elements, counting depth only; XML errors are Tika's to report later. */
    private void checkDepth(InputStream in, String entry) {
        XMLStreamReader r = null;
        try {
            r = PackageXml.reader(in);
            int depth = 0;
            ElementCursor c = new ElementCursor(r);
            while (c.next()) {
                if (c.isStart() && ++depth > maxDepth) {
                    throw new IngestException(InputLimit.NESTING_DEPTH.exceeded(name,
                            "elements in " + entry + " nest more than"));
                } else if (!c.isStart()) {
                    depth--;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof IngestException ie) {
                throw ie;
            }
            // not well-formed, or an entity the parser will not expand: Tika says what is wrong
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the entry stream is closed by the caller
                }
            }
        }
    }

    /** Counts unpacked bytes against the limits as they are read. */
    private final class Counted extends InputStream {
        private final InputStream in;
        private final ZipEntry entry;
        private long read;

        Counted(InputStream in, ZipEntry entry) {
            this.in = in;
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, Math.min(len, BUFFER));
            if (n > 0) {
                read += n;
                unpacked += n;
                if (unpacked > maxUnpacked) {
                    throw new IngestException(InputLimit.UNPACKED_BYTES.exceeded(name, "the archive unpacks to more than"));
                }
                long packed = Math.max(1, entry.getCompressedSize());
                if (read > RATIO_GRACE_BYTES && read > packed * maxRatio) {
                    throw new IngestException(InputLimit.UNPACK_RATIO.exceeded(name, "the entry " + entry.getName()
                            + " (a zip bomb?) grows when unpacked more than"));
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
