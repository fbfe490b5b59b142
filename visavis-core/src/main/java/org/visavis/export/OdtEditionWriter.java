package org.visavis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.XmlText;

/**
 * Writes a bilingual edition as an OpenDocument text (ODT) that LibreOffice and Word open. Side
 * by side, it is a two-column table, source left and translation right, one row per
 * {@link ParagraphRow}, the header row repeated on each page. On facing pages, each spread of
 * rows puts the source on a left-hand page ("Left Page" style) and the translation on the
 * right-hand page facing it ("Right Page"); the office suite adds a blank page where a side runs
 * over. Headings use the "Heading 2" style; notes become real footnotes. The ODF package is
 * written by hand (it is four small files), the {@code mimetype} entry stored first as the
 * specification asks.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     new OdtEditionWriter(ExportOptions.defaults().withLayout(EditionLayout.FACING_PAGES)).write(alignment, "Foreword", out);
 * }
 * }</pre>
 */
public final class OdtEditionWriter {
    private final EditionLayout layout;

    /** Side by side. */
    public OdtEditionWriter() {
        this(ExportOptions.defaults());
    }

    public OdtEditionWriter(ExportOptions options) {
        this.layout = options.layout();
    }

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";

    public void write(Alignment alignment, String title, OutputStream out) throws IOException {
        ZipPackage zip = new ZipPackage(out);
        zip.mimetype(MIMETYPE);
        zip.text("META-INF/manifest.xml", MANIFEST);
        zip.text("meta.xml", meta(title));
        zip.text("styles.xml", STYLES);
        zip.entry("content.xml", w -> content(alignment, title, layout, w));
        zip.finish();
    }

    private static void content(Alignment alignment, String title, EditionLayout layout, Writer w) throws IOException {
        SegmentedDocument src = alignment.source();
        SegmentedDocument tgt = alignment.target();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NS + " office:version=\"1.3\">\n");
        w.write("<office:automatic-styles>\n");
        w.write("<style:style style:name=\"Edition\" style:family=\"table\"><style:table-properties style:width=\"17cm\""
                + " table:align=\"margins\"/></style:style>\n");
        w.write("<style:style style:name=\"Edition.A\" style:family=\"table-column\"><style:table-column-properties"
                + " style:column-width=\"8.5cm\" style:rel-column-width=\"1*\"/></style:style>\n");
        w.write("<style:style style:name=\"Edition.A1\" style:family=\"table-cell\"><style:table-cell-properties"
                + " fo:padding=\"0.12cm\" fo:border=\"none\"/></style:style>\n");
        languageStyles(w, "Src", src.language(), "Left_20_Page");
        languageStyles(w, "Tgt", tgt.language(), "Right_20_Page");
        w.write("</office:automatic-styles>\n<office:body>\n<office:text>\n");
        w.write("<text:p text:style-name=\"Title\">" + esc(title) + "</text:p>\n");
        int[] noteId = {0};
        if (layout == EditionLayout.FACING_PAGES) {
            for (List<ParagraphRow> spread : Spreads.of(ParagraphRows.of(alignment))) {
                page(w, "Src", spread.stream().flatMap(r -> r.source().stream()).toList(), noteId);
                page(w, "Tgt", spread.stream().flatMap(r -> r.target().stream()).toList(), noteId);
            }
            w.write("</office:text>\n</office:body>\n</office:document-content>\n");
            return;
        }
        w.write("<table:table table:name=\"Edition\" table:style-name=\"Edition\">\n");
        w.write("<table:table-column table:style-name=\"Edition.A\" table:number-columns-repeated=\"2\"/>\n");
        w.write("<table:table-header-rows><table:table-row>");
        headerCell(w, "Src", caption(src));
        headerCell(w, "Tgt", caption(tgt));
        w.write("</table:table-row></table:table-header-rows>\n");
        for (ParagraphRow row : ParagraphRows.of(alignment)) {
            w.write("<table:table-row>");
            cell(w, "Src", row.source(), noteId);
            cell(w, "Tgt", row.target(), noteId);
            w.write("</table:table-row>\n");
        }
        w.write("</table:table>\n</office:text>\n</office:body>\n</office:document-content>\n");
    }

    /**
     * Paragraph styles carrying each side's language, so spelling and hyphenation follow it; the
     * "Page" ones also open the side's page (left for the source, right for the translation).
     */
    private static void languageStyles(Writer w, String prefix, Language language, String masterPage) throws IOException {
        String lang = " fo:language=\"" + esc(language.code()) + "\""
                + language.region().map(r -> " fo:country=\"" + esc(r) + "\"").orElse("");
        w.write("<style:style style:name=\"" + prefix + "\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\">"
                + "<style:text-properties" + lang + "/></style:style>\n");
        w.write("<style:style style:name=\"" + prefix + "H\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_2\">"
                + "<style:text-properties" + lang + "/></style:style>\n");
        w.write("<style:style style:name=\"" + prefix + "Cap\" style:family=\"paragraph\" style:parent-style-name=\"Table_20_Heading\">"
                + "<style:text-properties" + lang + "/></style:style>\n");
        w.write("<style:style style:name=\"" + prefix + "Page\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\""
                + " style:master-page-name=\"" + masterPage + "\"><style:text-properties" + lang + "/></style:style>\n");
        w.write("<style:style style:name=\"" + prefix + "HPage\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_2\""
                + " style:master-page-name=\"" + masterPage + "\"><style:text-properties" + lang + "/></style:style>\n");
    }

    /** One side of a spread: its first paragraph opens the side's page. */
    private static void page(Writer w, String prefix, List<EditionParagraph> paragraphs, int[] noteId) throws IOException {
        if (paragraphs.isEmpty()) {
            // an untranslated spread still takes its page, so the next spread stays in step
            w.write("<text:p text:style-name=\"" + prefix + "Page\"/>\n");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String style = i == 0 ? "Page" : "";
            paragraph(w, prefix, style, paragraphs.get(i), noteId);
            w.write("\n");
        }
    }

    private static void headerCell(Writer w, String prefix, String text) throws IOException {
        w.write("<table:table-cell table:style-name=\"Edition.A1\" office:value-type=\"string\"><text:p text:style-name=\""
                + prefix + "Cap\">" + esc(text) + "</text:p></table:table-cell>");
    }

    private static void cell(Writer w, String prefix, List<EditionParagraph> paragraphs, int[] noteId) throws IOException {
        w.write("<table:table-cell table:style-name=\"Edition.A1\" office:value-type=\"string\">");
        if (paragraphs.isEmpty()) {
            w.write("<text:p text:style-name=\"" + prefix + "\"/>");
        }
        for (EditionParagraph p : paragraphs) {
            paragraph(w, prefix, "", p, noteId);
        }
        w.write("</table:table-cell>");
    }

    /** A paragraph or heading in the side's style ({@code prefix}, plus "Page" to open the side's page). */
    private static void paragraph(Writer w, String prefix, String page, EditionParagraph p, int[] noteId) throws IOException {
        if (p.isHeading()) {
            w.write("<text:h text:style-name=\"" + prefix + "H" + page + "\" text:outline-level=\"2\">");
        } else {
            w.write("<text:p text:style-name=\"" + prefix + page + "\">");
        }
        w.write(esc(p.text()));
        for (Note n : p.notes()) {
            noteId[0]++;
            String label = n.label().isBlank() ? "*" : n.label();
            w.write("<text:note text:id=\"ftn" + noteId[0] + "\" text:note-class=\"footnote\"><text:note-citation"
                    + " text:label=\"" + esc(label) + "\">" + esc(label) + "</text:note-citation><text:note-body>"
                    + "<text:p text:style-name=\"Footnote\">" + esc(n.text()) + "</text:p></text:note-body></text:note>");
        }
        w.write(p.isHeading() ? "</text:h>" : "</text:p>");
    }

    private static String caption(SegmentedDocument doc) {
        return doc.name().isBlank() ? doc.language().tag() : doc.name() + " (" + doc.language().tag() + ")";
    }

    private static String meta(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NS + " office:version=\"1.3\">"
                + "<office:meta><meta:generator>visavis</meta:generator><dc:title>" + esc(title) + "</dc:title>"
                + "</office:meta></office:document-meta>\n";
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NS
            + " office:version=\"1.3\">\n" + """
            <office:styles>
             <style:default-style style:family="paragraph">
              <style:text-properties fo:font-family="'DejaVu Serif'" fo:font-size="11pt"/>
             </style:default-style>
             <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
             <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
              <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="125%"/>
             </style:style>
             <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
              <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
              <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
             </style:style>
             <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
              <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
              <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/>
             </style:style>
             <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
              <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
             </style:style>
             <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
              <style:text-properties fo:font-size="9pt"/>
             </style:style>
            </office:styles>
            <office:automatic-styles>
             <style:page-layout style:name="pm1">
              <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
             </style:page-layout>
             <style:page-layout style:name="pmLeft" style:page-usage="left">
              <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
             </style:page-layout>
             <style:page-layout style:name="pmRight" style:page-usage="right">
              <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
             </style:page-layout>
            </office:automatic-styles>
            <office:master-styles>
             <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
             <style:master-page style:name="Left_20_Page" style:display-name="Left Page" style:page-layout-name="pmLeft" style:next-style-name="Standard"/>
             <style:master-page style:name="Right_20_Page" style:display-name="Right Page" style:page-layout-name="pmRight" style:next-style-name="Standard"/>
            </office:master-styles>
            </office:document-styles>
            """;
}
