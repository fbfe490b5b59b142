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
 * Writes a bilingual edition as a Word document (DOCX) that Word and LibreOffice open. Side by
 * side, it is a two-column table, source left and translation right, one row per
 * {@link ParagraphRow}, the header row repeated on each page. On facing pages, each spread of
 * rows puts the source in a section that starts on a left-hand (even) page and the translation in
 * one that starts on the right-hand page facing it. Headings use the "Heading 2" style (so they show in Word's
 * navigation pane); notes become real footnotes, numbered by Word. Each run carries its
 * side's language, so spelling and hyphenation follow it.
 *
 * <p>The WordprocessingML package is written by hand, like the ODT: Apache POI (on the class
 * path through Tika) took 20 seconds for 20,000 beads, this takes well under one.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     new DocxEditionWriter().write(alignment, "Foreword", out);
 * }
 * }</pre>
 */
public final class DocxEditionWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String PAGE = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\""
            + " w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>";

    private final EditionLayout layout;

    /** Side by side. */
    public DocxEditionWriter() {
        this(ExportOptions.defaults());
    }

    public DocxEditionWriter(ExportOptions options) {
        this.layout = options.layout();
    }

    public void write(Alignment alignment, String title, OutputStream out) throws IOException {
        ZipPackage zip = new ZipPackage(out);
        zip.text("[Content_Types].xml", CONTENT_TYPES);
        zip.text("_rels/.rels", ROOT_RELS);
        zip.text("docProps/core.xml", core(title));
        zip.text("word/_rels/document.xml.rels", DOCUMENT_RELS);
        zip.text("word/styles.xml", STYLES);
        zip.text("word/settings.xml", SETTINGS);
        StringBuilder footnotes = new StringBuilder();
        zip.entry("word/document.xml", w -> {
            if (layout == EditionLayout.FACING_PAGES) {
                facingPages(alignment, title, w, footnotes);
            } else {
                document(alignment, title, w, footnotes);
            }
        });
        zip.text("word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes xmlns:w=\""
                + W + "\">" + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p>"
                + "</w:footnote>" + footnotes + "</w:footnotes>\n");
        zip.finish();
    }

    private static void document(Alignment alignment, String title, Writer w, StringBuilder footnotes) throws IOException {
        SegmentedDocument src = alignment.source();
        SegmentedDocument tgt = alignment.target();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\"><w:body>\n");
        w.write("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>" + run(title, null) + "</w:p>\n");
        w.write("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>"
                + "<w:tblCellMar><w:left w:w=\"113\" w:type=\"dxa\"/><w:right w:w=\"113\" w:type=\"dxa\"/></w:tblCellMar>"
                + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"4819\"/><w:gridCol w:w=\"4819\"/></w:tblGrid>\n");
        w.write("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        w.write(cellStart() + "<w:p><w:pPr><w:pStyle w:val=\"TableHeading\"/></w:pPr>" + run(caption(src), src.language())
                + "</w:p></w:tc>");
        w.write(cellStart() + "<w:p><w:pPr><w:pStyle w:val=\"TableHeading\"/></w:pPr>" + run(caption(tgt), tgt.language())
                + "</w:p></w:tc></w:tr>\n");
        int[] noteId = {0};
        for (ParagraphRow row : ParagraphRows.of(alignment)) {
            w.write("<w:tr>");
            cell(w, row.source(), src.language(), footnotes, noteId);
            cell(w, row.target(), tgt.language(), footnotes, noteId);
            w.write("</w:tr>\n");
        }
        // Word wants a paragraph after a table at the end of a document
        w.write("</w:tbl>\n<w:p/>\n<w:sectPr>" + PAGE + "</w:sectPr>\n");
        w.write("</w:body></w:document>\n");
    }

    /**
     * Each spread's source as a section that starts on an even (left-hand) page, its translation
     * as a section that starts on the odd page facing it. A section's properties sit in its last
     * paragraph; the last section's in the body.
     */
    private static void facingPages(Alignment alignment, String title, Writer w, StringBuilder footnotes) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W + "\"><w:body>\n");
        w.write("<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:sectPr>" + PAGE + "</w:sectPr></w:pPr>" + run(title, null) + "</w:p>\n");
        int[] noteId = {0};
        List<List<ParagraphRow>> spreads = Spreads.of(ParagraphRows.of(alignment));
        String lastSection = "";
        for (int i = 0; i < spreads.size(); i++) {
            List<ParagraphRow> spread = spreads.get(i);
            boolean last = i + 1 == spreads.size();
            section(w, spread.stream().flatMap(r -> r.source().stream()).toList(), alignment.source().language(), footnotes,
                    noteId, sectionBreak("evenPage"));
            String recto = sectionBreak("oddPage");
            section(w, spread.stream().flatMap(r -> r.target().stream()).toList(), alignment.target().language(), footnotes,
                    noteId, last ? "" : recto);
            lastSection = last ? recto : "";
        }
        w.write(lastSection.isEmpty() ? "<w:sectPr>" + PAGE + "</w:sectPr>\n" : lastSection + "\n");
        w.write("</w:body></w:document>\n");
    }

    private static String sectionBreak(String startsOn) {
        return "<w:sectPr><w:type w:val=\"" + startsOn + "\"/>" + PAGE + "</w:sectPr>";
    }

    /** The paragraphs of one side of a spread; the last carries the section's properties. */
    private static void section(Writer w, List<EditionParagraph> paragraphs, Language language, StringBuilder footnotes,
            int[] noteId, String sectPr) throws IOException {
        if (paragraphs.isEmpty()) {
            // an untranslated spread still takes its page, so the next spread stays in step
            w.write("<w:p>" + (sectPr.isEmpty() ? "" : "<w:pPr>" + sectPr + "</w:pPr>") + "</w:p>\n");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraph(w, paragraphs.get(i), language, footnotes, noteId, i + 1 == paragraphs.size() ? sectPr : "");
            w.write("\n");
        }
    }

    private static String cellStart() {
        return "<w:tc><w:tcPr><w:tcW w:w=\"2500\" w:type=\"pct\"/></w:tcPr>";
    }

    private static void cell(Writer w, List<EditionParagraph> paragraphs, Language language, StringBuilder footnotes,
            int[] noteId) throws IOException {
        w.write(cellStart());
        if (paragraphs.isEmpty()) {
            w.write("<w:p/>");
        }
        for (EditionParagraph p : paragraphs) {
            paragraph(w, p, language, footnotes, noteId, "");
        }
        w.write("</w:tc>");
    }

    /** A paragraph or heading with its footnotes; {@code sectPr} ends a section there when not empty. */
    private static void paragraph(Writer w, EditionParagraph p, Language language, StringBuilder footnotes, int[] noteId,
            String sectPr) throws IOException {
        w.write("<w:p>");
        if (p.isHeading() || !sectPr.isEmpty()) {
            w.write("<w:pPr>" + (p.isHeading() ? "<w:pStyle w:val=\"Heading2\"/>" : "") + sectPr + "</w:pPr>");
        }
        w.write(run(p.text(), language));
        for (Note n : p.notes()) {
            int id = ++noteId[0];
            // Word numbers footnotes itself (1, 2, ... across both sides); custom marks that
            // would keep the note's own label are drawn twice by LibreOffice
            w.write("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"" + id
                    + "\"/></w:r>");
            footnotes.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/>")
                    .append("</w:pPr><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>")
                    .append(run(" " + n.text(), language)).append("</w:p></w:footnote>");
        }
        w.write("</w:p>");
    }

    private static String run(String text, Language language) {
        String props = language == null ? "" : "<w:rPr><w:lang w:val=\"" + esc(language.tag()) + "\"/></w:rPr>";
        // Word reads a tab or line break in w:t as a space anyway; say so explicitly
        return "<w:r>" + props + "<w:t xml:space=\"preserve\">" + esc(text.replaceAll("[\\t\\r\\n]", " ")) + "</w:t></w:r>";
    }

    private static String caption(SegmentedDocument doc) {
        return doc.name().isBlank() ? doc.language().tag() : doc.name() + " (" + doc.language().tag() + ")";
    }

    private static String core(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + esc(title) + "</dc:title>"
                + "<dc:creator>visavis</dc:creator></cp:coreProperties>\n";
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
            <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
            <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
            </Types>
            """;

    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
            </Relationships>
            """;

    private static final String DOCUMENT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
            </Relationships>
            """;

    private static final String SETTINGS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
            </w:settings>
            """;

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults>
             <w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:cs="DejaVu Serif" w:eastAsia="DejaVu Serif"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>
             <w:pPrDefault><w:pPr><w:spacing w:after="113" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
            </w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>
             <w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
             <w:pPr><w:keepNext/><w:spacing w:before="113"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/>
             <w:rPr><w:i/><w:sz w:val="18"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>
             <w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
            </w:styles>
            """;
}
