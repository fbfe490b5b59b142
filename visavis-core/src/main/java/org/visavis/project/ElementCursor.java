package org.visavis.project;

import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the elements of a StAX stream, the loop every visavis XML reader runs: start and end
 * tags in document order, with the element's name, line, attributes and text at hand, other
 * events skipped. The caller keeps its state in plain local variables:
 *
 * <pre>{@code
 * ElementCursor c = new ElementCursor(reader);
 * while (c.nextStart()) {
 *     if (c.isRoot() && !c.name().equals("tmx")) {
 *         throw new ImportException(file + ": line " + c.line() + ": not a TMX file");
 *     }
 *     switch (c.name()) {
 *         case "tuv" -> lang = c.lang();
 *         case "seg" -> text = c.text(Set.of("bpt", "ept"));
 *         default -> { }
 *     }
 * }
 * }</pre>
 *
 * A method that reads an element's content ({@link #elementText()}, {@link #text(Set)}) leaves
 * the cursor on its end tag, which {@link #next()} then does not report again.
 */
public final class ElementCursor {
    /** The namespace of {@code xml:lang}. */
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XMLStreamReader r;
    private boolean start;
    private int starts;

    public ElementCursor(XMLStreamReader reader) {
        this.r = reader;
    }

    /** Moves to the next start or end tag; false at the end of the document. */
    public boolean next() throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                start = true;
                starts++;
                return true;
            }
            if (ev == XMLStreamConstants.END_ELEMENT) {
                start = false;
                return true;
            }
        }
        return false;
    }

    /** Moves to the next start tag, passing end tags; false at the end of the document. */
    public boolean nextStart() throws XMLStreamException {
        while (next()) {
            if (start) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cursor is on a start tag (else on an end tag). */
    public boolean isStart() {
        return start;
    }

    /** Whether the cursor is on the document's first start tag. */
    public boolean isRoot() {
        return start && starts == 1;
    }

    /** Whether a start tag has been seen: false for a document with no element. */
    public boolean sawRoot() {
        return starts > 0;
    }

    /** The local name of the element. */
    public String name() {
        return r.getLocalName();
    }

    /** The namespace URI of the element, or null. */
    public String namespace() {
        return r.getNamespaceURI();
    }

    /** The line the cursor is on. */
    public int line() {
        return r.getLocation().getLineNumber();
    }

    /** The attribute without namespace, or null. */
    public String attribute(String name) {
        return r.getAttributeValue(null, name);
    }

    /** The attribute in the given namespace, or null. */
    public String attribute(String namespace, String name) {
        return r.getAttributeValue(namespace, name);
    }

    /** The xml:lang attribute (or a plain lang attribute, as TMX 1.1 and some XCES files use), or null. */
    public String lang() {
        String lang = r.getAttributeValue(XML_NS, "lang");
        return lang != null ? lang : r.getAttributeValue(null, "lang");
    }

    /** The text of an element that holds only text; the cursor ends on its end tag. */
    public String elementText() throws XMLStreamException {
        String text = r.getElementText();
        start = false;
        return text;
    }

    /** All text inside the element, skipping the content of the named elements; the cursor ends on its end tag. */
    public String text(Set<String> skipped) throws XMLStreamException {
        String text = textOf(r, skipped);
        start = false;
        return text;
    }

    /**
     * All text inside the element a reader is on, skipping the content of the named elements;
     * the reader ends on its end tag. For readers that walk an element's content themselves.
     */
    public static String textOf(XMLStreamReader r, Set<String> skipped) throws XMLStreamException {
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

    /** The underlying reader, for content a reader walks itself (tokens, inline codes). */
    public XMLStreamReader reader() {
        return r;
    }
}
