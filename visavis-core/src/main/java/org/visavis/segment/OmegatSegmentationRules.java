package org.visavis.segment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * OmegaT's segmentation rules as OmegaT applies them, for Okapi's SRX engine. OmegaT keeps them in
 * {@code segmentation.srx} (OmegaT 4.x, and the {@code defaultRules.srx} of its jar: SRX 2.0) or
 * {@code segmentation.conf} (OmegaT 3.x and older: a {@code java.beans.XMLEncoder} file of its
 * {@code SRX}, {@code MapRule} and {@code Rule} beans). OmegaT reads them differently from the SRX
 * defaults Okapi follows: language patterns such as {@code FR.*} ignore case, and every rule set
 * whose pattern matches applies in turn (cascade) unless the header says {@code cascade="no"}.
 *
 * <p>The bean file is read as plain XML, never with {@code XMLDecoder}, which would run whatever
 * the file asks of it.
 *
 * <pre>{@code
 * SRXDocument rules = OmegatSegmentationRules.fromBeanFile(root, "omegat/segmentation.conf");
 * }</pre>
 */
final class OmegatSegmentationRules {
    static final String SRX_NAME = "segmentation.srx";
    static final String CONF_NAME = "segmentation.conf";

    private OmegatSegmentationRules() {
    }

    /** True for the file names OmegaT gives its rules: they are read as OmegaT reads them. */
    static boolean isOmegatFile(Path file) {
        Path name = file.getFileName();
        return name != null && (name.toString().equals(SRX_NAME) || name.toString().equals(CONF_NAME));
    }

    /** True when the document's root is an XMLEncoder file ({@code <java>}), the format of segmentation.conf. */
    static boolean isBeanFile(Element root) {
        return "java".equals(root.getLocalName() == null ? root.getNodeName() : root.getLocalName());
    }

    /** An SRX file of OmegaT's, loaded by Okapi, with OmegaT's reading of patterns and cascade. */
    static SRXDocument asOmegatReadsIt(SRXDocument loaded, Element srxRoot) {
        Element header = firstChild(srxRoot, "header");
        String cascade = header == null ? "" : header.getAttribute("cascade");
        SRXDocument doc = new SRXDocument();
        doc.setCascade(!cascade.equalsIgnoreCase("no"));
        doc.setSegmentSubFlows(loaded.segmentSubFlows());
        doc.setIncludeStartCodes(loaded.includeStartCodes());
        doc.setIncludeEndCodes(loaded.includeEndCodes());
        doc.setIncludeIsolatedCodes(loaded.includeIsolatedCodes());
        loaded.getAllLanguageRules().forEach((name, rules) -> {
            ArrayList<Rule> javaRules = new ArrayList<>();
            for (Rule r : rules) {
                javaRules.add(new Rule(asciiClasses(r.getBefore()), asciiClasses(r.getAfter()), r.isBreak()));
            }
            doc.addLanguageRule(name, javaRules);
        });
        for (LanguageMap map : loaded.getAllLanguagesMaps()) {
            doc.addLanguageMap(new LanguageMap(ignoringCase(map.getPattern()), map.getRuleName()));
        }
        return doc;
    }

    /**
     * The rules of a segmentation.conf: {@code <object class="org.omegat.core.segmentation.SRX">}
     * holding the property {@code mappingRules}, a list of {@code MapRule} (language, pattern,
     * rules), each rule a {@code Rule} (beforebreak, afterbreak, breakRule, which is false when absent).
     */
    static SRXDocument fromBeanFile(Element root, String name) {
        Element srx = firstChild(root, "object");
        if (srx == null || !srx.getAttribute("class").endsWith(".SRX")) {
            throw new SegmentationException(name + ": not OmegaT segmentation rules (an XMLEncoder file without "
                    + "an org.omegat.core.segmentation.SRX object)");
        }
        SRXDocument doc = new SRXDocument();
        doc.setCascade(true);
        Map<String, ArrayList<Rule>> ruleSets = new LinkedHashMap<>();
        List<LanguageMap> maps = new ArrayList<>();
        Element mapping = property(srx, "mappingRules");
        if (mapping == null) {
            throw new SegmentationException(name + ": the OmegaT rules have no mappingRules (no languages)");
        }
        int m = 0;
        for (Element mapRule : added(mapping)) {
            m++;
            String language = string(property(mapRule, "language"));
            String pattern = string(property(mapRule, "pattern"));
            if (pattern == null) {
                throw new SegmentationException(name + ": language rule " + m + " ("
                        + (language == null ? "unnamed" : language) + ") has no pattern");
            }
            String ruleName = language == null || language.isBlank() ? "rules " + m : language;
            while (ruleSets.containsKey(ruleName)) {
                ruleName = ruleName + " " + m;
            }
            ArrayList<Rule> rules = new ArrayList<>();
            Element list = property(mapRule, "rules");
            if (list != null) {
                for (Element rule : added(list)) {
                    String before = string(property(rule, "beforebreak"));
                    String after = string(property(rule, "afterbreak"));
                    Element breakRule = property(rule, "breakRule");
                    boolean isBreak = breakRule != null && "true".equals(text(firstChild(breakRule, "boolean")));
                    rules.add(new Rule(asciiClasses(before), asciiClasses(after), isBreak));
                }
            }
            ruleSets.put(ruleName, rules);
            maps.add(new LanguageMap(ignoringCase(pattern), ruleName));
        }
        if (maps.isEmpty()) {
            throw new SegmentationException(name + ": the OmegaT rules name no language");
        }
        ruleSets.forEach(doc::addLanguageRule);
        maps.forEach(doc::addLanguageMap);
        return doc;
    }

    /**
     * OmegaT compiles its rules as plain Java expressions, where {@code \s}, {@code \w} and
     * {@code \d} are ASCII classes; Okapi compiles them with Unicode classes, where {@code \s}
     * also matches a no-break space (and OmegaT would not split "vi ou emacs ?\u00A0»"). The
     * shorthands become the ASCII classes they are in OmegaT.
     */
    static String asciiClasses(String regex) {
        if (regex == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(regex.length() + 16);
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c != '\\' || i + 1 == regex.length()) {
                sb.append(c);
                continue;
            }
            char next = regex.charAt(++i);
            switch (next) {
                case 's' -> sb.append("[ \\t\\n\\x0B\\f\\r]");
                case 'S' -> sb.append("[^ \\t\\n\\x0B\\f\\r]");
                case 'w' -> sb.append("[a-zA-Z_0-9]");
                case 'W' -> sb.append("[^a-zA-Z_0-9]");
                case 'd' -> sb.append("[0-9]");
                case 'D' -> sb.append("[^0-9]");
                default -> sb.append(c).append(next);
            }
        }
        return sb.toString();
    }

    private static String ignoringCase(String pattern) {
        return pattern.startsWith("(?i)") ? pattern : "(?i)" + pattern;
    }

    /** The value of {@code <void property="NAME">} directly in an object, or null. */
    private static Element property(Element object, String property) {
        for (Node n = object.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("void") && property.equals(e.getAttribute("property"))) {
                return e;
            }
        }
        return null;
    }

    /** The objects a list received: {@code <void method="add"><object .../></void>}, in order. */
    private static List<Element> added(Element holder) {
        Element list = firstChild(holder, "object");
        Element from = list != null && list.getAttribute("class").startsWith("java.util.") ? list : holder;
        List<Element> items = new ArrayList<>();
        for (Node n = from.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("void") && "add".equals(e.getAttribute("method"))) {
                Element item = firstChild(e, "object");
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static String string(Element property) {
        return property == null ? null : text(firstChild(property, "string"));
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
