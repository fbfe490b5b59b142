package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.testing.TestResources;

/**
 * The Debian Reference's table of basic Unix commands (dblatex, at the head of a page after a
 * paragraph that ends the page before; commands in a monospace font; cells centred in their rows
 * beside descriptions of two or three lines) comes in a cell a paragraph, row by row, and neither
 * the paragraph before it nor the table's caption after it takes any cell.
 */
class PdfTablesTest {

    private static final Path PAGES = TestResources.folder("/org/visavis/ingest").resolve("debian-reference.en.pages-52-53.pdf");

    @Test
    void eachCellOfTheTableIsAParagraphOfItsOwnBetweenWholeProse() {
        List<Paragraph> paragraphs = new TikaDocumentReader().read(PAGES, Language.of("en")).paragraphs();
        List<String> texts = paragraphs.stream().map(Paragraph::text).toList();
        int header = texts.indexOf("command");
        assertThat(header).isPositive();
        assertThat(texts.get(header - 1)).isEqualTo("Default values of environment variables are initially set by the PAM "
                + "system and then some of them may be reset by some application programs.");
        assertThat(texts.subList(header, header + 4)).containsExactly(
                "command", "description", "pwd", "display name of current/working directory");
        // a command centred beside its description of two lines, then of three
        int info = texts.indexOf("info commandname");
        assertThat(texts.get(info + 1)).isEqualTo("display rather long explanation on command ”commandname” (GNU style)");
        assertThat(texts.get(info - 1)).isEqualTo("display explanation on command ”commandname” (Unix style)");
        int move = texts.indexOf("mv foo bar/baz");
        assertThat(texts.get(move + 1)).isEqualTo("move an existing file ”foo” to a new location with a new name "
                + "”bar/baz” (the directory ”bar” must exist but the directory ”bar/baz” must not exist)");
        // the last row, then the caption on its own
        int last = texts.indexOf("zcat README.gz >> foo");
        assertThat(texts.get(last + 1)).isEqualTo("append the decompressed content of ”README.gz” to the end of the file "
                + "”foo” (if it does not exist, create it first)");
        assertThat(texts.get(last + 2)).isEqualTo("Table 1.17: List of basic Unix commands");
        // the table's cells are prose to align, not code, though the commands are set in a monospace font
        assertThat(paragraphs.subList(header, last + 2)).extracting(Paragraph::kind).containsOnly(ParagraphKind.BODY);
        assertThat(texts).noneMatch(t -> t.contains("pwd display name"));
    }
}
