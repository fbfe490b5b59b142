package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.visavis.model.InputLimit;
import org.visavis.pipeline.IngestException;

/**
 * Checks what a PDF's page contents decode to before Tika extracts the text: a content stream
 * that inflates to tens of megabytes of drawing operators makes the text extraction hold
 * millions of glyphs of one page in memory (an OutOfMemoryError after minutes). The streams of
 * each page and of the forms it draws are decoded and counted, never kept.
 *
 * <pre>{@code
 * PdfStreamGuard.check(Path.of("book.pdf"), "book.pdf");  // IngestException past visavis.max-pdf-stream-bytes
 * }</pre>
 *
 * A PDF that PDFBox cannot open here is left to Tika, which names the problem.
 */
final class PdfStreamGuard {
    /** Forms drawn by forms drawn by...: deeper than this is left to the extraction's own guard. */
    private static final int MAX_FORM_DEPTH = 16;

    private final String name;
    private final long maxBytes = InputLimit.PDF_STREAM_BYTES.value();
    private final Set<Object> seenForms = Collections.newSetFromMap(new IdentityHashMap<>());

    private PdfStreamGuard(String name) {
        this.name = name;
    }

    static void check(Path file, String name) {
        new PdfStreamGuard(name).inspect(file);
    }

    private void inspect(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                long bytes = 0;
                for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                    bytes += decodedSize(it.next(), maxBytes - bytes, number);
                }
                checkForms(page.getResources(), number, 0);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof IngestException ie) {
                throw ie;
            }
            // damaged or encrypted: Tika reads it next and reports what is wrong
        }
    }

    private void checkForms(PDResources resources, int page, int depth) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        for (COSName xobjectName : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(xobjectName);
            if (x instanceof PDFormXObject form && seenForms.add(form.getCOSObject())) {
                decodedSize(form.getContentStream(), maxBytes, page);
                checkForms(form.getResources(), page, depth + 1);
            }
        }
    }

    /** Decoded length of a stream, reading at most {@code budget} bytes before refusing. */
    private long decodedSize(PDStream stream, long budget, int page) throws IOException {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = stream.createInputStream()) {
            int r;
            while ((r = in.read(buffer)) > 0) {
                n += r;
                if (n > budget) {
                    throw new IngestException(InputLimit.PDF_STREAM_BYTES.exceeded(name,
                            "page " + page + " has drawing instructions of more than"));
                }
            }
        }
        return n;
    }
}
