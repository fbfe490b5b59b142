package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.pipeline.IngestException;

/**
 * The code blocks of an ODF text (ODT): runs of paragraphs whose style is a code style ("Preformatted
 * Text", "Source Code", {@link MonospaceFonts#isCodeStyle}) or sets a monospace font (by its
 * pitch or its name, through parent styles and font declarations), or whose every letter is in
 * such a character style ("Source Text"). Their text as written: {@code text:s} spaces, tabs and
 * line breaks kept, an empty paragraph inside a run an empty line. Notes and annotations inside a
 * paragraph are not its text. Read from {@code styles.xml} and {@code content.xml}, for
 * {@link StyledCodeBlocks} to lay over Tika's paragraphs (which lose the spaces).
 *
 * <pre>{@code
 * OdfCodeParagraphs.read(Path.of("manual.odt"), "manual.odt");  // ["$ apt-cache policy dpkg\ndpkg:\n  Installed: 1.21.22"]
 * }</pre>
 */
final class OdfCodeParagraphs {

    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private final CodeStyles styles = new CodeStyles();
    private final Map<String, Boolean> monospaceFaces = new HashMap<>();
    private final CodeRuns runs = new CodeRuns();

    private OdfCodeParagraphs() {
    }

    static List<String> read(Path file, String name) {
        OdfCodeParagraphs reader = new OdfCodeParagraphs();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            reader.parse(zip, "styles.xml", false);
            reader.parse(zip, "content.xml", true);
        } catch (IOException | XMLStreamException e) {
            throw new IngestException(name + ": the file is damaged and cannot be read (" + e.getMessage() + ")", e);
        }
        return reader.runs.blocks();
    }

    private void parse(ZipFile zip, String entry, boolean body) throws IOException, XMLStreamException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader r = PackageXml.reader(in);
            Part part = new Part(body);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    part.startElement(r);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    part.endElement(r);
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    part.characters(r.getText());
                }
            }
        }
    }

    /**
     * One XML part read (styles.xml, or content.xml with {@code body}): the style being declared,
     * and in the body the paragraph being read, its text, whether it or its open spans are code,
     * its letters and code letters; inside a note or annotation ({@code skipDepth}) nothing counts.
     */
    private final class Part {
        private final boolean body;
        private String styleName;
        private int paragraphDepth;
        private int skipDepth;
        private int depth;
        private boolean paragraphCode;
        private final StringBuilder text = new StringBuilder();
        private final List<Boolean> spans = new ArrayList<>();
        private int letters;
        private int codeLetters;

        Part(boolean body) {
            this.body = body;
        }

        void startElement(XMLStreamReader r) {
            depth++;
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            if (skipDepth > 0) {
                skipDepth++;
            } else if (STYLE.equals(ns) && local.equals("font-face")) {
                String family = r.getAttributeValue(SVG, "font-family");
                monospaceFaces.put(r.getAttributeValue(STYLE, "name"),
                        "fixed".equals(r.getAttributeValue(STYLE, "font-pitch"))
                                || MonospaceFonts.isMonospace(family) || MonospaceFonts.isMonospace(r.getAttributeValue(STYLE, "name")));
            } else if (STYLE.equals(ns) && local.equals("style")) {
                styleName = r.getAttributeValue(STYLE, "name");
                boolean named = MonospaceFonts.isCodeStyle(styleName)
                        || MonospaceFonts.isCodeStyle(r.getAttributeValue(STYLE, "display-name"));
                styles.declare(styleName, r.getAttributeValue(STYLE, "parent-style-name"), named ? Boolean.TRUE : null);
            } else if (STYLE.equals(ns) && local.equals("text-properties") && styleName != null) {
                styles.font(styleName, fontIsMonospace(r));
            } else if (body && paragraphDepth == 0 && TEXT.equals(ns) && (local.equals("p") || local.equals("h"))) {
                paragraphDepth = depth;
                paragraphCode = styles.isCode(r.getAttributeValue(TEXT, "style-name"));
                text.setLength(0);
                spans.clear();
                letters = 0;
                codeLetters = 0;
            } else if (paragraphDepth > 0) {
                insideParagraph(r, ns, local);
            }
        }

        /** An element inside a paragraph: a note or annotation skipped, a span's code style, a space, tab or line break. */
        private void insideParagraph(XMLStreamReader r, String ns, String local) {
            if (TEXT.equals(ns) && (local.equals("note") || local.equals("tracked-changes"))
                    || OFFICE.equals(ns) && local.equals("annotation")) {
                skipDepth = 1;
                return;
            }
            boolean inherited = !spans.isEmpty() && spans.get(spans.size() - 1);
            spans.add(inherited || TEXT.equals(ns) && local.equals("span")
                    && styles.isCode(r.getAttributeValue(TEXT, "style-name")));
            if (TEXT.equals(ns) && local.equals("s")) {
                text.append(" ".repeat(count(r.getAttributeValue(TEXT, "c"))));
            } else if (TEXT.equals(ns) && local.equals("tab")) {
                text.append('\t');
            } else if (TEXT.equals(ns) && local.equals("line-break")) {
                text.append('\n');
            }
        }

        void endElement(XMLStreamReader r) {
            if (skipDepth > 0) {
                skipDepth--;
            } else if (depth == paragraphDepth) {
                paragraphDepth = 0;
                runs.paragraph(text.toString(), paragraphCode, letters, codeLetters);
            } else if (paragraphDepth > 0 && !spans.isEmpty()) {
                spans.remove(spans.size() - 1);
            } else if (STYLE.equals(r.getNamespaceURI()) && r.getLocalName().equals("style")) {
                styleName = null;
            }
            depth--;
        }

        void characters(String t) {
            if (paragraphDepth == 0 || skipDepth != 0) {
                return;
            }
            // ODF's own spaces in the markup are single: a run of them is one (text:s holds the others)
            String single = t.replaceAll("[ \\t\\r\\n]+", " ");
            // and those opening the paragraph are none
            text.append(text.length() == 0 ? single.stripLeading() : single);
            boolean inCode = paragraphCode || spans.stream().anyMatch(Boolean::booleanValue);
            int n = (int) t.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            letters += n;
            codeLetters += inCode ? n : 0;
        }
    }

    private static int count(String c) {
        try {
            return c == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(c.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** What a style's text properties say of its font: monospace, not, or nothing. */
    private Boolean fontIsMonospace(XMLStreamReader r) {
        String pitch = r.getAttributeValue(STYLE, "font-pitch");
        String face = r.getAttributeValue(STYLE, "font-name");
        String family = r.getAttributeValue(FO, "font-family");
        if ("fixed".equals(pitch) || MonospaceFonts.isMonospace(family)
                || face != null && (monospaceFaces.getOrDefault(face, false) || MonospaceFonts.isMonospace(face))) {
            return Boolean.TRUE;
        }
        return face != null || family != null ? Boolean.FALSE : null;
    }
}
