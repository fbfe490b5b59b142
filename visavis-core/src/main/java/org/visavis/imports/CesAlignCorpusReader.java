package org.visavis.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.CesAlignFormat;
import org.visavis.project.CesAlignFormat.Link;
import org.visavis.project.CesAlignFormat.LinkFile;
import org.visavis.project.ElementCursor;

/**
 * Reads a cesAlign link file and the two XCES documents it names, as OPUS, InterText and
 * visavis write them, into an alignment. Sentence ids are looked up in the documents, so any id
 * scheme works: ours ({@code s12}), InterText's ({@code 1:2}), OPUS's ({@code s1.2} or
 * {@code 12}). Documents may be gzipped ({@code .gz}, as OPUS ships them) and sentences may
 * hold tokens ({@code <w>}), joined with spaces. The visavis project itself numbers sentences
 * {@code s1..sN} again when it is saved.
 *
 * <pre>{@code
 * CesAlignCorpusReader.Result r = new CesAlignCorpusReader().read(Path.of("fr-en.xml"), Optional.empty(), Optional.empty());
 * }</pre>
 *
 * Sentences no link mentions become one-sided beads (with confidence 0), and {@link Result}
 * counts them so the caller can say so.
 */
public final class CesAlignCorpusReader {

    /** The alignment read, and how many unlinked sentences were added as one-sided beads. */
    public record Result(Alignment alignment, int unlinkedSentences) {
    }

    /** A document as read: its sentences, paragraphs, language (when it says) and id lookup. */
    private record Corpus(SegmentedDocument document, Map<String, Integer> ids) {
    }

    public Result read(Path file, Optional<Language> sourceLanguage, Optional<Language> targetLanguage) {
        LinkFile links = XmlInput.read(file,
                r -> CesAlignFormat.readLinks(r, message -> new ImportException(file + ": " + message)));
        Path fromDoc = resolve(file, links.fromDoc(), "fromDoc");
        Path toDoc = resolve(file, links.toDoc(), "toDoc");
        Corpus source = XmlInput.read(fromDoc, r -> corpus(r, fromDoc, sourceLanguage, "--source-lang"));
        Corpus target = XmlInput.read(toDoc, r -> corpus(r, toDoc, targetLanguage, "--target-lang"));
        List<Bead> beads = new ArrayList<>();
        int nextSource = 0;
        int nextTarget = 0;
        int unlinked = 0;
        for (Link link : links.links()) {
            List<Integer> s = indexes(link.sourceIds(), source.ids(), file, link.line(), links.fromDoc());
            List<Integer> t = indexes(link.targetIds(), target.ids(), file, link.line(), links.toDoc());
            if (s.isEmpty() && t.isEmpty()) {
                continue;
            }
            int firstS = s.isEmpty() ? nextSource : s.get(0);
            int firstT = t.isEmpty() ? nextTarget : t.get(0);
            if (firstS < nextSource || firstT < nextTarget) {
                throw new ImportException(file + ": line " + link.line() + ": link " + link.xtargets()
                        + " goes back to sentences already linked; links must follow the documents' order");
            }
            while (nextSource < firstS) {
                beads.add(Bead.auto(List.of(nextSource++), List.of(), 0));
                unlinked++;
            }
            while (nextTarget < firstT) {
                beads.add(Bead.auto(List.of(), List.of(nextTarget++), 0));
                unlinked++;
            }
            try {
                beads.add(new Bead(s, t, link.certainty(), link.status()));
            } catch (IllegalArgumentException e) {
                throw new ImportException(file + ": line " + link.line() + ": " + e.getMessage());
            }
            nextSource += s.size();
            nextTarget += t.size();
        }
        while (nextSource < source.document().size()) {
            beads.add(Bead.auto(List.of(nextSource++), List.of(), 0));
            unlinked++;
        }
        while (nextTarget < target.document().size()) {
            beads.add(Bead.auto(List.of(), List.of(nextTarget++), 0));
            unlinked++;
        }
        try {
            return new Result(new Alignment(source.document(), target.document(), beads), unlinked);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file + ": the links do not match the documents: " + e.getMessage());
        }
    }

    /**
     * The document file a link group names: beside the link file, or one folder up (OPUS layout).
     * A name that leads elsewhere (an absolute path, "..", a link out of the folder) is refused:
     * a link file from someone else must not make visavis read whatever file it names.
     */
    private static Path resolve(Path file, String name, String attribute) {
        Path dir = file.toAbsolutePath().getParent();
        List<Path> bases = dir.getParent() == null ? List.of(dir) : List.of(dir, dir.getParent());
        Path named = Path.of(name);
        if (named.isAbsolute() || named.normalize().startsWith("..") || name.contains("\0")) {
            throw outside(file, name, attribute);
        }
        for (Path base : bases) {
            for (String n : List.of(name, name + ".gz")) {
                Path p = base.resolve(n).normalize();
                if (Files.isRegularFile(p)) {
                    if (!p.startsWith(base) || !realPath(p).startsWith(realPath(base))) {
                        throw outside(file, name, attribute);
                    }
                    return p;
                }
            }
        }
        throw new ImportException(file + ": the " + attribute + " document '" + name + "' is not beside the link file"
                + " nor one folder up");
    }

    private static ImportException outside(Path file, String name, String attribute) {
        return new ImportException(file + ": the " + attribute + " document '" + name + "' is outside the link file's"
                + " folder; cesAlign documents must be beside the link file or one folder up");
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            throw new ImportException(p + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static List<Integer> indexes(List<String> ids, Map<String, Integer> lookup, Path file, int line, String doc) {
        List<Integer> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Integer i = lookup.get(id);
            if (i == null) {
                throw new ImportException(file + ": line " + line + ": sentence id '" + id + "' is not in " + doc);
            }
            out.add(i);
        }
        return out;
    }

    /** Reads an XCES document leniently: {@code <s id>} anywhere, in {@code <p>} or {@code <head>} or alone. */
    private static Corpus corpus(XMLStreamReader r, Path file, Optional<Language> languageOption, String option)
            throws XMLStreamException {
        Language language = languageOption.orElse(null);
        String name = file.getFileName().toString();
        CorpusBuilder corpus = new CorpusBuilder(file);
        int depth = 0;
        ElementCursor c = new ElementCursor(r);
        while (c.next()) {
            if (!c.isStart()) {
                corpus.endElement(depth);
                depth--;
                continue;
            }
            depth++;
            String el = c.name();
            int line = c.line();
            if (language == null) {
                language = declaredLanguage(c, file, option);
            }
            if ((el.equals("text") || el.equals("document")) && c.attribute("name") != null) {
                name = c.attribute("name");
            }
            switch (el) {
                case "p", "head" -> corpus.paragraph(depth, el.equals("head") || "heading".equals(c.attribute("type"))
                        ? ParagraphKind.HEADING : ParagraphKind.BODY);
                case "s" -> {
                    String id = c.attribute("id");
                    if (id == null) {
                        throw new ImportException(file + ": line " + line + ": <s> without an id");
                    }
                    corpus.sentence(id, sentenceText(r), line);
                    depth--;
                }
                case "note" -> {
                    String label = c.attribute("n");
                    corpus.note(label == null ? "" : label, c.text(java.util.Set.of()).strip());
                    depth--;
                }
                default -> {
                    // containers (text, body, div, document, linkGrp...) only nest the above
                }
            }
        }
        if (language == null) {
            throw new ImportException(file + ": the document names no language (xml:lang); give " + option);
        }
        return corpus.build(name, language);
    }

    /** The language an element's xml:lang names, or null when it names none. */
    private static Language declaredLanguage(ElementCursor c, Path file, String option) {
        String lang = c.lang();
        if (lang == null) {
            return null;
        }
        try {
            return Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file + ": line " + c.line() + ": " + e.getMessage() + "; give " + option);
        }
    }

    /**
     * The paragraphs, sentences and ids of an XCES document as its elements come: the paragraph
     * being read (its kind, sentences and notes) until the end tag at its depth closes it.
     */
    private static final class CorpusBuilder {
        private final Path file;
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        /** The depth of the open paragraph's element; -1 outside one. */
        private int paragraphDepth = -1;
        private ParagraphKind kind = ParagraphKind.BODY;
        private final StringBuilder text = new StringBuilder();
        private List<Note> notes = new ArrayList<>();
        private boolean hasSentences;

        CorpusBuilder(Path file) {
            this.file = file;
        }

        /** A {@code <p>} or {@code <head>} at this depth opens a paragraph, unless one is open (nested ones join it). */
        void paragraph(int depth, ParagraphKind paragraphKind) {
            if (paragraphDepth >= 0) {
                return;
            }
            paragraphDepth = depth;
            kind = paragraphKind;
            text.setLength(0);
            notes = new ArrayList<>();
            hasSentences = false;
        }

        /** An end tag at this depth: closes the open paragraph when it is its own (a paragraph of nothing is dropped). */
        void endElement(int depth) {
            if (depth != paragraphDepth) {
                return;
            }
            if (hasSentences || !notes.isEmpty()) {
                paragraphs.add(new Paragraph(text.toString(), kind, notes));
            }
            paragraphDepth = -1;
        }

        void sentence(String id, String sentence, int line) {
            if (ids.putIfAbsent(id, segments.size()) != null) {
                throw new ImportException(file + ": line " + line + ": sentence id '" + id + "' is used twice");
            }
            segments.add(new Segment(sentence, paragraphs.size()));
            if (paragraphDepth < 0) {
                // a sentence outside any paragraph is a paragraph of its own
                paragraphs.add(new Paragraph(sentence, ParagraphKind.BODY, List.of()));
                return;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence);
            hasSentences = true;
        }

        /** A note belongs to the open paragraph; outside one it is dropped. */
        void note(String label, String noteText) {
            if (paragraphDepth >= 0) {
                notes.add(new Note(label, noteText));
            }
        }

        Corpus build(String name, Language language) {
            return new Corpus(new SegmentedDocument(name, language, paragraphs, segments), ids);
        }
    }

    /** A sentence's text: its characters, tokens ({@code <w>}) joined by single spaces. */
    private static String sentenceText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        boolean tokens = false;
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("w")) {
                    sb.append(' ');
                    tokens = true;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (r.getLocalName().equals("w")) {
                    sb.append(' ');
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                sb.append(r.getText());
            }
        }
        // tokenised corpora put layout whitespace between the <w>; plain sentences keep theirs
        return tokens ? sb.toString().replaceAll("\\s+", " ").strip() : sb.toString().strip();
    }
}
