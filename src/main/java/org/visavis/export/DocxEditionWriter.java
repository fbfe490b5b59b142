package org.visavis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.SegmentedDocument;

/**
 * Writes a bilingual edition as a Word document (DOCX) through Apache POI, the one class that
 * uses POI: a two-column table, source left and translation right, one row per
 * {@link ParagraphRow}, the header row repeated on each page. Headings use a "Heading 2" style
 * (so they show in Word's navigation pane); notes become real footnotes.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     new DocxEditionWriter().write(alignment, "Foreword", out);
 * }
 * }</pre>
 */
public final class DocxEditionWriter {
    static {
        // POI logs through Log4j; without a provider Log4j prints a warning on stderr for every
        // run of the command line. Its simple logger reports errors only, which is what we want.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private static final String HEADING_STYLE = "Heading2";
    private static final String TITLE_STYLE = "Title";

    public void write(Alignment alignment, String title, OutputStream out) throws IOException {
        SegmentedDocument src = alignment.source();
        SegmentedDocument tgt = alignment.target();
        try (XWPFDocument doc = new XWPFDocument()) {
            addStyles(doc);
            XWPFParagraph t = doc.createParagraph();
            t.setStyle(TITLE_STYLE);
            t.createRun().setText(clean(title));

            XWPFTable table = doc.createTable(1, 2);
            table.setWidthType(TableWidthType.PCT);
            table.setWidth("100%");
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            caption(header.getCell(0), src);
            caption(header.getCell(1), tgt);
            for (ParagraphRow row : ParagraphRows.of(alignment)) {
                XWPFTableRow r = table.createRow();
                fill(doc, r.getCell(0), row.source(), src.language());
                fill(doc, r.getCell(1), row.target(), tgt.language());
            }
            doc.write(out);
        }
    }

    private static void caption(XWPFTableCell cell, SegmentedDocument doc) {
        cell.setWidthType(TableWidthType.PCT);
        cell.setWidth("50%");
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setItalic(true);
        run.setFontSize(9);
        run.setText(clean(doc.name().isBlank() ? doc.language().tag() : doc.name() + " (" + doc.language().tag() + ")"));
    }

    private static void fill(XWPFDocument doc, XWPFTableCell cell, List<EditionParagraph> paragraphs, Language language) {
        cell.setWidthType(TableWidthType.PCT);
        cell.setWidth("50%");
        for (int i = 0; i < paragraphs.size(); i++) {
            EditionParagraph p = paragraphs.get(i);
            XWPFParagraph para = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            if (p.isHeading()) {
                para.setStyle(HEADING_STYLE);
            }
            XWPFRun run = para.createRun();
            run.setLang(language.tag());
            run.setText(clean(p.text()));
            for (Note n : p.notes()) {
                XWPFFootnote footnote = doc.createFootnote();
                XWPFParagraph fp = footnote.createParagraph();
                XWPFRun mark = fp.createRun();
                mark.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
                mark.getCTR().addNewFootnoteRef();
                XWPFRun text = fp.createRun();
                text.setLang(language.tag());
                text.setFontSize(9);
                text.setText(" " + clean(n.text()));
                para.addFootnoteReference(footnote);
            }
        }
    }

    private static void addStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(new XWPFStyle(style(HEADING_STYLE, "heading 2", 26, 1), styles));
        styles.addStyle(new XWPFStyle(style(TITLE_STYLE, "Title", 36, 0), styles));
    }

    private static CTStyle style(String id, String name, int halfPoints, int outlineLevel) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        var ppr = ct.addNewPPr();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        ppr.addNewKeepNext();
        var rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return ct;
    }

    /** Drops the characters XML 1.0 forbids, which POI would write as they are and Word refuse. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (!Character.isSurrogate(c) && (c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
