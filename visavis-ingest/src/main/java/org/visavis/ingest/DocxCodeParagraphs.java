package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.pipeline.IngestException;

/**
 * The code blocks of a Word document (DOCX): runs of paragraphs whose style is a code style
 * ("HTML Preformatted", "Plain Text", "Preformatted Text", "Source Code",
 * {@link MonospaceFonts#isCodeStyle}) or sets a monospace font (through the styles it is based
 * on), or whose every letter is in a run set so (a character style such as "HTML Code", or
 * Courier New given directly). Their text as written: tabs and breaks kept, an empty paragraph
 * inside a run an empty line; footnotes and deleted text are not part of it. Read from
 * {@code word/styles.xml} and {@code word/document.xml}, for {@link StyledCodeBlocks} to lay over
 * Tika's paragraphs.
 *
 * <pre>{@code
 * DocxCodeParagraphs.read(Path.of("manual.docx"), "manual.docx");  // ["$ apt-cache policy dpkg\ndpkg:\n  Installed: 1.21.22"]
 * }</pre>
 */
final class DocxCodeParagraphs {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final CodeStyles styles = new CodeStyles();
    private final CodeRuns runs = new CodeRuns();

    private DocxCodeParagraphs() {
    }

    static List<String> read(Path file, String name) {
        DocxCodeParagraphs reader = new DocxCodeParagraphs();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            reader.readStyles(zip);
            reader.readBody(zip);
        } catch (IOException | XMLStreamException e) {
            throw new IngestException(name + ": the file is damaged and cannot be read (" + e.getMessage() + ")", e);
        }
        return reader.runs.blocks();
    }

    private static XMLStreamReader open(ZipFile zip, ZipEntry e) throws IOException, XMLStreamException {
        InputStream in = zip.getInputStream(e);
        return PackageXml.reader(in);
    }

    private void readStyles(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry e = zip.getEntry("word/styles.xml");
        if (e == null) {
            return;
        }
        XMLStreamReader r = open(zip, e);
        String id = null;
        String basedOn = null;
        Boolean code = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "style" -> {
                        id = r.getAttributeValue(W, "styleId");
                        basedOn = null;
                        code = MonospaceFonts.isCodeStyle(id) ? Boolean.TRUE : null;
                    }
                    case "name" -> code = id != null && MonospaceFonts.isCodeStyle(r.getAttributeValue(W, "val")) ? Boolean.TRUE : code;
                    case "basedOn" -> basedOn = r.getAttributeValue(W, "val");
                    case "rFonts" -> {
                        Boolean font = fontIsMonospace(r);
                        code = id != null && code == null ? font : code;
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())
                    && r.getLocalName().equals("style") && id != null) {
                styles.declare(id, basedOn, code);
                id = null;
            }
        }
        r.close();
    }

    private void readBody(ZipFile zip) throws IOException, XMLStreamException {
        ZipEntry e = zip.getEntry("word/document.xml");
        if (e == null) {
            return;
        }
        XMLStreamReader r = open(zip, e);
        int depth = 0;
        int paragraphDepth = 0;
        int skipDepth = 0;
        boolean paragraphCode = false;
        boolean runCode = false;
        boolean inRun = false;
        boolean inText = false;
        StringBuilder text = new StringBuilder();
        int letters = 0;
        int codeLetters = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String local = W.equals(r.getNamespaceURI()) ? r.getLocalName() : "";
                if (skipDepth > 0) {
                    skipDepth++;
                } else if (local.equals("p") && paragraphDepth == 0) {
                    paragraphDepth = depth;
                    paragraphCode = false;
                    text.setLength(0);
                    letters = 0;
                    codeLetters = 0;
                } else if (paragraphDepth > 0) {
                    switch (local) {
                        case "delText", "instrText", "footnoteReference", "endnoteReference", "txbxContent" -> skipDepth = 1;
                        case "pStyle" -> paragraphCode = styles.isCode(r.getAttributeValue(W, "val"));
                        case "r" -> {
                            inRun = true;
                            runCode = false;
                        }
                        case "rStyle" -> runCode |= styles.isCode(r.getAttributeValue(W, "val"));
                        case "rFonts" -> runCode |= inRun && Boolean.TRUE.equals(fontIsMonospace(r));
                        case "t" -> inText = true;
                        case "tab" -> text.append(inRun ? "\t" : "");
                        case "br", "cr" -> text.append(inRun ? "\n" : "");
                        default -> { }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String local = W.equals(r.getNamespaceURI()) ? r.getLocalName() : "";
                if (skipDepth > 0) {
                    skipDepth--;
                } else if (depth == paragraphDepth) {
                    paragraphDepth = 0;
                    runs.paragraph(text.toString(), paragraphCode, letters, codeLetters);
                } else if (local.equals("r")) {
                    inRun = false;
                } else if (local.equals("t")) {
                    inText = false;
                }
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && inText && skipDepth == 0 && paragraphDepth > 0) {
                String t = r.getText();
                text.append(t);
                int n = (int) t.codePoints().filter(c -> !Character.isWhitespace(c)).count();
                letters += n;
                codeLetters += paragraphCode || runCode ? n : 0;
            }
        }
        r.close();
    }

    private static Boolean fontIsMonospace(XMLStreamReader r) {
        String ascii = r.getAttributeValue(W, "ascii");
        String hAnsi = r.getAttributeValue(W, "hAnsi");
        if (ascii == null && hAnsi == null) {
            return null;
        }
        return MonospaceFonts.isMonospace(ascii) || ascii == null && MonospaceFonts.isMonospace(hAnsi);
    }
}
