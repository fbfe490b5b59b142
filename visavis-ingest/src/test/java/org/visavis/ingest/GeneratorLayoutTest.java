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
        // generator, the share of sentences at least recovered (target 0.995), of notes with their paragraph (0.98), false notes
        "latex, 0.995, 0.98, 0",       // pdfLaTeX, report class: page numbers, contents with dot leaders, notes "1Remark"
        "fancyhdr, 0.995, 0.98, 0",     // pdfLaTeX with fancyhdr: chapter and section titles with the page number on top
        // Sphinx latexpdf: "8 Chapter 3. ...", "3.2. Section 9", contents. On these few pages chapter 3's header
        // ("8 Chapter 3. The Foundation Documents", which Tika puts after the page's notes) stands on one page only,
        // too few to be found repeating, and sticks to the note above it; the whole chapter has all 39 notes right.
        "sphinx, 0.995, 0.8, 1",
        "docbook, 0.995, 0.98, 0",     // dblatex: "Title 2 / 14" header, notes glued to their label
        "fop, 0.995, 0.98, 0",         // DocBook XSL and Apache FOP: the chapter title on top, the page number at the foot
        "man, 0.995, 0.98, 0",         // groff -man -Tpdf: header and footer lines, an exit-status list "0 The ..."
        "chromium, 0.995, 0.98, 0",     // Chromium's print: date and title on top, file:// address and "2/3" below
        "libreoffice, 0.995, 0.98, 0",  // LibreOffice from ODT: title and chapter header, "Page 2 of 6", notes without a rule
        "docx, 0.995, 0.98, 0",         // LibreOffice from DOCX
    })
    void comesInWithoutPageFurnitureAndWithItsNotes(String generator, double sentenceShare, double noteShare, int falseNotes) {
        LayoutScore s = score(generator);
        assertThat(s.chromeLeft()).as("%s", s.problems()).isZero();
        assertThat(s.contentsLeft()).as("%s", s.problems()).isZero();
        assertThat(s.falseNotes()).as("%s", s.problems()).isEqualTo(falseNotes);
        assertThat(s.noteShare()).as("%s", s.problems()).isGreaterThanOrEqualTo(noteShare);
        assertThat(s.sentenceShare()).as("%s", s.problems()).isGreaterThanOrEqualTo(sentenceShare);
        assertThat(s.codeBlocks()).isEqualTo(4);
        assertThat(s.codeShare()).as("%s", s.problems()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // generator, the share of the 52 table cells (header cells included) that come in as paragraphs of their own
        "latex, 1.0",          // tabular with rules, a p{} column wrapping its cells
        "fancyhdr, 1.0",
        "sphinx, 0.8",         // list-table: a header row in bold, some of its cells run together
        "docbook, 1.0",        // dblatex: ruled cells
        "fop, 1.0",            // FOP: cells hyphenated at their edge ("de-/velopers")
        "man, 1.0",            // groff tbl, a text block column
        "libreoffice, 0.98",   // Writer: cells filled to their edge, a table broken by a page
        "docx, 0.98",
        "chromium, 0.45",      // a browser's default table: cells a word space apart, centred header cells
        "weasyprint, 0.4",
    })
    void tableCellsComeInAsParagraphsOfTheirOwnAndStayOutOfTheProse(String generator, double cellShare) {
        LayoutScore s = score(generator);
        assertThat(s.cells()).isEqualTo(52);
        assertThat(s.cellShare()).as("%s", s.problems()).isGreaterThanOrEqualTo(cellShare);
        // what is not found alone is not run into the paragraphs around the table either
        assertThat(s.cellsInProse()).as("%s", s.problems()).isZero();
        assertThat(s.sentenceShare()).as("%s", s.problems()).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"latex", "docbook", "fop", "man", "libreoffice"})
    void aTableBetweenTwoParagraphsIsACellAParagraphRowByRow(String generator) {
        List<Paragraph> paragraphs = READER.read(DIR.resolve(generator + ".pdf"), EN).paragraphs();
        int header = indexOf(paragraphs, "Team");
        assertThat(paragraphs.subList(header, header + 6)).extracting(Paragraph::text).containsExactly(
                "Team", "Mailing list", "What it does",
                "Release team", "debian-release", "Decides when Testing is frozen and when the next stable release is ready.");
        assertThat(paragraphs.get(header - 1).text()).doesNotContain("Team");
        assertThat(paragraphs.get(header - 1).text()).endsWith(".");
        int last = indexOf(paragraphs, "Accept the new packages into the archive and keep it consistent.");
        assertThat(paragraphs.get(last).kind()).isEqualTo(ParagraphKind.BODY);
        assertThat(paragraphs.get(last + 1).text()).doesNotContain("ftpmaster");
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"docx.docx, docx", "libreoffice.odt, libreoffice"})
    void aWordProcessorsPageHeaderAndFooterAreNotText(String file, String gold) {
        // the title and chapter on top, "Page 2 of 6" below: Tika reads the ODT's first, fields emptied
        Document doc = READER.read(DIR.resolve(file), EN);
        LayoutScore s = LayoutScore.of(doc, LayoutGold.read(DIR.resolve(gold + ".gold.tsv")));
        assertThat(s.chromeLeft()).as("%s", s.problems()).isZero();
        assertThat(doc.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.startsWith("Page"));
        assertThat(doc.paragraphs().get(0).text()).isEqualTo("The Role of Distributions");
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
