package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import java.util.regex.Pattern;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.idml.IDMLFilter;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.openoffice.OpenOfficeFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import org.visavis.model.Document;
import org.visavis.pipeline.DocumentReader;
import org.visavis.pipeline.IngestException;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;

/**
 * Reads DOCX, ODT, HTML/XHTML, Markdown and IDML through Okapi's filters (okapi-filter-openxml,
 * okapi-filter-openoffice, okapi-filter-html, okapi-filter-markdown, okapi-filter-idml),
 * so that each paragraph keeps its inline codes (bold, italics, links, code) beside its plain
 * text. One Okapi text unit is one paragraph; headings are the text units of {@code <h1>..<h6>}
 * and the page's {@code <title>} when no paragraph repeats it (HTML). Okapi does not tell a DOCX's
 * headings nor attach its footnotes, so {@link TikaDocumentReader} lays these codes over Tika's
 * reading of a DOCX or ODT. An IDML (InDesign) package is read by Okapi alone: each paragraph of
 * its stories, in the order of the spreads' text frames, with its character style ranges (bold,
 * italics, a character style) as codes; its paragraphs are all body text, since the filter does
 * not tell their paragraph styles. Text in attributes (image
 * descriptions, link titles) is not the running text and is left out. A file the filter rejects
 * is an {@link IngestException} naming it.
 *
 * <pre>{@code
 * Document doc = new OkapiDocumentReader().read(Path.of("corpora/debian-handbook/en-US/foreword.html"), Language.of("en"));
 * doc.paragraphs().get(3).codes();  // the <a>, <em>, <code> ... of that paragraph
 * }</pre>
 *
 * {@link #readHtml} reads one HTML or XHTML document from a stream (an EPUB's spine item).
 */
public final class OkapiDocumentReader implements DocumentReader {

    /** Okapi's HTML rules with attribute text left out (see the file's head). */
    private static final String HTML_CONFIG = "/org/visavis/ingest/okapi-html.yml";
    private static final Set<String> HTML_HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern ATX_PREFIX = Pattern.compile("\\s{0,3}#{1,6}\\s*");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("\\s{0,3}(=+|-+)\\s*");

    @Override
    public Document read(Path file, Language language) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (isMarkdown(name)) {
            return document(name, language, markdown(file, name, language));
        }
        if (isIdml(name)) {
            return document(name, language, paragraphs(new IDMLFilter(), new RawDocument(file.toUri(), "UTF-8", locale(language)),
                    name, true));
        }
        boolean odt = name.toLowerCase(java.util.Locale.ROOT).endsWith(".odt");
        boolean docx = !odt && (name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") || isZip(file, name));
        List<Paragraph> paragraphs;
        if (odt) {
            paragraphs = paragraphs(new OpenOfficeFilter(), new RawDocument(file.toUri(), "UTF-8", locale(language)), name, true);
        } else if (docx) {
            paragraphs = paragraphs(new OpenXMLFilter(), new RawDocument(file.toUri(), "UTF-8", locale(language)), name, true);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                paragraphs = readHtml(in, name, language);
            } catch (IOException e) {
                throw new IngestException(name + ": cannot read the file (" + e.getMessage() + ")", e);
            }
        }
        return document(name, language, paragraphs);
    }

    /** An IDML package (InDesign Markup Language) by its name ({@code .idml}). */
    public static boolean isIdml(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".idml");
    }

    /** A Markdown file by its name ({@code .md}, {@code .markdown}): Tika only tells it is text. */
    public static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /**
     * A Markdown document, structure and codes from Okapi's filter: a text unit after a {@code #}
     * prefix or above a {@code ===}/{@code ---} underline is a heading, one whose text keeps its line
     * ends (fenced or indented) is a code block, the others are paragraphs and list items with their
     * emphasis, code spans and links as codes.
     */
    private static List<Paragraph> markdown(Path file, String name, Language language) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String lastPart = "";
        boolean inFence = false;
        // a line of = or - right under a paragraph (one line end between) makes it a heading
        int lineEndsSinceText = 2; // 2: no paragraph right above
        try (MarkdownFilter filter = new MarkdownFilter();
                RawDocument raw = new RawDocument(file.toUri(), "UTF-8", locale(language))) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isDocumentPart()) {
                    String part = event.getDocumentPart().getSkeleton() == null ? ""
                            : event.getDocumentPart().getSkeleton().toString();
                    if (part.equals("\n")) {
                        lineEndsSinceText = Math.min(2, lineEndsSinceText + 1);
                        continue;
                    }
                    if (lineEndsSinceText <= 1 && SETEXT_UNDERLINE.matcher(part).matches()) {
                        Paragraph p = paragraphs.remove(paragraphs.size() - 1);
                        paragraphs.add(new Paragraph(p.text(), ParagraphKind.HEADING, p.notes(), p.codes()));
                    }
                    if (part.strip().startsWith("```") || part.strip().startsWith("~~~")) {
                        inFence = !inFence;
                    }
                    lineEndsSinceText = 2;
                    lastPart = part;
                    continue;
                }
                if (!event.isTextUnit() || event.getTextUnit().isReferent() || !event.getTextUnit().isTranslatable()) {
                    continue;
                }
                TextFragment content = event.getTextUnit().getSource().getUnSegmentedContentCopy();
                String text = content.getText();
                Paragraph p;
                if (inFence || text.endsWith("\n")) {
                    p = Paragraph.code(text.stripTrailing());
                } else {
                    p = CodedParagraphs.of(content, ATX_PREFIX.matcher(lastPart).matches() ? ParagraphKind.HEADING
                            : ParagraphKind.BODY, List.of());
                }
                lastPart = "";
                lineEndsSinceText = p.kind() == ParagraphKind.BODY && !p.text().isBlank() ? 0 : 2;
                if (!p.text().isBlank()) {
                    paragraphs.add(p);
                }
            }
        } catch (IngestException e) {
            throw e;
        } catch (StackOverflowError e) {
            // flexmark parses nested blocks by recursion: a hostile file of deep nesting ends here
            throw new IngestException(name + ": the Markdown is nested too deeply to read", e);
        } catch (RuntimeException e) {
            throw new IngestException(name + ": the file is damaged and cannot be read (" + oneLine(e) + ")", e);
        }
        return paragraphs;
    }

    /** The paragraphs of one HTML or XHTML document (encoding from its declaration, else UTF-8). */
    public List<Paragraph> readHtml(InputStream in, String name, Language language) {
        return withoutRepeatedTitle(paragraphs(htmlFilter(), new RawDocument(in, "UTF-8", locale(language)), name, false));
    }

    private static HtmlFilter htmlFilter() {
        HtmlFilter filter = new HtmlFilter();
        try (InputStream config = OkapiDocumentReader.class.getResourceAsStream(HTML_CONFIG)) {
            if (config == null) {
                throw new IllegalStateException(HTML_CONFIG + " is missing from the classpath (broken build)");
            }
            filter.getParameters().fromString(new String(config.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return filter;
    }

    /**
     * The page's {@code <title>} comes first; when a heading or paragraph repeats it, that one is
     * the text and the title goes (as Tika's reader does).
     */
    private static List<Paragraph> withoutRepeatedTitle(List<Paragraph> paragraphs) {
        if (paragraphs.size() > 1 && paragraphs.get(0).isHeading()) {
            String title = paragraphs.get(0).text();
            if (paragraphs.subList(1, paragraphs.size()).stream().anyMatch(p -> p.text().contains(title))) {
                return paragraphs.subList(1, paragraphs.size());
            }
        }
        return paragraphs;
    }

    static Document document(String name, Language language, List<Paragraph> paragraphs) {
        if (paragraphs.stream().allMatch(p -> p.text().isBlank())) {
            throw new IngestException(name + ": the document contains no text");
        }
        return new Document(name, language, paragraphs);
    }

    /** The filter's text units as paragraphs; {@code bodyOnly}: the filter tells no headings (DOCX, ODT, IDML). */
    private static List<Paragraph> paragraphs(IFilter filter, RawDocument raw, String name, boolean bodyOnly) {
        List<Paragraph> paragraphs = new ArrayList<>();
        try (filter; raw) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (!event.isTextUnit()) {
                    continue;
                }
                ITextUnit tu = event.getTextUnit();
                if (tu.isReferent() || !tu.isTranslatable()) {
                    continue;
                }
                Paragraph p = CodedParagraphs.of(tu.getSource().getUnSegmentedContentCopy(), kind(tu, bodyOnly), List.of());
                if (!p.text().isEmpty()) {
                    paragraphs.add(p);
                }
            }
        } catch (IngestException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IngestException(name + ": the file is damaged and cannot be read (" + oneLine(e) + ")", e);
        }
        return paragraphs;
    }

    private static ParagraphKind kind(ITextUnit tu, boolean bodyOnly) {
        String type = tu.getType() == null ? "" : tu.getType().toLowerCase(java.util.Locale.ROOT);
        if (bodyOnly) {
            return ParagraphKind.BODY;
        }
        return HTML_HEADINGS.contains(type) || type.equals("title") ? ParagraphKind.HEADING : ParagraphKind.BODY;
    }

    private static LocaleId locale(Language language) {
        return LocaleId.fromString(language.tag());
    }

    private static boolean isZip(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static String oneLine(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().lines().findFirst().orElse("").strip();
            }
        }
        return e.getClass().getSimpleName();
    }
}
