package org.visavis.ingest;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping, but keeping the block containers ({@code div}, {@code section}, ...) that
 * it drops by default, so that text written straight into a {@code div} stays a paragraph of
 * its own instead of running into its neighbours.
 */
final class BlockKeepingHtmlMapper extends DefaultHtmlMapper {

    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "aside", "header", "footer",
            "main", "figure", "figcaption");

    /** Navigation ({@code <nav>}) is page chrome, not text to align. */
    @Override
    public boolean isDiscardElement(String name) {
        return "nav".equalsIgnoreCase(name) || super.isDiscardElement(name);
    }

    /** Class, id and role are kept so the collector can tell notes and page chrome from the text. */
    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String a = attributeName.toLowerCase(Locale.ROOT);
        if (a.equals("class") || a.equals("id") || a.equals("role")) {
            return a;
        }
        if (a.equals("epub:type")) {
            // EPUB 3 marks note references and notes so ("noteref", "footnote")
            return "epub-type";
        }
        return super.mapSafeAttribute(elementName, attributeName);
    }

    @Override
    public String mapSafeElement(String name) {
        if (CONTAINERS.contains(name.toLowerCase(Locale.ROOT))) {
            return "div";
        }
        return super.mapSafeElement(name);
    }
}
