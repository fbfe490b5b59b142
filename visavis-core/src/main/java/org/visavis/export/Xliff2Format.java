package org.visavis.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.XmlText;

/**
 * Bilingual XLIFF 2.0 (core only, valid against the OASIS schema). Each bead is a
 * {@code <unit>} with one {@code <segment>}; each edition row (paragraph) is a {@code <group>}.
 * When a side of a bead holds several sentences, each is wrapped in a {@code <mrk>} so that the
 * sentence boundaries survive. Confirmed beads have {@code state="final"}; the confidence and the
 * status travel in attributes of our own namespace, which XLIFF tools keep and ignore.
 *
 * <pre>{@code
 * <group id="r2">
 *   <unit id="b2" vv:confidence="0.625" vv:status="auto">
 *     <segment state="translated">
 *       <source><mrk id="s1">Debian est libre.</mrk> <mrk id="s2">Elle est R&amp;D.</mrk></source>
 *       <target>Debian is free; it is R&amp;D.</target>
 * }</pre>
 *
 * {@link org.visavis.imports.Xliff2Reader} reads it back.
 */
public final class Xliff2Format {
    /** The XLIFF 2.0 core namespace. */
    public static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
    /** The namespace of visavis's own attributes (confidence, status). */
    public static final String VISAVIS_NS = "urn:visavis:alignment";
    /** The {@code type} of a group that holds a heading. */
    public static final String HEADING_TYPE = "visavis:heading";

    public void write(Alignment alignment, Writer out) throws IOException {
        SegmentedDocument src = alignment.source();
        SegmentedDocument tgt = alignment.target();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<xliff xmlns=\"" + XLIFF_NS + "\" xmlns:vv=\"" + VISAVIS_NS + "\" version=\"2.0\" srcLang=\""
                + esc(src.language().tag()) + "\" trgLang=\"" + esc(tgt.language().tag()) + "\">\n");
        out.write(" <file id=\"f1\" original=\"" + esc(src.name()) + "\">\n");
        List<Bead> beads = alignment.beads();
        List<ParagraphRow> rows = ParagraphRows.of(alignment);
        for (int r = 0; r < rows.size(); r++) {
            ParagraphRow row = rows.get(r);
            out.write("  <group id=\"r" + (r + 1) + "\"" + (row.isHeading() ? " type=\"" + HEADING_TYPE + "\"" : "") + ">\n");
            for (int k = row.firstBead(); k < row.firstBead() + row.beadCount(); k++) {
                Bead b = beads.get(k);
                boolean translated = !b.target().isEmpty();
                String state = b.isConfirmed() && translated ? "final" : translated ? "translated" : "initial";
                out.write("   <unit id=\"b" + (k + 1) + "\" vv:confidence=\""
                        + String.format(Locale.ROOT, "%.3f", b.confidence()) + "\" vv:status=\"" + b.status().word() + "\">\n");
                out.write("    <segment state=\"" + state + "\">\n");
                out.write("     <source>" + content(src, b.source(), "s") + "</source>\n");
                if (translated) {
                    out.write("     <target>" + content(tgt, b.target(), "t") + "</target>\n");
                }
                out.write("    </segment>\n   </unit>\n");
            }
            out.write("  </group>\n");
        }
        if (rows.isEmpty()) {
            // the schema wants at least one unit or group in a file; an empty group says "nothing"
            out.write("  <group id=\"empty\"/>\n");
        }
        out.write(" </file>\n</xliff>\n");
    }

    private static String content(SegmentedDocument doc, List<Integer> indexes, String idPrefix) {
        if (indexes.size() == 1) {
            return esc(doc.segments().get(indexes.get(0)).text());
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < indexes.size(); n++) {
            if (n > 0) {
                sb.append(' ');
            }
            sb.append("<mrk id=\"").append(idPrefix).append(n + 1).append("\">")
                    .append(esc(doc.segments().get(indexes.get(n)).text())).append("</mrk>");
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }
}
