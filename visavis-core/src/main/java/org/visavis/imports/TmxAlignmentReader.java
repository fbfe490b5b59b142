package org.visavis.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.Alignment;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.ParagraphKind;
import org.visavis.project.ElementCursor;

/**
 * Reads a TMX file (1.1 to 1.4b) back into an alignment: each {@code <tu>} becomes a bead and a
 * paragraph of its own, its source and target {@code <tuv>} one sentence each. The source
 * language is the header's {@code srclang} unless given; the target language is the other
 * language of the file unless given. Inline codes ({@code bpt ept it ph ut}) are dropped, their
 * surrounding text kept. The properties {@link TmxWriter} writes ({@code x-confidence},
 * {@code x-status}) are read back when present. A TMX holds one segment a side per unit, so a
 * bead of several sentences comes back as one sentence a side, their texts joined.
 *
 * <pre>{@code
 * Alignment a = new TmxAlignmentReader().read(Path.of("memory.tmx"), Optional.empty(), Optional.empty());
 * }</pre>
 */
public final class TmxAlignmentReader {
    private static final Set<String> CODES = Set.of("bpt", "ept", "it", "ph", "ut");

    public Alignment read(Path file, Optional<Language> sourceLanguage, Optional<Language> targetLanguage) {
        return XmlInput.read(file, r -> read(r, file, sourceLanguage, targetLanguage));
    }

    /** One translation unit as read: language tag to text, and the visavis properties. */
    private record Unit(Map<String, String> variants, Map<String, String> props, int line) {
    }

    /** The units of a memory as the file lists them, and its header's source language (or null). */
    private record Memory(String srclang, List<Unit> units) {
    }

    private Alignment read(XMLStreamReader r, Path file, Optional<Language> sourceOption, Optional<Language> targetOption)
            throws XMLStreamException {
        Memory memory = units(r, file);
        Language source = sourceOption.orElseGet(() -> headerLanguage(memory.srclang(), file));
        Language target = targetOption.orElseGet(() -> otherLanguage(memory.units(), source, file));
        AlignmentBuilder builder = new AlignmentBuilder();
        for (Unit u : memory.units()) {
            String s = find(u.variants(), source);
            String t = find(u.variants(), target);
            builder.paragraph(ParagraphKind.BODY);
            builder.bead(sentence(s), sentence(t), confidence(u, file), status(u));
        }
        String name = file.getFileName().toString();
        return builder.build(name, source, name, target);
    }

    /** Reads the translation units: each {@code <tu>}'s variants by language and its properties. */
    private static Memory units(XMLStreamReader r, Path file) throws XMLStreamException {
        String srclang = null;
        List<Unit> units = new ArrayList<>();
        Unit unit = null;
        String tuvLang = null;
        ElementCursor c = new ElementCursor(r);
        while (c.next()) {
            if (!c.isStart()) {
                if (c.name().equals("tu")) {
                    unit = null;
                }
                continue;
            }
            String el = c.name();
            int line = c.line();
            if (c.isRoot()) {
                if (!el.equals("tmx")) {
                    throw new ImportException(file + ": line " + line + ": not a TMX file (root <" + el + ">)");
                }
                continue;
            }
            switch (el) {
                case "header" -> srclang = c.attribute("srclang");
                case "tu" -> {
                    unit = new Unit(new LinkedHashMap<>(), new LinkedHashMap<>(), line);
                    units.add(unit);
                }
                case "prop" -> {
                    String type = c.attribute("type");
                    String value = c.elementText().strip();
                    if (unit != null && type != null) {
                        unit.props().put(type, value);
                    }
                }
                case "tuv" -> {
                    tuvLang = c.lang();
                    if (unit == null) {
                        throw new ImportException(file + ": line " + line + ": <tuv> outside a <tu>");
                    }
                    if (tuvLang == null) {
                        throw new ImportException(file + ": line " + line + ": <tuv> has no xml:lang");
                    }
                }
                case "seg" -> {
                    if (unit == null || tuvLang == null) {
                        throw new ImportException(file + ": line " + line + ": <seg> outside a <tuv>");
                    }
                    String text = c.text(CODES).strip();
                    if (unit.variants().putIfAbsent(tuvLang, text) != null) {
                        throw new ImportException(file + ": line " + line + ": two <tuv> in language " + tuvLang
                                + " in one <tu>");
                    }
                }
                default -> {
                    // notes, user data and the body carry nothing an alignment keeps
                }
            }
        }
        if (!c.sawRoot()) {
            throw new ImportException(file + ": not a TMX file (empty)");
        }
        return new Memory(srclang, units);
    }

    private static Language headerLanguage(String srclang, Path file) {
        if (srclang == null || srclang.isBlank() || srclang.equals("*all*")) {
            throw new ImportException(file + ": the header names no single source language (srclang); give --source-lang");
        }
        try {
            return Language.parse(srclang);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file + ": header srclang: " + e.getMessage());
        }
    }

    private static Language otherLanguage(List<Unit> units, Language source, Path file) {
        for (Unit u : units) {
            for (String tag : u.variants().keySet()) {
                Language l = parse(tag, file, u.line());
                if (!matches(l, source)) {
                    return l;
                }
            }
        }
        throw new ImportException(file + ": no translation unit has a language other than " + source
                + "; give --target-lang");
    }

    /** Same tag, or same base language where one of the two names no region. */
    private static boolean matches(Language tagged, Language language) {
        return tagged.tag().equalsIgnoreCase(language.tag())
                || tagged.sameLanguageAs(language) && (tagged.region().isEmpty() || language.region().isEmpty());
    }

    /** The text in this language: exact tag first, then the same base language. */
    private static String find(Map<String, String> variants, Language language) {
        for (var e : variants.entrySet()) {
            if (e.getKey().equalsIgnoreCase(language.tag())) {
                return e.getValue();
            }
        }
        for (var e : variants.entrySet()) {
            Language l = parseOrNull(e.getKey());
            if (l != null && matches(l, language)) {
                return e.getValue();
            }
        }
        return "";
    }

    private static List<String> sentence(String text) {
        return text.isEmpty() ? List.of() : List.of(text);
    }

    private static double confidence(Unit u, Path file) {
        String c = u.props().get("x-confidence");
        if (c == null) {
            return 1.0;
        }
        try {
            return Math.max(0, Math.min(1, Double.parseDouble(c)));
        } catch (NumberFormatException e) {
            throw new ImportException(file + ": line " + u.line() + ": x-confidence is not a number: " + c);
        }
    }

    private static BeadStatus status(Unit u) {
        return "confirmed".equals(u.props().get("x-status")) ? BeadStatus.CONFIRMED : BeadStatus.AUTO;
    }

    private static Language parse(String tag, Path file, int line) {
        try {
            return Language.parse(tag);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file + ": line " + line + ": " + e.getMessage());
        }
    }

    private static Language parseOrNull(String tag) {
        try {
            return Language.parse(tag);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
