package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.visavis.model.Language;
import org.visavis.pipeline.IngestException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The reading order of an EPUB: {@code META-INF/container.xml} names the package (OPF) file, whose
 * {@code <spine>} lists the content documents in order. Items marked {@code linear="no"} (notes,
 * copies of the book in other languages, covers) are outside the reading order and left out; a
 * file listed several times (once per fragment, {@code ch1.xhtml#s2}) is read once. Each item
 * comes with the language its markup declares ({@code <html xml:lang>} or {@code <body lang>}),
 * else the package's {@code <dc:language>}. The XHTML itself is read by whichever HTML reader the
 * caller uses.
 *
 * <pre>{@code
 * for (EpubSpine.Item item : EpubSpine.read(Path.of("live-manual.en.epub"), "live-manual.en.epub")) {
 *     item.href();      // "OEBPS/about-manual.xhtml"
 *     item.language();  // Optional[en]
 * }
 * }</pre>
 */
final class EpubSpine {

    /** One content document of the reading order: its path in the archive, declared language and bytes. */
    record Item(String href, Optional<Language> language, byte[] xhtml) {
    }

    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String CONTAINER_NS = "urn:oasis:names:tc:opendocument:xmlns:container";
    /** The start of a content document, where its root and body tags are. */
    private static final int HEAD_BYTES = 8192;
    private static final Pattern ROOT_LANGUAGE = Pattern.compile(
            "<(?:html|body)\\b[^>]*?\\s(?:xml:)?lang\\s*=\\s*[\"']([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)[\"']");
    private static final Pattern LANGUAGE_TAG =
            Pattern.compile("([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|[0-9]{3}))?(?:[-_][A-Za-z0-9]{1,8})*");
    private static final Set<String> XHTML = Set.of("application/xhtml+xml", "text/html");

    private EpubSpine() {
    }

    /** The items of the reading order; IngestException naming the file when the package cannot be read. */
    static List<Item> read(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            String opfPath = packagePath(zip, name);
            org.w3c.dom.Document opf = parse(zip, opfPath, name);
            Optional<Language> bookLanguage = first(opf, DC_NS, "language").flatMap(EpubSpine::language);
            Map<String, Element> manifest = new HashMap<>();
            NodeList items = opf.getElementsByTagNameNS(OPF_NS, "item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                manifest.put(item.getAttribute("id"), item);
            }
            Set<String> hrefs = new LinkedHashSet<>();
            NodeList spine = opf.getElementsByTagNameNS(OPF_NS, "itemref");
            for (int i = 0; i < spine.getLength(); i++) {
                Element ref = (Element) spine.item(i);
                Element item = manifest.get(ref.getAttribute("idref"));
                if ("no".equals(ref.getAttribute("linear").strip().toLowerCase(Locale.ROOT)) || item == null
                        || !XHTML.contains(item.getAttribute("media-type").strip().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                hrefs.add(resolve(opfPath, item.getAttribute("href"), name));
            }
            if (hrefs.isEmpty()) {
                throw new IngestException(name + ": the EPUB's spine (" + opfPath + ") lists no XHTML document to read");
            }
            List<Item> result = new ArrayList<>();
            for (String href : hrefs) {
                byte[] bytes = bytes(zip, href, name);
                result.add(new Item(href, declaredLanguage(bytes).or(() -> bookLanguage), bytes));
            }
            return result;
        } catch (IOException e) {
            throw new IngestException(name + ": the file is damaged and cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String packagePath(ZipFile zip, String name) {
        org.w3c.dom.Document container = parse(zip, "META-INF/container.xml", name);
        NodeList roots = container.getElementsByTagNameNS(CONTAINER_NS, "rootfile");
        for (int i = 0; i < roots.getLength(); i++) {
            String path = ((Element) roots.item(i)).getAttribute("full-path");
            if (!path.isBlank()) {
                return path.strip();
            }
        }
        throw new IngestException(name + ": META-INF/container.xml names no package file (rootfile); not an EPUB?");
    }

    /** An href of the package, relative to its folder, as a path in the archive: fragment gone, %20 decoded. */
    static String resolve(String opfPath, String href, String name) {
        try {
            String folder = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
            URI uri = new URI(null, null, "/" + folder, null).resolve(new URI(href.strip()));
            String path = uri.getPath();
            return path.startsWith("/") ? path.substring(1) : path;
        } catch (URISyntaxException e) {
            throw new IngestException(name + ": the EPUB's package names a document by a malformed address ("
                    + href + ")", e);
        }
    }

    private static byte[] bytes(ZipFile zip, String entryName, String name) throws IOException {
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new IngestException(name + ": the EPUB's package lists " + entryName + ", which the archive lacks");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static org.w3c.dom.Document parse(ZipFile zip, String entryName, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new java.io.ByteArrayInputStream(bytes(zip, entryName, name)));
        } catch (SAXException e) {
            throw new IngestException(name + ": " + entryName + " is not well-formed XML (" + e.getMessage() + ")", e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IngestException(name + ": cannot read " + entryName + " (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<String> first(org.w3c.dom.Document doc, String ns, String local) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, local);
        return nodes.getLength() == 0 ? Optional.empty() : Optional.of(nodes.item(0).getTextContent().strip());
    }

    private static Optional<Language> declaredLanguage(byte[] xhtml) {
        String head = new String(xhtml, 0, Math.min(xhtml.length, HEAD_BYTES), StandardCharsets.UTF_8);
        Matcher m = ROOT_LANGUAGE.matcher(head);
        return m.find() ? language(m.group(1)) : Optional.empty();
    }

    /** "de", "pt-BR", "pt_BR" or "zh-Hant-TW" (its primary subtag); empty for what is not a tag. */
    private static Optional<Language> language(String tag) {
        Matcher m = LANGUAGE_TAG.matcher(tag.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) != null ? Language.parse(m.group(1) + "-" + m.group(2)) : Language.of(m.group(1)));
    }
}
