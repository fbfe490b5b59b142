package org.visavis.segment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.visavis.model.Language;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Sentence segmentation by SRX rules, through Okapi's SRX engine. The default rules are
 * {@code org/visavis/segment/visavis.srx}: LanguageTool's rules for some thirty languages with
 * our additions; the SRX language maps pick the rules by language code, and languages without
 * rules of their own get generic sentence rules. A user's SRX file replaces them entirely, and a
 * file that cannot be used is an error, never a silent fall back to the defaults.
 *
 * <pre>{@code
 * SrxSegmenter.forLanguage(Language.parse("en-GB")).split("See Ch. 5 first. Then more.");
 * // ["See Ch. 5 first.", "Then more."]
 * }</pre>
 *
 * The rules are compiled once per instance; make one per language and document, not per
 * paragraph. {@link #split} is synchronized because Okapi's segmenter keeps state between calls.
 */
public final class SrxSegmenter implements Segmenter {

    static final String DEFAULT_RULES = "/org/visavis/segment/visavis.srx";

    private final ISegmenter okapi;
    private final String source;
    /** For a user's rules: each rule's time on a paragraph is checked before Okapi runs them. */
    private final Optional<RuleTimeBudget> budget;

    private SrxSegmenter(ISegmenter okapi, String source, Optional<RuleTimeBudget> budget) {
        this.okapi = okapi;
        this.source = source;
        this.budget = budget;
    }

    /** The bundled rules for a language (any language: unknown ones get generic rules). */
    public static SrxSegmenter forLanguage(Language lang) {
        // one shared rules document; Okapi does not promise that compiling is thread-safe
        synchronized (DefaultRules.DOCUMENT) {
            return compile(DefaultRules.DOCUMENT, "the default rules (" + DEFAULT_RULES + ")", lang, false);
        }
    }

    /**
     * The rules of a user's SRX 1.0 or 2.0 file, or OmegaT's rules: a file named
     * {@code segmentation.srx} is read as OmegaT reads it, and {@code segmentation.conf} (OmegaT 3.x)
     * is understood (see {@link OmegatSegmentationRules}). Throws {@link SegmentationException} naming the
     * file when it is missing, unreadable, not well-formed XML, not SRX, has an invalid regular
     * expression, or has no rule for the language. Its rules run under a time budget
     * ({@link RuleTimeBudget}): a rule that backtracks without end is an error naming the rule.
     */
    public static SrxSegmenter fromFile(Path srxFile, Language lang) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(srxFile);
        } catch (NoSuchFileException e) {
            throw new SegmentationException(srxFile + ": SRX file not found");
        } catch (IOException e) {
            throw new SegmentationException(srxFile + ": cannot read the SRX file (" + e.getMessage() + ")", e);
        }
        String name = srxFile.toString();
        Element root = parseRules(bytes, name);
        if (OmegatSegmentationRules.isBeanFile(root)) {
            return compile(OmegatSegmentationRules.fromBeanFile(root, name), name, lang, true);
        }
        SRXDocument doc = load(new ByteArrayInputStream(bytes), name);
        if (OmegatSegmentationRules.isOmegatFile(srxFile)) {
            doc = OmegatSegmentationRules.asOmegatReadsIt(doc, root);
        }
        return compile(doc, name, lang, true);
    }

    @Override
    public synchronized List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        if (paragraph.isBlank()) {
            return sentences;
        }
        String text = forRules(paragraph);
        budget.ifPresent(b -> b.check(text));
        try {
            okapi.computeSegments(text);
        } catch (RuntimeException e) {
            throw new SegmentationException(source + ": segmentation failed (" + e.getMessage() + ")", e);
        }
        for (Range r : okapi.getRanges()) {
            String s = trim(paragraph.substring(r.start, r.end));
            if (!s.isEmpty()) {
                sentences.add(s);
            }
        }
        return sentences;
    }

    /**
     * The text as Okapi should see it: it reads U+E101..U+E104 as inline-code markers that
     * swallow the next character, which shifts its ranges, so they become another private-use
     * character of the same length and the ranges still apply to the original text. (Typographic
     * spaces need nothing: Okapi compiles the rules with Unicode character classes, so {@code \s}
     * covers the narrow no-break space of French "Partons\u202F!".)
     */
    static String forRules(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE101' && c <= '\uE104') {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, '\uE000');
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Trims white space including no-break spaces, which String.strip() keeps. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static SRXDocument load(InputStream in, String name) {
        SRXDocument doc = new SRXDocument();
        try {
            doc.loadRules(in);
        } catch (RuntimeException e) {
            throw new SegmentationException(name + ": not a usable SRX file (" + e.getMessage() + ")", e);
        }
        return doc;
    }

    private static SrxSegmenter compile(SRXDocument doc, String name, Language lang, boolean timed) {
        LocaleId locale = LocaleId.fromString(lang.tag());
        checkHasRules(doc, name, locale);
        try {
            ISegmenter okapi = doc.compileLanguageRules(locale, null);
            return new SrxSegmenter(okapi, name, timed ? Optional.of(RuleTimeBudget.of(doc, name, locale)) : Optional.empty());
        } catch (PatternSyntaxException e) {
            throw new SegmentationException(name + ": invalid regular expression in a rule for " + lang.tag()
                    + ": " + culprit(doc).orElse(e.getDescription() + " in " + e.getPattern().replace('\n', ' ')), e);
        } catch (RuntimeException e) {
            throw new SegmentationException(name + ": cannot compile the rules for " + lang.tag()
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /** Names the rule whose expression does not compile, as the user wrote it. */
    private static Optional<String> culprit(SRXDocument doc) {
        for (var ruleSet : doc.getAllLanguageRules().entrySet()) {
            List<Rule> rules = ruleSet.getValue();
            for (int i = 0; i < rules.size(); i++) {
                for (String part : List.of("beforebreak", "afterbreak")) {
                    String regex = part.equals("beforebreak") ? rules.get(i).getBefore() : rules.get(i).getAfter();
                    try {
                        Pattern.compile(regex == null ? "" : regex);
                    } catch (PatternSyntaxException e) {
                        return Optional.of("rule " + (i + 1) + " of '" + ruleSet.getKey() + "', " + part + " '" + regex
                                + "': " + e.getDescription());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Okapi compiles an empty rule set without complaint (the whole paragraph becomes one
     * segment), so a file whose maps do not reach the language would pass unnoticed.
     */
    private static void checkHasRules(SRXDocument doc, String name, LocaleId locale) {
        if (doc.getAllLanguageRules().isEmpty() || doc.getAllLanguagesMaps().isEmpty()) {
            throw new SegmentationException(name + ": the SRX file has no language rules or no language maps");
        }
        int rules = 0;
        for (LanguageMap map : doc.getAllLanguagesMaps()) {
            boolean matches;
            try {
                matches = Pattern.matches(map.getPattern(), locale.toString());
            } catch (PatternSyntaxException e) {
                throw new SegmentationException(name + ": invalid language pattern '" + map.getPattern() + "'", e);
            }
            if (matches) {
                List<Rule> ruleSet = doc.getLanguageRules(map.getRuleName());
                if (ruleSet == null) {
                    throw new SegmentationException(name + ": language map '" + map.getPattern()
                            + "' names rule set '" + map.getRuleName() + "', which the file does not define");
                }
                rules += ruleSet.size();
                if (!doc.cascade()) {
                    break;
                }
            }
        }
        if (rules == 0) {
            throw new SegmentationException(name + ": no segmentation rules for language " + locale
                    + " (no language map of the file matches it)");
        }
    }

    /**
     * Okapi's parser reports XML errors on stderr and some documents (another XML vocabulary)
     * load as empty rule sets, so the file is checked with our own parser first: its root is an
     * {@code <srx>} or the {@code <java>} of OmegaT's segmentation.conf.
     */
    private static Element parseRules(byte[] bytes, String name) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings (e.g. about namespaces) do not make the file unusable
                }
            });
            Element root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
            if (!"srx".equals(root.getLocalName()) && !OmegatSegmentationRules.isBeanFile(root)) {
                throw new SegmentationException(name + ": not an SRX file (root element <" + root.getNodeName()
                        + ">, expected <srx>, or OmegaT's segmentation.conf)");
            }
            return root;
        } catch (SAXParseException e) {
            throw new SegmentationException(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": malformed SRX file: " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new SegmentationException(name + ": malformed SRX file: " + e.getMessage(), e);
        }
    }

    /** The bundled rules, parsed once (200 kB of XML) and compiled per language on demand. */
    private static final class DefaultRules {
        static final SRXDocument DOCUMENT = loadDefault();

        private static SRXDocument loadDefault() {
            try (InputStream in = SrxSegmenter.class.getResourceAsStream(DEFAULT_RULES)) {
                if (in == null) {
                    throw new SegmentationException(DEFAULT_RULES + ": missing from the classpath (broken build)");
                }
                return load(in, DEFAULT_RULES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
