package org.visavis.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The first entry of an ODF or EPUB package: a file named {@code mimetype}, stored uncompressed,
 * that readers sniff to recognise the format ({@code application/epub+zip}, ...).
 */
final class MimetypeEntry {
    private MimetypeEntry() {
    }

    static void writeFirst(ZipOutputStream zip, String mimetype) throws IOException {
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
}
