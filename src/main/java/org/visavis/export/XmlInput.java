package org.visavis.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.project.ProjectXml;

/** StAX reading for imported files: no DTDs, no external entities, errors that name file and line. */
final class XmlInput {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private XmlInput() {
    }

    /** A handler that reads the whole document from the reader it is given. */
    @FunctionalInterface
    interface Handler<T> {
        T read(XMLStreamReader r) throws XMLStreamException;
    }

    /** Opens the file (gunzipping {@code .gz}), runs the handler, and turns every failure into ImportException. */
    static <T> T read(Path file, Handler<T> handler) {
        XMLStreamReader r = null;
        try (InputStream in = open(file)) {
            r = factory().createXMLStreamReader(in);
            return handler.read(r);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file");
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (XMLStreamException e) {
            throw new ImportException(file + ": " + describe(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed by try-with-resources; nothing is lost
                }
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static XMLInputFactory factory() {
        return ProjectXml.factory();
    }

    static String describe(XMLStreamException e) {
        return ProjectXml.describe(e);
    }

    static int line(XMLStreamReader r) {
        return r.getLocation().getLineNumber();
    }

    /** The xml:lang attribute (or a plain lang attribute, as TMX 1.1 and some XCES files use), or null. */
    static String lang(XMLStreamReader r) {
        String lang = r.getAttributeValue(XML_NS, "lang");
        return lang != null ? lang : r.getAttributeValue(null, "lang");
    }

    /** All text inside the current element, skipping the content of the named elements. */
    static String text(XMLStreamReader r, java.util.Set<String> skipped) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        int skipDepth = 0;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (skipDepth > 0 || skipped.contains(r.getLocalName())) {
                    skipDepth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (skipDepth > 0) {
                    skipDepth--;
                }
            } else if (skipDepth == 0 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE)) {
                sb.append(r.getText());
            }
        }
        return sb.toString();
    }
}
