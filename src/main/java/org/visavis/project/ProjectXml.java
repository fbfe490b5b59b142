package org.visavis.project;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Shared StAX setup for the XML files visavis reads: no DTD loading, no external entities. */
public final class ProjectXml {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private ProjectXml() {
    }

    public static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** "line 12: malformed XML: …", the reason without StAX's prefixes. */
    public static String describe(XMLStreamException e) {
        var loc = e.getLocation();
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // StAX prefixes messages with "ParseError at [row,col]:..."; keep the reason only.
        int i = msg.indexOf("Message: ");
        if (i >= 0) {
            msg = msg.substring(i + "Message: ".length());
        }
        msg = msg.replace('\n', ' ').strip();
        return loc == null ? "malformed XML: " + msg : "line " + loc.getLineNumber() + ": malformed XML: " + msg;
    }

    static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a stream we close ourselves cannot lose data
            }
        }
    }
}
