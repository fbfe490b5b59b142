package org.visavis.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Note;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.XmlText;

/**
 * Writes a bilingual edition as one HTML file. On screen it shows two columns that stay in step
 * paragraph by paragraph. In print, {@link EditionLayout#SIDE_BY_SIDE} keeps the two columns on
 * each page, and {@link EditionLayout#FACING_PAGES} puts the source on the left-hand page and the
 * translation on the right-hand page, a spread at a time. Headings stay headings; footnotes are
 * numbered at the end of their paragraph and printed below it.
 *
 * <pre>{@code
 * new HtmlEditionWriter(ExportOptions.defaults()).write(alignment, "Foreword", writer);
 * }</pre>
 */
public final class HtmlEditionWriter {
    /** Who reads the markup: browsers and office suites, or EPUB reading systems (XHTML). */
    enum Markup {
        HTML,
        XHTML
    }

    private final ExportOptions options;
    private final Markup markup;

    public HtmlEditionWriter(ExportOptions options) {
        this(options, Markup.HTML);
    }

    HtmlEditionWriter(ExportOptions options, Markup markup) {
        this.options = options;
        this.markup = markup;
    }

    public void write(Alignment alignment, String title, Writer out) throws IOException {
        List<ParagraphRow> rows = ParagraphRows.of(alignment);
        SegmentedDocument src = alignment.source();
        SegmentedDocument tgt = alignment.target();
        String lang = esc(src.language().tag());
        if (markup == Markup.XHTML) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""
                    + " lang=\"" + lang + "\" xml:lang=\"" + lang + "\">\n");
        } else {
            out.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n");
        }
        // void elements closed with "/>": valid HTML and well-formed XML alike
        out.write("<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"visavis\"/>\n");
        out.write("<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n");
        boolean facing = options.layout() == EditionLayout.FACING_PAGES;
        out.write("<body class=\"" + (facing ? "facing-pages" : "side-by-side") + "\">\n");
        out.write("<h1 class=\"title\">" + esc(title) + "</h1>\n");
        NoteNumbers notes = new NoteNumbers();
        if (facing) {
            writeSpreads(rows, src, tgt, notes, out);
        } else {
            writeTable(rows, src, tgt, notes, out);
        }
        out.write("</body>\n</html>\n");
    }

    private void writeTable(List<ParagraphRow> rows, SegmentedDocument src, SegmentedDocument tgt,
            NoteNumbers notes, Writer out) throws IOException {
        out.write("<table class=\"edition\">\n<colgroup><col class=\"source\"/><col class=\"target\"/></colgroup>\n");
        out.write("<thead><tr><th lang=\"" + esc(src.language().tag()) + "\">" + esc(caption(src)) + "</th><th lang=\""
                + esc(tgt.language().tag()) + "\">" + esc(caption(tgt)) + "</th></tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            ParagraphRow row = rows.get(r);
            out.write("<tr id=\"r" + (r + 1) + "\"" + (row.isHeading() ? " class=\"heading\"" : "") + ">");
            // valign as well as the style sheet: LibreOffice's HTML import reads only the attribute,
            // which EPUB's XHTML does not allow
            String valign = markup == Markup.HTML ? " valign=\"top\"" : "";
            out.write("<td class=\"source\"" + valign + " lang=\"" + esc(src.language().tag()) + "\" dir=\"auto\">");
            writeParagraphs(row.source(), "s", notes, out);
            out.write("</td><td class=\"target\"" + valign + " lang=\"" + esc(tgt.language().tag()) + "\" dir=\"auto\">");
            writeParagraphs(row.target(), "t", notes, out);
            out.write("</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private static void writeSpreads(List<ParagraphRow> rows, SegmentedDocument src, SegmentedDocument tgt,
            NoteNumbers notes, Writer out) throws IOException {
        int spread = 0;
        for (List<ParagraphRow> group : Spreads.of(rows)) {
            spread++;
            out.write("<div class=\"spread\" id=\"spread" + spread + "\">\n");
            out.write("<section class=\"verso\" lang=\"" + esc(src.language().tag()) + "\" dir=\"auto\">\n");
            for (ParagraphRow row : group) {
                out.write("<div class=\"row\">");
                writeParagraphs(row.source(), "s", notes, out);
                out.write("</div>\n");
            }
            out.write("</section>\n<section class=\"recto\" lang=\"" + esc(tgt.language().tag()) + "\" dir=\"auto\">\n");
            for (ParagraphRow row : group) {
                out.write("<div class=\"row\">");
                writeParagraphs(row.target(), "t", notes, out);
                out.write("</div>\n");
            }
            out.write("</section>\n</div>\n");
        }
    }

    private static void writeParagraphs(List<EditionParagraph> paragraphs, String side, NoteNumbers numbers, Writer out)
            throws IOException {
        List<String> noteHtml = new ArrayList<>();
        for (EditionParagraph p : paragraphs) {
            String tag = p.isHeading() ? "h2" : "p";
            out.write("<" + tag + ">" + esc(p.text()));
            for (Note n : p.notes()) {
                String id = numbers.next(side);
                String label = n.label().isBlank() ? "*" : n.label();
                out.write("<sup class=\"note-ref\"><a href=\"#" + id + "\">" + esc(label) + "</a></sup>");
                noteHtml.add("<p class=\"note\" id=\"" + id + "\"><sup>" + esc(label) + "</sup> " + esc(n.text()) + "</p>");
            }
            out.write("</" + tag + ">");
        }
        if (!noteHtml.isEmpty()) {
            out.write("<aside class=\"notes\">" + String.join("", noteHtml) + "</aside>");
        }
    }

    private static String caption(SegmentedDocument doc) {
        return doc.name().isBlank() ? doc.language().tag() : doc.name() + " (" + doc.language().tag() + ")";
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }

    /** Unique ids for notes, per side: s-n1, s-n2, t-n1, ... */
    private static final class NoteNumbers {
        private int source;
        private int target;

        String next(String side) {
            return side + "-n" + (side.equals("s") ? ++source : ++target);
        }
    }

    private static final String STYLE = """
            body { font-family: "DejaVu Serif", Georgia, serif; line-height: 1.45; margin: 2em auto; max-width: 72em; }
            h1.title { text-align: center; font-size: 1.6em; }
            table.edition { width: 100%; border-collapse: collapse; table-layout: fixed; }
            table.edition col { width: 50%; }
            table.edition th { text-align: left; font-size: 0.8em; color: #555; border-bottom: 1px solid #999; }
            table.edition td { vertical-align: top; padding: 0.3em 0.8em; }
            td.source { border-right: 1px solid #ccc; }
            h2 { font-size: 1.2em; margin: 0.4em 0; }
            p { margin: 0 0 0.5em 0; }
            sup.note-ref a { text-decoration: none; }
            aside.notes { font-size: 0.85em; border-top: 1px solid #ccc; margin-top: 0.3em; }
            .spread { display: flex; }
            .spread > section { flex: 1 1 50%; padding: 0 1em; }
            .spread .row { margin-bottom: 0.5em; }
            @media print {
              @page { size: A4; margin: 2cm; }
              body { margin: 0; max-width: none; font-size: 11pt; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              .spread { display: block; }
              .verso { break-before: left; page-break-before: left; }
              .recto { break-before: right; page-break-before: right; }
            }
            """;
}
