package org.visavis.ingest;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The StAX reader for the XML parts of a DOCX, ODT or EPUB package that ingest reads itself
 * (styles, code paragraphs, page edges, the archive guard's depth count): no DTD, no external
 * entities, so a hostile package cannot make the reader fetch or expand anything.
 */
final class PackageXml {
    private PackageXml() {
    }

    /**
     * A reader of one part's stream; the caller closes the stream. A factory per reader: packages
     * are read on several threads, and not every StAX factory may be shared between them.
     */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(in);
    }
}
