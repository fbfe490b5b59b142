package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.testing.TestResources;

/**
 * The same text (20 paragraphs of The Debian Administrator's Handbook with footnotes, numbered
 * lists, verbatim blocks and a table of contents) as each common generator prints it to PDF, read
 * against what it is known to contain (generators/README.md). No running header, footer, page
 * number or contents line may stay in the text; the footnotes come with the paragraph that cites
 * them; every verbatim block is one code paragraph, its lines and indentation kept.
 */
class GeneratorLayoutTest {

    private static final TikaDocumentReader READER = new TikaDocumentReader();
    private static final Path DIR = TestResources.folder("/org/visavis/ingest/generators");
    private static final Language EN = Language.of("en");

    private static LayoutScore score(String generator) {
        Document doc = READER.read(DIR.resolve(generator + ".pdf"), EN);
        return LayoutScore.of(doc, LayoutGold.read(DIR.resolve(generator + ".gold.tsv")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // generator, the share of sentences at least recovered (target 0.995)
        "latex, 0.995",       // pdfLaTeX, report class: page numbers, contents with dot leaders, notes "1Remark"
        "fancyhdr, 0.995",     // pdfLaTeX with fancyhdr: chapter and section titles with the page number on top
        "sphinx, 0.995",      // Sphinx latexpdf: "8 Chapter 3. ...", "3.2. Section 9", contents
        "docbook, 0.995",     // dblatex: "Title 2 / 14" header, notes glued to their label
        "fop, 0.995",         // DocBook XSL and Apache FOP: the chapter title on top, the page number at the foot
        "man, 0.995",         // groff -man -Tpdf: header and footer lines, an exit-status list "0 The ..."
        "chromium, 0.995",     // Chromium's print: date and title on top, file:// address and "2/3" below
        "libreoffice, 0.995",  // LibreOffice from ODT: title and chapter header, "Page 2 of 6", notes without a rule
        "docx, 0.995",         // LibreOffice from DOCX
    })
    void comesInWithoutPageFurnitureAndWithItsNotes(String generator, double sentenceShare) {
        LayoutScore s = score(generator);
        assertThat(s.chromeLeft()).as("%s", s.problems()).isZero();
        assertThat(s.contentsLeft()).as("%s", s.problems()).isZero();
        assertThat(s.falseNotes()).as("%s", s.problems()).isZero();
        assertThat(s.noteShare()).as("%s", s.problems()).isGreaterThanOrEqualTo(0.98);
        assertThat(s.sentenceShare()).as("%s", s.problems()).isGreaterThanOrEqualTo(sentenceShare);
        assertThat(s.codeBlocks()).isEqualTo(4);
        assertThat(s.codeShare()).as("%s", s.problems()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"latex", "sphinx", "docbook", "fop", "man", "chromium", "libreoffice", "docx"})
    void aVerbatimBlockInAMonospaceFontIsOneCodeParagraphBetweenItsProse(String generator) {
        List<Paragraph> paragraphs = READER.read(DIR.resolve(generator + ".pdf"), EN).paragraphs();
        int code = indexOf(paragraphs, "$ apt-cache policy dpkg\ndpkg:\n  Installed: 1.21.22\n  Candidate: 1.21.22");
        assertThat(paragraphs.get(code).kind()).isEqualTo(ParagraphKind.CODE);
        // the prose around it is whole and is not code
        assertThat(paragraphs.get(code - 1).kind()).isNotEqualTo(ParagraphKind.CODE);
        assertThat(paragraphs.get(code - 1).text()).endsWith("corresponding to a particular case.");
        assertThat(paragraphs.get(code + 1).text()).startsWith("This modularity, which also makes it very complex");
        assertThat(paragraphs.get(code + 1).kind()).isEqualTo(ParagraphKind.BODY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"docx.docx, docx", "libreoffice.odt, libreoffice"})
    void wordProcessorCodeParagraphsAreOneCodeBlockWithTheirSpaces(String file, String gold) {
        // Writer's "Preformatted Text", a paragraph a line, kept so in the DOCX it saves
        Document doc = READER.read(DIR.resolve(file), EN);
        LayoutScore s = LayoutScore.of(doc, LayoutGold.read(DIR.resolve(gold + ".gold.tsv")));
        assertThat(s.codeBlocks()).isEqualTo(4);
        assertThat(s.codeShare()).as("%s", s.problems()).isEqualTo(1.0);
        assertThat(s.sentenceShare()).as("%s", s.problems()).isEqualTo(1.0);
        assertThat(s.noteShare()).as("%s", s.problems()).isEqualTo(1.0);
        assertThat(s.falseNotes()).isZero();
        assertThat(doc.paragraphs()).filteredOn(Paragraph::isCode).extracting(Paragraph::text)
                .contains("deb http://deb.debian.org/debian bookworm main\ndeb-src http://deb.debian.org/debian bookworm main");
    }

    @Test
    void aDocxPageHeaderIsNotText() {
        LayoutScore s = LayoutScore.of(READER.read(DIR.resolve("docx.docx"), EN), LayoutGold.read(DIR.resolve("docx.gold.tsv")));
        assertThat(s.chromeLeft()).as("%s", s.problems()).isZero();
    }

    private static int indexOf(List<Paragraph> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph '" + text + "' in " + paragraphs.stream().map(Paragraph::text).toList());
    }

    @Test
    void aNumberedListAtAManPageFootStaysText() {
        List<Paragraph> paragraphs = READER.read(DIR.resolve("man.pdf"), EN).paragraphs();
        assertThat(paragraphs).extracting(Paragraph::text)
                .contains("0 The package is uploaded to the archive by its maintainer.",
                        "1 The build daemons compile it for every architecture.");
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.notes()).isEmpty());
    }

    @Test
    void notesOfPdfLatexGoToTheirParagraphAndLeaveTheContentsAlone() {
        List<Paragraph> paragraphs = READER.read(DIR.resolve("latex.pdf"), EN).paragraphs();
        assertThat(paragraphs).noneMatch(p -> p.text().contains(". . ."));
        Paragraph cited = paragraphs.stream().filter(p -> p.text().startsWith("This modularity")).findFirst().orElseThrow();
        assertThat(cited.text()).startsWith("This modularity, which also");
        assertThat(cited.notes()).singleElement().satisfies(n -> assertThat(n.text()).startsWith("Remark one on"));
    }

    @Test
    void aTitleWrappedOntoTwoLinesIsOneParagraphWithoutBookmarks() {
        // pdfLaTeX's report class sets "The Role of" / "Distributions" below "Chapter 1"; its contents page lists the title.
        List<Paragraph> paragraphs = READER.read(DIR.resolve("latex.pdf"), EN).paragraphs();
        assertThat(paragraphs).extracting(Paragraph::text).containsSubsequence("Chapter 1", "The Role of Distributions",
                "A GNU/Linux distribution has two main objectives: install a free operating system on a computer (either with or"
                        + " without an existing system or systems), and provide a range of software covering all of the users’ needs.");
        assertThat(paragraphs).filteredOn(p -> p.text().equals("The Foundation Documents")).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ParagraphKind.HEADING));
    }
}
