package org.visavis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.visavis.lang.WordList;
import org.visavis.model.Document;
import org.visavis.model.DocumentPart;
import org.visavis.model.InputLimit;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.visavis.pipeline.DocumentReader;
import org.visavis.pipeline.IngestException;

/**
 * {@link DocumentReader} on Apache Tika: PDF, DOCX, ODT, RTF, HTML/XHTML, EPUB, IDML and plain text
 * (UTF-8, UTF-16 with a byte-order mark, Windows-1252 or Latin-1, detected); Markdown
 * ({@code .md}) and IDML ({@code .idml}, InDesign) are read by {@link OkapiDocumentReader} alone. Tika detects the
 * format of every file. HTML/XHTML, the XHTML documents of an EPUB, DOCX and ODT are also read by
 * {@link OkapiDocumentReader}, whose inline codes (bold, links, code) are laid over Tika's
 * paragraphs ({@link CodeOverlay}): Tika for the structure, Okapi for the codes. Paragraphs and
 * headings come from Tika's XHTML structure; PDFs and plain text, whose layout extraction breaks,
 * go through {@link PageLayoutRepair}. Documents embedded in a document (pictures, spreadsheets,
 * the text files of an ODT's Pictures folder) are not read: their text is not the document's.
 * Hostile files stop at an {@link InputLimit}: archives ({@link ArchiveGuard}), PDF content
 * streams ({@link PdfStreamGuard}), RTF groups ({@link RtfGuard}), nesting and text size
 * ({@link XhtmlBlockCollector}).
 *
 * <pre>{@code
 * Document doc = new TikaDocumentReader().read(Path.of("debian-reference.en.pdf"), Language.of("en"));
 * }</pre>
 */
public final class TikaDocumentReader implements DocumentReader {

    private static final Set<String> STRUCTURED = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.text-web",
            "application/vnd.oasis.opendocument.text-master",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "application/epub+zip",
            "application/msword");
    /** Formats that are zip archives, checked by {@link ArchiveGuard} before Tika opens them. */
    private static final Set<String> ZIPPED = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.text-web",
            "application/vnd.oasis.opendocument.text-master",
            "application/epub+zip");
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String HTML = "text/html";
    private static final String XHTML = "application/xhtml+xml";
    private static final String EPUB = "application/epub+zip";
    private static final String IDML = "application/vnd.adobe.indesign-idml-package";
    private static final Pattern LAYOUT_WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f\\u000B]+");
    private static final MediaType PDF = MediaType.application("pdf");
    /** A scanned page may carry a page number or a stray mark; real text has more letters than this. */
    private static final int MIN_LETTERS_PER_PAGE = 8;
    /** Share of control or replacement characters above which decoded text is garbage. */
    private static final double MAX_GARBAGE_SHARE = 0.01;

    private final Detector detector;
    private final PlainTextDecoder decoder = new PlainTextDecoder();
    private final OkapiDocumentReader okapi = new OkapiDocumentReader();
    /** Built on first need: loading every Tika parser costs a second that PDFs can skip. */
    private AutoDetectParser anyFormatParser;

    public TikaDocumentReader() {
        detector = TikaConfig.getDefaultConfig().getDetector();
    }

    @Override
    public Document read(Path file, Language language) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        checkReadable(file, name);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType type = detect(file, name, metadata);
        List<Paragraph> paragraphs;
        if (type.toString().equals(IDML) || OkapiDocumentReader.isIdml(name)) {
            // Okapi alone: its IDML filter gives the stories in the order of their frames, character styles as codes
            ArchiveGuard.check(file, name);
            return okapi.read(file, language);
        }
        if (isPlainText(type) && OkapiDocumentReader.isMarkdown(name)) {
            // Markdown's structure and formatting are in its syntax, which only Okapi's filter reads
            return okapi.read(file, language);
        } else if (isPlainText(type)) {
            String text = decoder.decode(file);
            checkTextSize(text.length(), name);
            checkDecoded(text, name);
            // Code blocks leave the text before its layout is repaired, which would make prose of them.
            IndentedCodeBlocks.Marked marked = IndentedCodeBlocks.mark(text);
            paragraphs = RenderedNoteMarkers.attach(IndentedCodeBlocks.restore(
                    new PageLayoutRepair(WordList.forLanguage(language), List.of())
                            .repair(PlainTextPages.of(marked.text())), marked));
        } else if (type.equals(PDF)) {
            // The dictionary loads while Tika parses: half a second off the wall time on two cores.
            CompletableFuture<Optional<WordList>> wordList =
                    CompletableFuture.supplyAsync(() -> WordList.forLanguage(language));
            PdfStreamGuard.check(file, name);
            // Tika's text has no fonts or places: the lines in monospace fonts and the tables come from PDFBox, meanwhile.
            CompletableFuture<PdfLayout> layout = CompletableFuture.supplyAsync(() -> PdfLayout.read(file));
            ExtractedText extracted = parse(file, name, metadata, parserFor(type));
            checkTextLayer(extracted, name);
            // Tables and code blocks leave the pages before their layout is repaired, which would make prose of them.
            PdfTableBlocks.Marked tables = PdfTableBlocks.mark(pdfPages(extracted), layout.join().tables());
            PdfCodeBlocks.Marked marked = PdfCodeBlocks.mark(tables.pages(), layout.join().monospace());
            paragraphs = PdfTableBlocks.restore(PdfCodeBlocks.restore(SpacedEllipsis.closed(
                    new PageLayoutRepair(wordList.join(), extracted.outline()).repair(marked.pages())), marked),
                    tables, wordList.join());
        } else if (type.toString().equals(DOCX) || type.toString().equals(HTML) || type.toString().equals(XHTML)) {
            if (type.toString().equals(DOCX)) {
                ArchiveGuard.check(file, name);
            }
            // Tika reads the structure (headings, code blocks, footnotes), Okapi the inline codes.
            // Tika first: its reading enforces the input limits (nesting depth, size), and Okapi's
            // HTML filter is slow past them (a page of 100,000 nested divs takes it minutes).
            List<Paragraph> structured = structuredParagraphs(parse(file, name, metadata, parserFor(type)));
            if (type.toString().equals(DOCX)) {
                // Tika reads code paragraphs (a code style, a monospace font) as prose, one per line
                structured = StyledCodeBlocks.apply(structured, DocxCodeParagraphs.read(file, name));
            }
            List<Paragraph> coded = okapi.read(file, language).paragraphs();
            paragraphs = CodeOverlay.overlay(structured, coded);
        } else {
            if (ZIPPED.contains(type.toString())) {
                ArchiveGuard.check(file, name);
            } else if (type.toString().equals("application/rtf")) {
                RtfGuard.check(file, name);
            }
            if (type.toString().equals(EPUB)) {
                return epub(file, name, language);
            }
            paragraphs = structuredParagraphs(type.getSubtype().startsWith("vnd.oasis.opendocument")
                    ? parseOdf(file, name, metadata, parserFor(type))
                    : parse(file, name, metadata, parserFor(type)));
            if (type.toString().equals(ODT)) {
                // as for a DOCX: Tika's structure with the code blocks, Okapi's inline codes
                // and without the running header and footer Tika reads first
                paragraphs = CodeOverlay.overlay(StyledCodeBlocks.apply(OdfPageEdges.without(paragraphs, file, name),
                        OdfCodeParagraphs.read(file, name)), okapi.read(file, language).paragraphs());
            }
        }
        return document(name, language, paragraphs, List.of());
    }

    private static Document document(String name, Language language, List<Paragraph> paragraphs,
            List<DocumentPart> parts) {
        if (paragraphs.stream().allMatch(p -> p.text().isBlank())) {
            throw new IngestException(name + ": the document contains no text");
        }
        return new Document(name, language, paragraphs.stream().map(TikaDocumentReader::singleSpaced).toList(), parts);
    }

    /**
     * Runs of layout whitespace (spaces of a justified or columned text, tabs, line breaks) as one
     * space, in prose and notes; no-break and narrow spaces are typography and stay, and a code
     * block keeps its spacing.
     */
    private static Paragraph singleSpaced(Paragraph p) {
        if (p.isCode()) {
            return p;
        }
        List<Note> notes = p.notes().stream().map(n -> new Note(n.label(), collapse(n.text()))).toList();
        String text = collapse(p.text());
        // inline codes were laid over text already single-spaced; their positions still hold
        return new Paragraph(text, p.kind(), notes, text.equals(p.text()) ? p.codes() : List.of());
    }

    /**
     * An EPUB in its reading order ({@link EpubSpine}): each XHTML document of the spine read as
     * HTML is, one {@link DocumentPart} each, so that parts in another language can be told apart.
     */
    private Document epub(Path file, String name, Language language) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<DocumentPart> parts = new ArrayList<>();
        Parser parser = parserFor(MediaType.application("xhtml+xml"));
        for (EpubSpine.Item item : EpubSpine.read(file, name)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, item.href());
            metadata.set(Metadata.CONTENT_TYPE, "application/xhtml+xml");
            int start = paragraphs.size();
            String itemName = name + " (" + item.href() + ")";
            // Tika first, as for HTML: its reading enforces the input limits before Okapi's filter runs
            List<Paragraph> structured = blockParagraphs(parse(() -> TikaInputStream.get(item.xhtml()),
                    itemName, metadata, parser));
            List<Paragraph> coded = okapi.readHtml(new java.io.ByteArrayInputStream(item.xhtml()), itemName, language);
            paragraphs.addAll(CodeOverlay.overlay(structured, coded));
            parts.add(new DocumentPart(item.href(), item.language(), start, paragraphs.size()));
        }
        return document(name, language, paragraphs, parts);
    }

    private static void checkReadable(Path file, String name) {
        if (!Files.exists(file)) {
            throw new IngestException(name + ": no such file (" + file + ")");
        }
        if (Files.isDirectory(file)) {
            throw new IngestException(name + ": is a directory, not a document");
        }
        if (!Files.isReadable(file)) {
            throw new IngestException(name + ": cannot read the file (permission denied)");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException(name + ": the file is empty");
            }
            if (size > InputLimit.FILE_BYTES.value()) {
                throw new IngestException(InputLimit.FILE_BYTES.exceeded(name, "the file is larger than"));
            }
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private MediaType detect(Path file, String name, Metadata metadata) {
        MediaType type;
        try (InputStream in = TikaInputStream.get(file)) {
            type = detector.detect(in, metadata).getBaseType();
        } catch (IOException e) {
            throw new IngestException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        boolean plainText = type.getType().equals("text");
        if (!type.equals(PDF) && !plainText && !STRUCTURED.contains(type.toString()) && !type.toString().equals(IDML)) {
            throw new IngestException(name + ": unsupported format " + type
                    + "; visavis reads PDF, DOCX, ODT, RTF, HTML, EPUB, IDML, Markdown and plain text");
        }
        return type;
    }

    private synchronized Parser parserFor(MediaType type) {
        if (type.equals(PDF)) {
            return new PDFParser();
        }
        if (anyFormatParser == null) {
            anyFormatParser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        }
        // Tika's own guard stops at 100 levels of elements; ours (in XhtmlBlockCollector) names
        // its limit, so Tika's is set above it (its count includes the html and body wrapping).
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumDepth((int) Math.min(Integer.MAX_VALUE - 64, InputLimit.NESTING_DEPTH.value()) + 32);
        anyFormatParser.setAutoDetectParserConfig(config);
        return anyFormatParser;
    }

    /** An ODF document without the objects embedded in it ({@link OdfObjects}). */
    private static ExtractedText parseOdf(Path file, String name, Metadata metadata, Parser parser) {
        Path copy = null;
        try {
            if (OdfObjects.has(file)) {
                copy = OdfObjects.withoutObjects(file);
            }
            return parse(copy == null ? file : copy, name, metadata, parser);
        } catch (IOException e) {
            throw new IngestException(name + ": the file is damaged and cannot be read (" + oneLine(e) + ")", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind harms nothing; the document was read
                }
            }
        }
    }

    private static ExtractedText parse(Path file, String name, Metadata metadata, Parser parser) {
        return parse(() -> TikaInputStream.get(file), name, metadata, parser);
    }

    /** Where a parse reads its bytes from: a file, or an entry of an archive already read. */
    private interface Source {
        InputStream open() throws IOException;
    }

    private static ExtractedText parse(Source source, String name, Metadata metadata, Parser parser) {
        XhtmlBlockCollector collector = new XhtmlBlockCollector();
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig());
        context.set(HtmlMapper.class, new BlockKeepingHtmlMapper());
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        try (InputStream in = source.open()) {
            parser.parse(in, collector, metadata, context);
        } catch (StackOverflowError e) {
            throw new IngestException(name + ": the document's structure nests too deeply to be read (limit "
                    + InputLimit.NESTING_DEPTH.property() + " is " + InputLimit.NESTING_DEPTH.describe()
                    + " but the parser ran out of stack first)", e);
        } catch (EncryptedDocumentException e) {
            throw new IngestException(name + ": the document is password-protected; remove the password first", e);
        } catch (TikaException | SAXException e) {
            limitReached(e).ifPresent(limit -> {
                throw new IngestException(limit.message(name), e);
            });
            tikaGuard(e).ifPresent(reason -> {
                throw new IngestException(name + ": " + reason, e);
            });
            throw new IngestException(name + ": the file is damaged and cannot be read (" + oneLine(e) + ")", e);
        } catch (IOException e) {
            // The file was readable a moment ago: what fails now is its content.
            throw new IngestException(name + ": the file is damaged and cannot be read (" + oneLine(e) + ")", e);
        }
        return collector.result();
    }

    /** The limit the collector reached, however deep Tika wrapped it. */
    private static Optional<XhtmlBlockCollector.LimitReached> limitReached(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XhtmlBlockCollector.LimitReached limit) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }

    /** Tika's own zip-bomb guard ("Suspected zip bomb: ..."), deep in the causes, in its words. */
    private static Optional<String> tikaGuard(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.startsWith("Suspected zip bomb")) {
                return Optional.of("the document looks like a zip bomb (" + m.substring("Suspected zip bomb".length())
                        .replaceFirst("^:\\s*", "") + ")");
            }
        }
        return Optional.empty();
    }

    private static void checkTextSize(long chars, String name) {
        if (chars > InputLimit.TEXT_CHARS.value()) {
            throw new IngestException(InputLimit.TEXT_CHARS.exceeded(name, "the text has more than"));
        }
    }

    /** Embedded documents are not part of the text: their bytes are not even read. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    }

    private static PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        // Text layer only: OCR would hide a missing text layer behind minutes of guessing.
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractBookmarksText(true);
        config.setExtractAnnotationText(false);
        config.setExtractInlineImages(false);
        config.setExtractAcroFormContent(false);
        config.setExtractActions(false);
        config.setDetectAngles(false);
        return config;
    }

    private static void checkTextLayer(ExtractedText extracted, String name) {
        long letters = extracted.blocks().stream()
                .flatMapToInt(b -> b.text().codePoints())
                .filter(Character::isLetter)
                .count();
        if (letters < (long) MIN_LETTERS_PER_PAGE * Math.max(1, extracted.pageCount())) {
            throw new IngestException(name + ": the PDF has no text layer (scanned images?); run OCR first");
        }
    }

    /** Valid bytes in the detected encoding can still be binary data with a .txt name. */
    private static void checkDecoded(String text, String name) {
        long garbage = text.codePoints().filter(TikaDocumentReader::isGarbage).count();
        if (garbage > MAX_GARBAGE_SHARE * text.length()) {
            throw new IngestException(name + ": the text cannot be decoded (control characters: binary data?); "
                    + "save it as UTF-8 text");
        }
    }

    private static boolean isPlainText(MediaType type) {
        return type.getType().equals("text") && !type.getSubtype().contains("html");
    }

    private static boolean isGarbage(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f';
        return control || c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE;
    }

    /** PDF pages as lines, a blank line between the paragraphs Tika found on a page, and their line spacing. */
    private static PlainTextPages pdfPages(ExtractedText extracted) {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < extracted.pageCount(); p++) {
            pages.add(new ArrayList<>());
        }
        for (TextBlock block : extracted.blocks()) {
            List<String> page = pages.get(Math.max(0, block.page() - 1));
            if (!page.isEmpty()) {
                page.add("");
            }
            page.addAll(block.text().lines().toList());
        }
        // Some generators' PDFs (Chromium's) come out with every line a paragraph of its own: the
        // lines are then spaced like double-spaced text, and paragraphs are found the same way.
        return new PlainTextPages(pages, PlainTextPages.lineGap(pages.stream().flatMap(List::stream).toList()));
    }

    private static List<Paragraph> structuredParagraphs(ExtractedText extracted) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String title = extracted.title();
        boolean titleInText = title.isEmpty() || extracted.blocks().stream()
                .anyMatch(b -> collapse(b.text()).contains(title));
        if (!titleInText) {
            paragraphs.add(Paragraph.heading(collapse(title)));
        }
        paragraphs.addAll(blockParagraphs(extracted));
        return paragraphs;
    }

    private static List<Paragraph> blockParagraphs(ExtractedText extracted) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (TextBlock block : extracted.blocks()) {
            String text = block.kind() == ParagraphKind.CODE ? CodeBlocks.verbatim(block.text()) : collapse(block.text());
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(text, block.kind(), block.notes()));
            }
        }
        return paragraphs;
    }

    /** Layout whitespace to single spaces; non-breaking spaces are typography and stay. */
    private static String collapse(String text) {
        return LAYOUT_WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
