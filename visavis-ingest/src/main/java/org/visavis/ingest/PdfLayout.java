package org.visavis.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What a PDF's page layout tells that Tika's text does not, read with PDFBox in one pass over the
 * pages (alongside Tika's own reading): the lines set in a monospace font ({@link PdfMonospaceLines})
 * and the tables ({@link PdfTables}).
 *
 * <pre>{@code
 * PdfLayout layout = PdfLayout.read(Path.of("debian-reference.en.pdf"));
 * layout.monospace();   // for PdfCodeBlocks
 * layout.tables();      // for PdfTableBlocks
 * }</pre>
 *
 * A PDF that PDFBox cannot read here has neither: Tika reads it next and names the problem.
 */
record PdfLayout(PdfMonospaceLines monospace, PdfTables tables) {

    static PdfLayout read(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            Map<Object, Boolean> fonts = new IdentityHashMap<>();
            Map<Integer, Map<String, java.util.Deque<PdfMonospaceLines.Line>>> monospace = new HashMap<>();
            PdfTables tables = new PdfTables();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                List<PdfPageLines.Written> lines = PdfPageLines.of(doc, number);
                if (PdfMonospaceLines.hasMonospaceFont(page.getResources(), fonts)) {
                    monospace.put(number, PdfMonospaceLines.page(lines, fonts));
                }
                tables.page(number, lines);
            }
            return new PdfLayout(PdfMonospaceLines.of(monospace), tables);
        } catch (IOException | RuntimeException e) {
            return new PdfLayout(PdfMonospaceLines.none(), new PdfTables());
        }
    }
}
