package org.visavis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip package being written, the bilingual editions' DOCX, ODT and EPUB: entries of UTF-8
 * text, each through the one writer, flushed before the entry closes.
 *
 * <pre>{@code
 * ZipPackage zip = new ZipPackage(out);
 * zip.mimetype("application/vnd.oasis.opendocument.text");   // ODF and EPUB: the first entry
 * zip.text("styles.xml", STYLES);
 * zip.entry("content.xml", w -> content(alignment, w));
 * zip.finish();
 * }</pre>
 */
final class ZipPackage {
    /** Writes an entry's text. */
    @FunctionalInterface
    interface Body {
        void write(Writer w) throws IOException;
    }

    private final ZipOutputStream zip;
    private final Writer w;

    ZipPackage(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    /**
     * The first entry of an ODF or EPUB package: a file named {@code mimetype}, stored
     * uncompressed, that readers sniff to recognise the format ({@code application/epub+zip}, ...).
     */
    void mimetype(String mimetype) throws IOException {
        byte[] bytes = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(bytes);
        zip.closeEntry();
    }

    void text(String name, String content) throws IOException {
        entry(name, writer -> writer.write(content));
    }

    void entry(String name, Body body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        body.write(w);
        w.flush();
        zip.closeEntry();
    }

    /** Writes the zip's directory; the stream stays open, its owner closes it. */
    void finish() throws IOException {
        zip.finish();
        zip.flush();
    }
}
