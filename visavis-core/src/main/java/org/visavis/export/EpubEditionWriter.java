package org.visavis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.visavis.model.Alignment;
import org.visavis.project.XmlText;

/**
 * Writes a bilingual edition as an EPUB 3 book: the HTML edition as one XHTML document (two
 * columns, a row per paragraph), and a table of contents made from the headings. The package is
 * written by hand: {@code mimetype} stored first, {@code META-INF/container.xml}, the OPF
 * package document and the navigation document.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     new EpubEditionWriter(ExportOptions.defaults()).write(alignment, "Foreword", out);
 * }
 * }</pre>
 */
public final class EpubEditionWriter {
    private static final String MIMETYPE = "application/epub+zip";

    private final ExportOptions options;

    public EpubEditionWriter(ExportOptions options) {
        this.options = options;
    }

    public void write(Alignment alignment, String title, OutputStream out) throws IOException {
        ZipPackage zip = new ZipPackage(out);
        zip.mimetype(MIMETYPE);
        zip.text("META-INF/container.xml", CONTAINER);
        zip.text("OEBPS/content.opf", packageDocument(alignment, title));
        zip.text("OEBPS/nav.xhtml", navigation(alignment, title));
        // EPUB reading systems page for themselves: the edition is always two columns
        zip.entry("OEBPS/edition.xhtml", w -> new HtmlEditionWriter(options.withLayout(EditionLayout.SIDE_BY_SIDE),
                HtmlEditionWriter.Markup.XHTML).write(alignment, title, w));
        zip.finish();
    }

    private static String packageDocument(Alignment a, String title) {
        // the same texts give the same identifier, so a re-export is the same book to a library
        String id = UUID.nameUUIDFromBytes((title + "\n" + a.source().texts() + "\n" + a.target().texts())
                .getBytes(StandardCharsets.UTF_8)).toString();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\""
                + esc(a.source().language().tag()) + "\">\n"
                + " <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "  <dc:identifier id=\"uid\">urn:uuid:" + id + "</dc:identifier>\n"
                + "  <dc:title>" + esc(title) + "</dc:title>\n"
                + "  <dc:language>" + esc(a.source().language().tag()) + "</dc:language>\n"
                + "  <dc:language>" + esc(a.target().language().tag()) + "</dc:language>\n"
                + "  <meta property=\"dcterms:modified\">" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "</meta>\n"
                + " </metadata>\n"
                + " <manifest>\n"
                + "  <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                + "  <item id=\"edition\" href=\"edition.xhtml\" media-type=\"application/xhtml+xml\"/>\n"
                + " </manifest>\n"
                + " <spine>\n  <itemref idref=\"edition\"/>\n </spine>\n"
                + "</package>\n";
    }

    /** The table of contents: the heading rows, source and translation side by side. */
    private static String navigation(Alignment a, String title) {
        StringBuilder items = new StringBuilder();
        List<ParagraphRow> rows = ParagraphRows.of(a);
        for (int r = 0; r < rows.size(); r++) {
            ParagraphRow row = rows.get(r);
            if (row.isHeading()) {
                String label = first(row.source()) + (row.source().isEmpty() || row.target().isEmpty() ? "" : " / ")
                        + first(row.target());
                items.append("   <li><a href=\"edition.xhtml#r").append(r + 1).append("\">").append(esc(label)).append("</a></li>\n");
            }
        }
        if (items.length() == 0) {
            items.append("   <li><a href=\"edition.xhtml\">").append(esc(title)).append("</a></li>\n");
        }
        String lang = esc(a.source().language().tag());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"" + lang
                + "\" xml:lang=\"" + lang + "\">\n<head><meta charset=\"utf-8\"/><title>" + esc(title) + "</title></head>\n<body>\n"
                + " <nav epub:type=\"toc\" id=\"toc\">\n  <h1>" + esc(title) + "</h1>\n  <ol>\n" + items + "  </ol>\n </nav>\n"
                + "</body>\n</html>\n";
    }

    private static String first(List<EditionParagraph> paragraphs) {
        return paragraphs.isEmpty() ? "" : paragraphs.get(0).text();
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }

    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
             <rootfiles>
              <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
             </rootfiles>
            </container>
            """;
}
