package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Document;
import org.visavis.pipeline.IngestException;
import org.visavis.model.InlineCode;
import org.visavis.model.InlineCode.Kind;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;

/** DOCX and HTML read through Okapi's filters: each paragraph's plain text and its inline codes. */
class OkapiDocumentReaderTest {

    private static final Language EN = Language.parse("en-US");
    private static final Path HANDBOOK_PAGE = Path.of("corpora/debian-handbook/en-US/sect.role-of-distributions.html");

    private static Paragraph starting(Document doc, String start) {
        // the handbook has no-break spaces after section and chapter numbers; ingest keeps them
        return doc.paragraphs().stream().filter(p -> p.text().replace('\u00A0', ' ').startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no paragraph starts with " + start + " in " + doc.paragraphs()));
    }

    private static Path formattedDocx() throws URISyntaxException {
        return Path.of(OkapiDocumentReaderTest.class.getResource("role-of-distributions.en.formatted.docx").toURI());
    }

    @Test
    void htmlParagraphsKeepTheirMarkupAsCodesBesideAPlainText() {
        Document doc = new TikaDocumentReader().read(HANDBOOK_PAGE, EN);
        Paragraph p = starting(doc, "The debian-installer, designed to be extremely modular");
        assertThat(p.text()).doesNotContain("<").contains("targets the first objective. It covers");
        assertThat(p.codes()).containsExactly(
                new InlineCode(4, Kind.OPENING, 1, "code", "<code class=\"command\">"),
                new InlineCode(20, Kind.CLOSING, 1, "code", "</code>"));
        assertThat(p.text().substring(4, 20)).isEqualTo("debian-installer");
    }

    @Test
    void theEmptyAnchorBeforeAHeadingIsNoCodeButItsFormattingIs() {
        // <h3><a id="sect.installer"></a>1.5.1. The Installer: <code class="command">debian-installer</code></h3>
        Paragraph heading = starting(new TikaDocumentReader().read(HANDBOOK_PAGE, EN), "1.5.1. The Installer");
        assertThat(heading.codes()).extracting(InlineCode::kind, InlineCode::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.OPENING, "code"), org.assertj.core.groups.Tuple.tuple(Kind.CLOSING, "code"));
        assertThat(heading.text().substring(heading.codes().get(0).position())).isEqualTo("debian-installer");
    }

    @Test
    void emptyPairsGoAtTheEdgesOnlyAndLoneCodesStay() {
        InlineCode anchor = new InlineCode(0, Kind.OPENING, 1, "a", "<a id=\"x\">");
        InlineCode anchorEnd = new InlineCode(0, Kind.CLOSING, 1, "a", "</a>");
        InlineCode inner = new InlineCode(5, Kind.OPENING, 2, "a", "<a id=\"y\">");
        InlineCode innerEnd = new InlineCode(5, Kind.CLOSING, 2, "a", "</a>");
        InlineCode bold = new InlineCode(11, Kind.OPENING, 3, "b", "<b>");
        InlineCode boldEnd = new InlineCode(11, Kind.CLOSING, 3, "b", "</b>");
        InlineCode br = new InlineCode(11, Kind.PLACEHOLDER, 4, "br", "<br/>");
        // "Text <a id=y></a>here" of 11 characters: the anchor at the start and the bold around nothing at the end go
        assertThat(CodedParagraphs.withoutEmptyEdgePairs(List.of(anchor, anchorEnd, inner, innerEnd, bold, boldEnd), 11))
                .containsExactly(inner, innerEnd);
        assertThat(CodedParagraphs.withoutEmptyEdgePairs(List.of(anchor, anchorEnd, bold, boldEnd, br), 11))
                .containsExactly(bold, boldEnd, br);
    }

    @Test
    void aLinkKeepsItsAddressAndTheEmphasisInsideIt() {
        Paragraph p = starting(new TikaDocumentReader().read(HANDBOOK_PAGE, EN), "Most new free software programs");
        List<InlineCode> codes = p.codes();
        assertThat(codes).extracting(InlineCode::kind, InlineCode::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.OPENING, "link"), org.assertj.core.groups.Tuple.tuple(Kind.OPENING, "em"),
                org.assertj.core.groups.Tuple.tuple(Kind.CLOSING, "em"), org.assertj.core.groups.Tuple.tuple(Kind.CLOSING, "link"));
        assertThat(codes.get(0).data()).isEqualTo("<a class=\"xref\" href=\"debian-packaging.html\">");
        assertThat(p.text().substring(codes.get(0).position(), codes.get(3).position()))
                .isEqualTo("Chapter\u00A015, Creating a Debian Package");
        assertThat(p.text().substring(codes.get(1).position(), codes.get(2).position())).isEqualTo("Creating a Debian Package");
    }

    @Test
    void oneXhtmlDocumentReadsFromAStreamAsFromItsFile() throws Exception {
        List<Paragraph> fromStream;
        try (InputStream in = Files.newInputStream(HANDBOOK_PAGE)) {
            fromStream = new OkapiDocumentReader().readHtml(in, "sect.role-of-distributions.html", EN);
        }
        assertThat(fromStream).isEqualTo(new OkapiDocumentReader().read(HANDBOOK_PAGE, EN).paragraphs());
    }

    @Test
    void docxRunsBecomeCodesOnTheParagraphsTikaStructured() throws Exception {
        Document doc = new TikaDocumentReader().read(formattedDocx(), EN);
        Paragraph heading = starting(doc, "1.5.1. The Installer");
        assertThat(heading.isHeading()).isTrue();
        assertThat(heading.codes()).extracting(InlineCode::position, InlineCode::kind, InlineCode::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(22, Kind.OPENING, "bold"), org.assertj.core.groups.Tuple.tuple(38, Kind.CLOSING, "bold"));
        Paragraph p = starting(doc, "Most new free software programs");
        assertThat(p.codes()).extracting(InlineCode::type).containsExactly("link", "fonts", "italic", "italic", "fonts", "link");
        assertThat(p.text()).doesNotContain("<");
    }

    /** The ODT LibreOffice writes of the handbook page (a link with an emphasis inside it, spans of code). */
    @Test
    void odtSpansAndLinksBecomeCodesOnTheParagraphsTikaStructured() throws Exception {
        Document doc = new TikaDocumentReader().read(
                Path.of(OkapiDocumentReaderTest.class.getResource("role-of-distributions.en.formatted.odt").toURI()), EN);
        Paragraph p = starting(doc, "Most new free software programs");
        List<InlineCode> codes = p.codes();
        assertThat(codes).extracting(InlineCode::kind).containsExactly(Kind.OPENING, Kind.OPENING, Kind.CLOSING, Kind.CLOSING);
        assertThat(codes.get(0).data()).startsWith("<text:a ").contains("xlink:href=\"../debian-packaging.html\"");
        assertThat(codes.get(1).data()).isEqualTo("<text:span text:style-name=\"Emphasis\">");
        assertThat(p.text().substring(codes.get(0).position(), codes.get(3).position()))
                .isEqualTo("Chapter\u00A015, Creating a Debian Package");
        assertThat(p.text().substring(codes.get(1).position(), codes.get(2).position())).isEqualTo("Creating a Debian Package");
        Paragraph installer = starting(doc, "The debian-installer, designed to be extremely modular");
        assertThat(installer.text()).doesNotContain("<");
        // the span of the command; the empty bookmark before the text frames nothing and is no code
        assertThat(installer.codes()).extracting(InlineCode::position).containsExactly(4, 20);
        assertThat(installer.codes().get(0).data()).isEqualTo("<text:span text:style-name=\"Source_20_Text\">");
        assertThat(installer.text().substring(4, 20)).isEqualTo("debian-installer");
    }

    /** PyYAML's README (Debian's python3-yaml): setext and ATX headings, code spans, indented code, links. */
    @Test
    void markdownHeadingsCodeBlocksAndInlineCodesComeFromItsSyntax() throws Exception {
        Document doc = new TikaDocumentReader().read(
                Path.of(OkapiDocumentReaderTest.class.getResource("pyyaml.README.md").toURI()), EN);
        assertThat(doc.paragraphs().stream().filter(Paragraph::isHeading).map(Paragraph::text))
                .containsExactly("PyYAML", "Installation", "Testing", "Further Information", "License");
        Paragraph install = starting(doc, "To install, type");
        assertThat(install.text()).isEqualTo("To install, type python setup.py install.");
        assertThat(install.codes()).extracting(InlineCode::kind, InlineCode::position, InlineCode::data).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.OPENING, 17, "`"), org.assertj.core.groups.Tuple.tuple(Kind.CLOSING, 40, "`"));
        // soft line breaks are spaces; the indented block keeps its lines
        assertThat(starting(doc, "By default, the setup.py script").text())
                .contains("is installed and if so, builds and installs LibYAML bindings. To skip the check");
        assertThat(doc.paragraphs().stream().filter(Paragraph::isCode).map(Paragraph::text)).containsExactly(
                ">>> yaml.load(stream, Loader=yaml.CLoader)\n>>> yaml.dump(data, Dumper=yaml.CDumper)", ">>> yaml.safe_load(stream)");
        Paragraph link = starting(doc, "For more information, check the PyYAML homepage");
        assertThat(link.codes()).extracting(InlineCode::type).containsExactly("link", "link");
        assertThat(link.codes().get(1).data()).isEqualTo("](https://github.com/yaml/pyyaml)");
        assertThat(doc.paragraphs()).noneMatch(p -> p.text().contains("`") || p.text().contains("](") || p.text().startsWith("#"));
    }

    @Test
    void aDocxWhoseDocumentIsNotXmlIsOneErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.docx");
        try (ZipFile good = new ZipFile(formattedDocx().toFile());
                OutputStream out = Files.newOutputStream(broken);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(good.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write("<w:document><w:body><w:p>unclosed".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(good.getInputStream(e).readAllBytes());
                }
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> new OkapiDocumentReader().read(broken, EN))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("broken.docx: the file is damaged and cannot be read")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
