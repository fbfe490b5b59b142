package org.visavis.imports;

import static org.visavis.export.Xliff2Format.HEADING_TYPE;
import static org.visavis.export.Xliff2Format.VISAVIS_NS;
import static org.visavis.export.Xliff2Format.XLIFF_NS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.Alignment;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.ParagraphKind;
import org.visavis.project.ElementCursor;

/**
 * Reads bilingual XLIFF 2.0 as {@link org.visavis.export.Xliff2Format} writes it (a bead a
 * {@code <unit>}, a paragraph a {@code <group>}, sentences in {@code <mrk>}, confidence and status
 * in visavis attributes), and XLIFF 2.0 from other tools: a unit without our attributes is one
 * bead whose sentences are its segments.
 */
public final class Xliff2Reader {

    /** Reads an XLIFF 2.0 file; the languages come from srcLang/trgLang unless given. */
    public Alignment read(Path file, Optional<Language> sourceLanguage, Optional<Language> targetLanguage) {
        return XmlInput.read(file, r -> read(r, file, sourceLanguage, targetLanguage));
    }

    private Alignment read(XMLStreamReader r, Path file, Optional<Language> sourceOption, Optional<Language> targetOption)
            throws XMLStreamException {
        Reading reading = new Reading(file, sourceOption.orElse(null), targetOption.orElse(null));
        ElementCursor c = new ElementCursor(r);
        while (c.next()) {
            if (!c.isStart()) {
                reading.end(c.name());
            } else if (c.isRoot()) {
                reading.root(c);
            } else {
                reading.start(c, r);
            }
        }
        if (!c.sawRoot()) {
            throw new ImportException(file + ": not an XLIFF 2.0 file (empty)");
        }
        return reading.alignment();
    }

    /** One file being read: the beads so far, the unit and the groups open, the languages and the original's name. */
    private static final class Reading {
        private final Path file;
        private final AlignmentBuilder builder = new AlignmentBuilder();
        private Language sourceLanguage;
        private Language targetLanguage;
        private String original;
        private int groupDepth;
        private Unit unit;

        Reading(Path file, Language sourceLanguage, Language targetLanguage) {
            this.file = file;
            this.sourceLanguage = sourceLanguage;
            this.targetLanguage = targetLanguage;
            this.original = file.getFileName().toString();
        }

        /** {@code <xliff>}: the languages it names, unless given. */
        void root(ElementCursor c) {
            String el = c.name();
            int line = c.line();
            if (!el.equals("xliff") || !XLIFF_NS.equals(c.namespace())) {
                throw new ImportException(file + ": line " + line + ": not an XLIFF 2.0 file (root <" + el + ">)");
            }
            if (sourceLanguage == null) {
                sourceLanguage = language(c.attribute("srcLang"), "srcLang", file, line);
            }
            if (targetLanguage == null) {
                targetLanguage = language(c.attribute("trgLang"), "trgLang", file, line);
            }
        }

        void start(ElementCursor c, XMLStreamReader r) throws XMLStreamException {
            String el = c.name();
            int line = c.line();
            switch (el) {
                case "file" -> {
                    String o = c.attribute("original");
                    if (o != null && !o.isBlank()) {
                        original = o;
                    }
                }
                case "group" -> {
                    groupDepth++;
                    builder.paragraph(HEADING_TYPE.equals(c.attribute("type")) ? ParagraphKind.HEADING
                            : ParagraphKind.BODY);
                }
                case "unit" -> {
                    if (groupDepth == 0) {
                        builder.paragraph(ParagraphKind.BODY);
                    }
                    unit = new Unit(confidence(c.attribute(VISAVIS_NS, "confidence"), file, line),
                            c.attribute(VISAVIS_NS, "status"));
                }
                case "segment" -> {
                    if (unit != null && unit.statusWord == null && "final".equals(c.attribute("state"))) {
                        unit.status = BeadStatus.CONFIRMED;
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

        /** An end tag: a {@code </unit>} makes its bead. */
        void end(String el) {
            switch (el) {
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
        }

        Alignment alignment() {
            return builder.build(original, sourceLanguage, original, targetLanguage);
        }
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
                    add(out, ElementCursor.textOf(r, java.util.Set.of()));
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
        ElementCursor.textOf(r, java.util.Set.of());
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
