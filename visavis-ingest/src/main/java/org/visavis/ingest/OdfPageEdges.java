package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.Paragraph;
import org.visavis.pipeline.IngestException;

/**
 * The running headers and footers of an ODF text: Tika reads its master pages' header and footer
 * ("Inside the Debian Project" and a chapter field, "Page 2 of 6") as the first paragraphs of the
 * document, their fields emptied ("Page  of "). Those paragraphs, at the start and matching a header
 * or footer of {@code styles.xml} by their letters, are left out; the same words later in the text stay.
 *
 * <pre>{@code
 * OdfPageEdges.without(paragraphs, Path.of("manual.odt"), "manual.odt");
 * }</pre>
 */
final class OdfPageEdges {

    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final Set<String> EDGES = Set.of("header", "header-left", "header-first", "footer", "footer-left",
            "footer-first");
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** Fields whose value Tika may leave out of a header's text. */
    private static final Set<String> FIELDS = Set.of("page-number", "page-count", "chapter", "date", "time",
            "page-continuation", "title", "subject", "file-name", "author-name", "sender-firstname", "sender-lastname");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private OdfPageEdges() {
    }

    static List<Paragraph> without(List<Paragraph> paragraphs, Path file, String name) {
        Set<String> edges = edges(file, name);
        int start = 0;
        while (start < paragraphs.size() && edges.contains(key(paragraphs.get(start).text()))) {
            start++;
        }
        return start == 0 ? paragraphs : paragraphs.subList(start, paragraphs.size());
    }

    private static String key(String text) {
        return NOT_LETTERS.matcher(text).replaceAll("");
    }

    /** The letters of each header and footer paragraph of the master pages; none empty. */
    private static Set<String> edges(Path file, String name) {
        Set<String> edges = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry("styles.xml");
            if (e == null) {
                return edges;
            }
            try (InputStream in = zip.getInputStream(e)) {
                XMLStreamReader r = PackageXml.reader(in);
                int edgeDepth = 0;
                int fieldDepth = 0;
                StringBuilder all = new StringBuilder();
                StringBuilder withoutFields = new StringBuilder();
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (edgeDepth > 0) {
                            edgeDepth++;
                            if (TEXT.equals(r.getNamespaceURI()) && (r.getLocalName().equals("p") || r.getLocalName().equals("h"))) {
                                all.setLength(0);
                                withoutFields.setLength(0);
                            } else if (fieldDepth > 0 || TEXT.equals(r.getNamespaceURI()) && FIELDS.contains(r.getLocalName())) {
                                fieldDepth++;
                            }
                        } else if (STYLE.equals(r.getNamespaceURI()) && EDGES.contains(r.getLocalName())) {
                            edgeDepth = 1;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && edgeDepth > 0) {
                        edgeDepth--;
                        if (fieldDepth > 0) {
                            fieldDepth--;
                        } else if (TEXT.equals(r.getNamespaceURI()) && (r.getLocalName().equals("p") || r.getLocalName().equals("h"))) {
                            // Tika may give a field's value or leave it out: either way
                            for (String k : List.of(key(all.toString()), key(withoutFields.toString()))) {
                                if (!k.isEmpty()) {
                                    edges.add(k);
                                }
                            }
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS && edgeDepth > 0) {
                        all.append(r.getText());
                        if (fieldDepth == 0) {
                            withoutFields.append(r.getText());
                        }
                    }
                }
                r.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new IngestException(name + ": the file is damaged and cannot be read (" + e.getMessage() + ")", e);
        }
        return edges;
    }
}
