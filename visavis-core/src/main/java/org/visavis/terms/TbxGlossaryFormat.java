package org.visavis.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.visavis.model.Language;
import org.visavis.project.ElementCursor;
import org.visavis.project.ProjectXml;

/**
 * TBX (ISO 30042) glossaries: reads TBX v3 ({@code <tbx>}, {@code conceptEntry/langSec/termSec},
 * the TBX-Basic and TBX-Core dialects) and TBX v2 / TBX-Basic ({@code <martif>},
 * {@code termEntry/langSet/tig|ntig}); writes TBX-Basic v3 in the DCA style. A term whose
 * {@code administrativeStatus} (or {@code normativeAuthorization}) is deprecated or superseded is
 * a forbidden rendering; {@code <termNote type="x-caseSensitive">yes</termNote>} marks a
 * case-sensitive term.
 *
 * <pre>{@code
 * <conceptEntry id="c1">
 *   <langSec xml:lang="fr"><termSec><term>paquet</term></termSec></langSec>
 *   <langSec xml:lang="en"><termSec><term>package</term></termSec>
 *     <termSec><term>packet</term>
 *       <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
 * </conceptEntry>
 * }</pre>
 */
public final class TbxGlossaryFormat implements GlossaryFormat {
    static final String TBX3_NAMESPACE = "urn:iso:std:iso:30042:ed-2";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    /** A term of one language as the file gives it. */
    private record RawTerm(Language language, Term term, boolean forbidden) {
    }

    @Override
    public Glossary read(Path file, Language source, Language target) {
        List<GlossaryEntry> entries = new ArrayList<>();
        Set<String> languagesSeen = new LinkedHashSet<>();
        // glossaries come from elsewhere: the project files' factory (no DTD, no external entities, a nesting limit)
        XMLInputFactory factory = ProjectXml.factory();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                readDocument(file, xml, source, target, entries, languagesSeen);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            // one line: the parser's own message may add its position on a second line
            msg = msg.strip().lines().findFirst().orElse("malformed XML");
            throw new TermsException(file + (line > 0 ? ":" + line : "") + ": not well-formed TBX: " + msg, e);
        } catch (IOException e) {
            throw GlossaryFormat.unreadable(file, e);
        }
        if (entries.isEmpty()) {
            throw new TermsException(file + ": no entry has terms in both " + source.code() + " and " + target.code()
                    + " (languages in the file: " + (languagesSeen.isEmpty() ? "none" : String.join(", ", languagesSeen))
                    + ")");
        }
        return new Glossary(source.withoutRegion(), target.withoutRegion(), entries);
    }

    @Override
    public Language declaredSource(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            ElementCursor xml = new ElementCursor(factory.createXMLStreamReader(in));
            if (xml.nextStart()) {
                String lang = xml.attribute(XML_NAMESPACE, "lang");
                if (lang == null || lang.isBlank()) {
                    throw new TermsException(file + ":" + xml.line() + ": <" + xml.name()
                            + "> has no xml:lang, so the glossary's source language is unknown");
                }
                try {
                    return Language.parse(lang);
                } catch (IllegalArgumentException e) {
                    throw new TermsException(file + ":" + xml.line() + ": '" + lang + "' is not a language tag");
                }
            }
            throw new TermsException(file + ": empty file, expected a TBX document");
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new TermsException(file + (line > 0 ? ":" + line : "") + ": not well-formed TBX", e);
        } catch (IOException e) {
            throw GlossaryFormat.unreadable(file, e);
        }
    }

    private void readDocument(Path file, XMLStreamReader reader, Language source, Language target,
                              List<GlossaryEntry> entries, Set<String> languagesSeen) throws XMLStreamException {
        ElementCursor xml = new ElementCursor(reader);
        while (xml.nextStart()) {
            String name = xml.name();
            if (xml.isRoot()) {
                if (!name.equals("tbx") && !name.equals("martif")) {
                    throw new TermsException(file + ":" + xml.line() + ": not TBX: the root element is <" + name
                            + ">, expected <tbx> or <martif>");
                }
                continue;
            }
            if (name.equals("conceptEntry") || name.equals("termEntry")) {
                GlossaryEntry e = readEntry(file, xml, name, source, target, languagesSeen);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        if (!xml.sawRoot()) {
            throw new TermsException(file + ": empty file, expected a TBX document");
        }
    }

    /** Reads one concept; null when it has no term in one of the two languages. */
    private GlossaryEntry readEntry(Path file, ElementCursor xml, String entryElement, Language source,
                                    Language target, Set<String> languagesSeen) throws XMLStreamException {
        int entryLine = xml.line();
        List<RawTerm> terms = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        Language language = null;
        String termText = null;
        int termLine = 0;
        boolean forbidden = false;
        Casing casing = Casing.INSENSITIVE;
        while (xml.next()) {
            if (xml.isStart()) {
                String name = xml.name();
                switch (name) {
                    case "langSec", "langSet" -> {
                        String lang = xml.lang();
                        if (lang == null || lang.isBlank()) {
                            throw new TermsException(file + ":" + xml.line() + ": <" + name + "> without xml:lang");
                        }
                        try {
                            language = Language.parse(lang);
                        } catch (IllegalArgumentException e) {
                            throw new TermsException(file + ":" + xml.line() + ": '" + lang + "' is not a language tag");
                        }
                        languagesSeen.add(language.code());
                    }
                    case "termSec", "tig", "ntig" -> {
                        termText = null;
                        forbidden = false;
                        casing = Casing.INSENSITIVE;
                    }
                    case "term" -> {
                        termLine = xml.line();
                        if (language == null) {
                            throw new TermsException(file + ":" + termLine + ": <term> outside a language section");
                        }
                        termText = xml.elementText();
                        if (termText.isBlank()) {
                            throw new TermsException(file + ":" + termLine + ": empty <term>");
                        }
                    }
                    case "termNote" -> {
                        String type = String.valueOf(xml.attribute("type"));
                        String value = xml.elementText().strip().toLowerCase(Locale.ROOT);
                        if (type.equals("administrativeStatus") || type.equals("normativeAuthorization")) {
                            forbidden = value.startsWith("deprecated") || value.startsWith("superseded");
                        } else if (type.equals("x-caseSensitive")) {
                            casing = value.equals("yes") || value.equals("true") ? Casing.SENSITIVE : Casing.INSENSITIVE;
                        }
                    }
                    case "note", "descrip" -> {
                        String text = xml.elementText().strip();
                        if (!text.isEmpty() && termText == null && note.isEmpty()) {
                            note.append(text);
                        }
                    }
                    default -> {
                    }
                }
            } else {
                String name = xml.name();
                if (name.equals("termSec") || name.equals("tig") || name.equals("ntig")) {
                    if (termText == null) {
                        throw new TermsException(file + ":" + xml.line() + ": <" + name + "> without a <term>");
                    }
                    terms.add(new RawTerm(language, new Term(termText, casing), forbidden));
                    termText = null;
                } else if (name.equals("langSec") || name.equals("langSet")) {
                    language = null;
                } else if (name.equals(entryElement)) {
                    break;
                }
            }
        }
        List<Term> sources = terms.stream().filter(t -> t.language().sameLanguageAs(source) && !t.forbidden())
                .map(RawTerm::term).toList();
        List<Term> targets = terms.stream().filter(t -> t.language().sameLanguageAs(target) && !t.forbidden())
                .map(RawTerm::term).toList();
        List<Term> forbiddenTargets = terms.stream().filter(t -> t.language().sameLanguageAs(target) && t.forbidden())
                .map(RawTerm::term).toList();
        if (sources.isEmpty() || (targets.isEmpty() && forbiddenTargets.isEmpty())) {
            return null;
        }
        if (sources.size() > 1) {
            // synonyms on the source side: the first is the entry's term, the check matches each through its own entry
            throw new TermsException(file + ":" + entryLine + ": " + sources.size() + " " + source.code()
                    + " terms in one entry; visavis takes one source term per entry (split it into several)");
        }
        return new GlossaryEntry(sources.get(0), targets, forbiddenTargets, note.toString());
    }

    @Override
    public void write(Glossary glossary, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            nl(xml, 0);
            xml.writeStartElement("tbx");
            xml.writeDefaultNamespace(TBX3_NAMESPACE);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute("xml", XML_NAMESPACE, "lang", glossary.source().tag());
            nl(xml, 1);
            xml.writeStartElement("tbxHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            xml.writeStartElement("p");
            xml.writeCharacters("visavis glossary " + glossary.source().tag() + "→" + glossary.target().tag());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            nl(xml, 1);
            xml.writeStartElement("text");
            xml.writeStartElement("body");
            int id = 1;
            for (GlossaryEntry e : glossary.entries()) {
                nl(xml, 2);
                xml.writeStartElement("conceptEntry");
                xml.writeAttribute("id", "c" + id++);
                if (!e.note().isEmpty()) {
                    nl(xml, 3);
                    xml.writeStartElement("note");
                    xml.writeCharacters(e.note());
                    xml.writeEndElement();
                }
                writeLanguage(xml, glossary.source(), List.of(e.source()), List.of());
                writeLanguage(xml, glossary.target(), e.targets(), e.forbidden());
                nl(xml, 2);
                xml.writeEndElement();
            }
            nl(xml, 1);
            xml.writeEndElement();
            xml.writeEndElement();
            nl(xml, 0);
            xml.writeEndElement();
            nl(xml, 0);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TBX: " + e.getMessage(), e);
        }
    }

    private static void writeLanguage(XMLStreamWriter xml, Language language, List<Term> allowed, List<Term> forbidden)
            throws XMLStreamException {
        nl(xml, 3);
        xml.writeStartElement("langSec");
        xml.writeAttribute("xml", XML_NAMESPACE, "lang", language.tag());
        for (Term t : allowed) {
            writeTerm(xml, t, "preferredTerm-admn-sts");
        }
        for (Term t : forbidden) {
            writeTerm(xml, t, "deprecatedTerm-admn-sts");
        }
        nl(xml, 3);
        xml.writeEndElement();
    }

    private static void writeTerm(XMLStreamWriter xml, Term term, String status) throws XMLStreamException {
        nl(xml, 4);
        xml.writeStartElement("termSec");
        xml.writeStartElement("term");
        xml.writeCharacters(term.text());
        xml.writeEndElement();
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", "administrativeStatus");
        xml.writeCharacters(status);
        xml.writeEndElement();
        if (term.casing() == Casing.SENSITIVE) {
            xml.writeStartElement("termNote");
            xml.writeAttribute("type", "x-caseSensitive");
            xml.writeCharacters("yes");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void nl(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
