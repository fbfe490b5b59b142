package org.visavis.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.ParagraphKind;
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
 * Reading also accepts XLIFF 2.0 from other tools: a unit without our attributes is one bead
 * whose sentences are its segments.
 */
public final class Xliff2Format {
    static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String VISAVIS_NS = "urn:visavis:alignment";
    private static final String HEADING_TYPE = "visavis:heading";

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

    /** Reads an XLIFF 2.0 file; the languages come from srcLang/trgLang unless given. */
    public Alignment read(Path file, Optional<Language> sourceLanguage, Optional<Language> targetLanguage) {
        return XmlInput.read(file, r -> read(r, file, sourceLanguage, targetLanguage));
    }

    private Alignment read(XMLStreamReader r, Path file, Optional<Language> sourceOption, Optional<Language> targetOption)
            throws XMLStreamException {
        AlignmentBuilder builder = new AlignmentBuilder();
        Language sourceLanguage = sourceOption.orElse(null);
        Language targetLanguage = targetOption.orElse(null);
        String original = file.getFileName().toString();
        boolean sawRoot = false;
        int groupDepth = 0;
        Unit unit = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "group" -> groupDepth--;
                    case "unit" -> {
                        if (unit != null) {
                            builder.bead(unit.source, unit.target, unit.confidence, unit.status);
                        }
                        unit = null;
                    }
                    default -> {
                        // other ends carry nothing
                    }
                }
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String el = r.getLocalName();
            int line = XmlInput.line(r);
            if (!sawRoot) {
                if (!el.equals("xliff") || !XLIFF_NS.equals(r.getNamespaceURI())) {
                    throw new ImportException(file + ": line " + line + ": not an XLIFF 2.0 file (root <" + el + ">)");
                }
                sawRoot = true;
                if (sourceLanguage == null) {
                    sourceLanguage = language(r.getAttributeValue(null, "srcLang"), "srcLang", file, line);
                }
                if (targetLanguage == null) {
                    targetLanguage = language(r.getAttributeValue(null, "trgLang"), "trgLang", file, line);
                }
                continue;
            }
            switch (el) {
                case "file" -> {
                    String o = r.getAttributeValue(null, "original");
                    if (o != null && !o.isBlank()) {
                        original = o;
                    }
                }
                case "group" -> {
                    groupDepth++;
                    builder.paragraph(HEADING_TYPE.equals(r.getAttributeValue(null, "type")) ? ParagraphKind.HEADING
                            : ParagraphKind.BODY);
                }
                case "unit" -> {
                    if (groupDepth == 0) {
                        builder.paragraph(ParagraphKind.BODY);
                    }
                    unit = new Unit(confidence(r.getAttributeValue(VISAVIS_NS, "confidence"), file, line),
                            r.getAttributeValue(VISAVIS_NS, "status"));
                }
                case "segment" -> {
                    if (unit != null) {
                        String state = r.getAttributeValue(null, "state");
                        if (unit.statusWord == null && "final".equals(state)) {
                            unit.status = BeadStatus.CONFIRMED;
                        }
                    }
                }
                case "ignorable" -> skip(r);
                case "source", "target" -> {
                    if (unit == null) {
                        throw new ImportException(file + ": line " + line + ": <" + el + "> outside a <unit>");
                    }
                    List<String> sentences = sentences(r);
                    (el.equals("source") ? unit.source : unit.target).addAll(sentences);
                }
                default -> {
                    // notes, originalData and module elements carry nothing an alignment keeps
                }
            }
        }
        if (!sawRoot) {
            throw new ImportException(file + ": not an XLIFF 2.0 file (empty)");
        }
        return builder.build(original, sourceLanguage, original, targetLanguage);
    }

    private static Language language(String tag, String attribute, Path file, int line) {
        if (tag == null) {
            throw new ImportException(file + ": line " + line + ": <xliff> has no " + attribute
                    + "; give the language with --source-lang/--target-lang");
        }
        try {
            return Language.parse(tag);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file + ": line " + line + ": " + attribute + ": " + e.getMessage());
        }
    }

    private static double confidence(String value, Path file, int line) {
        if (value == null) {
            return 1.0;
        }
        try {
            double c = Double.parseDouble(value);
            if (!(c >= 0 && c <= 1)) {
                throw new NumberFormatException();
            }
            return c;
        } catch (NumberFormatException e) {
            throw new ImportException(file + ": line " + line + ": vv:confidence must be a number in [0, 1]: " + value);
        }
    }

    /** The sentences of a source or target: its top-level {@code <mrk>}s, or its whole text as one. */
    private static List<String> sentences(XMLStreamReader r) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && r.getLocalName().equals("mrk")) {
                    flush(loose, out);
                    add(out, XmlInput.text(r, java.util.Set.of()));
                } else if (r.getLocalName().equals("cp")) {
                    loose.append(codePoint(r.getAttributeValue(null, "hex")));
                    depth++;
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                loose.append(r.getText());
            }
        }
        flush(loose, out);
        return out;
    }

    private static String codePoint(String hex) {
        try {
            return Character.toString(Integer.parseInt(hex, 16));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void flush(StringBuilder loose, List<String> out) {
        add(out, loose.toString());
        loose.setLength(0);
    }

    private static void add(List<String> out, String text) {
        String s = text.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        XmlInput.text(r, java.util.Set.of());
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }

    /** A unit being read. */
    private static final class Unit {
        final List<String> source = new ArrayList<>();
        final List<String> target = new ArrayList<>();
        final double confidence;
        final String statusWord;
        BeadStatus status;

        Unit(double confidence, String statusWord) {
            this.confidence = confidence;
            this.statusWord = statusWord;
            this.status = "confirmed".equals(statusWord) ? BeadStatus.CONFIRMED : BeadStatus.AUTO;
        }
    }
}
