package org.visavis.project;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.InlineCode;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * A segmented document in the XCES shape used by OPUS and InterText:
 *
 * <pre>{@code
 * <text xml:lang="fr-FR" name="foreword.html">
 *   <p id="p1" type="heading"><s id="s1">Avant-propos</s></p>
 *   <p id="p2"><s id="s2">Debian est ...</s><note n="1">...</note></p>
 *   <p id="p3" type="code"><s id="s3">$ diff -u file.old file.new >file.patch</s></p>
 *   <p id="p3"><s id="s3" codes="4,o,1,code,%3Ccode%3E 7,c,1,code,%3C%2Fcode%3E">Run apt.</s></p>
 * </text>
 * }</pre>
 *
 * Sentence ids are {@code s1..sN} in document order, paragraph ids {@code p1..pM}. A sentence's
 * inline codes are its {@code codes} attribute ({@link InlineCodeAttribute}); the text stays plain.
 */
public final class XcesDocumentFormat {

    public void write(SegmentedDocument doc, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<text xml:lang=\"" + XmlText.escape(doc.language().tag()) + "\" name=\""
                + XmlText.escape(doc.name()) + "\">\n");
        List<List<Integer>> byParagraph = new ArrayList<>();
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            byParagraph.add(new ArrayList<>());
        }
        for (int i = 0; i < doc.segments().size(); i++) {
            byParagraph.get(doc.segments().get(i).paragraph()).add(i);
        }
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            Paragraph para = doc.paragraphs().get(p);
            out.write("<p id=\"" + SegmentedDocument.paragraphId(p) + "\"");
            if (para.isHeading()) {
                out.write(" type=\"heading\"");
            } else if (para.isCode()) {
                out.write(" type=\"code\"");
            }
            out.write(">\n");
            for (int i : byParagraph.get(p)) {
                Segment segment = doc.segments().get(i);
                String codes = segment.codes().isEmpty() ? ""
                        : " codes=\"" + XmlText.escape(InlineCodeAttribute.format(segment.codes())) + "\"";
                out.write("  <s id=\"" + SegmentedDocument.segmentId(i) + "\"" + codes + ">"
                        + XmlText.escape(segment.text()) + "</s>\n");
            }
            for (Note n : para.notes()) {
                out.write("  <note n=\"" + XmlText.escape(n.label()) + "\">" + XmlText.escape(n.text()) + "</note>\n");
            }
            out.write("</p>\n");
        }
        out.write("</text>\n");
    }

    /** Reads a document written by {@link #write} (or a compatible XCES file); ProjectException on error. */
    public SegmentedDocument read(Path file) {
        return ProjectXml.readXml(file, "project document", r -> {
            try {
                return read(r, file);
            } catch (IllegalArgumentException e) {
                throw new ProjectException(file + ": " + e.getMessage(), e);
            }
        });
    }

    private SegmentedDocument read(XMLStreamReader r, Path file) throws XMLStreamException {
        Language language = null;
        String name = file.getFileName().toString();
        DocumentBuilder document = new DocumentBuilder();
        boolean sawText = false;
        ElementCursor c = new ElementCursor(r);
        while (c.next()) {
            String el = c.name();
            if (!c.isStart()) {
                if (el.equals("p")) {
                    document.endParagraph();
                }
                continue;
            }
            switch (el) {
                case "text" -> {
                    sawText = true;
                    String lang = c.lang();
                    if (lang == null) {
                        throw new ProjectException(file + ": line " + c.line() + ": <text> has no xml:lang attribute");
                    }
                    language = parseLanguage(lang, file, c.line());
                    String n = c.attribute("name");
                    if (n != null) {
                        name = n;
                    }
                }
                case "p" -> {
                    String type = c.attribute("type");
                    document.paragraph("heading".equals(type) ? ParagraphKind.HEADING
                            : "code".equals(type) ? ParagraphKind.CODE : ParagraphKind.BODY);
                }
                case "s" -> {
                    List<InlineCode> codes = codes(c, file);
                    document.sentence(c.elementText(), codes);
                }
                case "note" -> {
                    String label = c.attribute("n");
                    document.note(new Note(label == null ? "" : label, c.elementText().strip()));
                }
                default -> {
                    // other XCES elements (head, div, ...) carry no data we keep
                }
            }
        }
        if (!sawText || language == null) {
            throw new ProjectException(file + ": not an XCES document (no <text xml:lang=...> element)");
        }
        return document.build(name, language);
    }

    /** The paragraphs and sentences of a document as its elements come, a paragraph's text and codes gathered until its end tag. */
    private static final class DocumentBuilder {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private ParagraphKind kind = ParagraphKind.BODY;
        private List<Note> notes = new ArrayList<>();
        private final StringBuilder paragraphText = new StringBuilder();
        private List<InlineCode> paragraphCodes = new ArrayList<>();

        void paragraph(ParagraphKind paragraphKind) {
            kind = paragraphKind;
            notes = new ArrayList<>();
            paragraphText.setLength(0);
            paragraphCodes = new ArrayList<>();
        }

        /** A sentence as written in its {@code <s>}, with the codes its attribute places in that text. */
        void sentence(String raw, List<InlineCode> read) {
            // a code block keeps its indentation and line breaks
            String text = kind == ParagraphKind.CODE ? raw.stripTrailing() : raw.strip();
            // positions count from the text as written; white space a hand edit
            // put around it does not move the codes off their characters
            int lead = raw.indexOf(text);
            List<InlineCode> codes = read.stream()
                    .map(code -> code.at(Math.max(0, Math.min(text.length(), code.position() - lead))))
                    .toList();
            segments.add(new Segment(text, paragraphs.size(), codes));
            if (paragraphText.length() > 0) {
                paragraphText.append(kind == ParagraphKind.CODE ? '\n' : ' ');
            }
            int offset = paragraphText.length();
            paragraphText.append(text);
            for (InlineCode code : codes) {
                paragraphCodes.add(code.at(code.position() + offset));
            }
        }

        void note(Note note) {
            notes.add(note);
        }

        void endParagraph() {
            paragraphs.add(new Paragraph(paragraphText.toString(), kind, notes, paragraphCodes));
        }

        SegmentedDocument build(String name, Language language) {
            return new SegmentedDocument(name, language, paragraphs, segments);
        }
    }

    private static List<InlineCode> codes(ElementCursor c, Path file) {
        String value = c.attribute("codes");
        if (value == null) {
            return List.of();
        }
        try {
            return InlineCodeAttribute.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file + ": line " + c.line() + ": " + e.getMessage(), e);
        }
    }

    private static Language parseLanguage(String tag, Path file, int line) {
        try {
            return Language.parse(tag);
        } catch (IllegalArgumentException e) {
            throw new ProjectException(file + ": line " + line + ": " + e.getMessage());
        }
    }
}
