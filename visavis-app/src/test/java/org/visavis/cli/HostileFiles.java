package org.visavis.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Builds hostile files at test time (nothing binary is committed): office archives, zip and
 * gzip bombs, deeply nested documents, a PDF whose page content inflates to megabytes, sparse
 * giant files. Each builder writes one file and returns its path.
 */
final class HostileFiles {
    static final String ODT_NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
    static final String TEXT = "Debian GNU/Linux is a generalist Linux distribution, fit for everyone. "
            + "We invite you to discover all its facets, so that you can choose with full knowledge.";

    private HostileFiles() {
    }

    /** A zip whose entries are written in order; the first one named "mimetype" is stored, as ODF and EPUB want. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static Map<String, byte[]> odtEntries(String body) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", bytes("application/vnd.oasis.opendocument.text"));
        entries.put("META-INF/manifest.xml", bytes("<?xml version=\"1.0\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry "
                + "manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "</manifest:manifest>"));
        entries.put("content.xml", bytes(odtContent(body)));
        return entries;
    }

    static String odtContent(String body) {
        return "<?xml version=\"1.0\"?><office:document-content " + ODT_NS + "><office:body><office:text>"
                + body + "</office:text></office:body></office:document-content>";
    }

    static Path odt(Path file, String body) throws IOException {
        return zip(file, odtEntries(body));
    }

    static Path docx(Path file, String body) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", bytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>"));
        entries.put("_rels/.rels", bytes("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>"));
        entries.put("word/document.xml", bytes("<?xml version=\"1.0\"?><w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                + "</w:body></w:document>"));
        return zip(file, entries);
    }

    static String docxParagraph(String text) {
        return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static Path epub(Path file, String chapterBody) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", bytes("application/epub+zip"));
        entries.put("META-INF/container.xml", bytes("<?xml version=\"1.0\"?><container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"content.opf\" "
                + "media-type=\"application/oebps-package+xml\"/></rootfiles></container>"));
        entries.put("content.opf", bytes("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title></metadata>"
                + "<manifest><item id=\"c1\" href=\"c1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c1\"/></spine></package>"));
        entries.put("c1.xhtml", bytes("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title>"
                + "</head><body>" + chapterBody + "</body></html>"));
        return zip(file, entries);
    }

    /** {@code count} bytes of {@code unit} repeated: what a bomb unpacks to. */
    static byte[] repeated(String unit, int count) {
        byte[] u = bytes(unit);
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = u[i % u.length];
        }
        return out;
    }

    static String nested(String open, String close, int depth, String inside) {
        return open.repeat(depth) + inside + close.repeat(depth);
    }

    /** A one-page PDF whose content stream is {@code ops} repeated to {@code bytes}, deflated. */
    static Path pdfWithContent(Path file, String ops, int bytes) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream contents = new PDStream(doc, new java.io.ByteArrayInputStream(repeated(ops, bytes)), COSName.FLATE_DECODE);
            page.setContents(contents);
            doc.save(file.toFile());
        }
        return file;
    }

    static Path gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    /** A file of {@code size} bytes that takes no room on disk: a head, then zeros. */
    static Path sparse(Path file, String head, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(bytes(head));
            f.setLength(size);
        }
        return file;
    }

    static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Path write(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        return file;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
