package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;

/**
 * Plain text as renderers write it: note markers "[1]", "^[1]", "(1)" with the notes after the
 * text, code blocks indented by four spaces, runs of layout spaces. The file is pandoc's plain
 * text of epub/role-of-distributions.en.md (Debian Handbook 1.5, a footnote and a code block).
 */
class TextRenderingsTest {

    private static final TikaDocumentReader READER = new TikaDocumentReader();

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TextRenderingsTest.class.getResource("epub/" + name).toURI());
    }

    @Test
    void pandocPlainTextGetsItsNoteAttachedAndItsCodeBlockWhole() throws Exception {
        Document doc = READER.read(fixture("role-of-distributions.en.txt"), Language.of("en"));
        assertThat(doc.paragraphs()).extracting(Paragraph::kind).containsExactly(ParagraphKind.HEADING,
                ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BODY,
                ParagraphKind.CODE, ParagraphKind.BODY);
        Paragraph citing = doc.paragraphs().get(2);
        assertThat(citing.text()).isEqualTo("The debian-installer, designed to be extremely modular in order to be"
                + " as generic as possible, targets the first objective. It covers a broad range of installation"
                + " situations and in general, greatly facilitates the creation of a derivative installer"
                + " corresponding to a particular case.");
        assertThat(citing.notes()).containsExactly(new Note("1", "This directory often contains a README.Debian"
                + " file describing the Debian specific adjustments made by the package maintainer."));
        assertThat(doc.paragraphs().get(6).text())
                .isEqualTo("$ diff -u file.old file.new >file.patch\n$ patch -p0 file.old <file.patch");
    }

    /** " | " separates paragraphs; the expected notes are written "label=text" after " || ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
        brackets	It covers the first objective.[1] It is modular. | [1] The installer is debian-installer.	It covers the first objective. It is modular. || 1=The installer is debian-installer.
        caret	It covers the first objective.^[1] It is modular.^[2] | ^[1] The installer. | ^[2] Its modules.	It covers the first objective. It is modular. || 1=The installer. || 2=Its modules.
        parentheses glued	It covers the first objective(1) and more. | (1) The installer.	It covers the first objective and more. || 1=The installer.
        a list item (1) is no marker when spaced	Do this: (1) install, then reboot. | (1) The installer.	Do this: (1) install, then reboot. | (1) The installer.
        a marker without its note stays	It covers the first objective.[2] It is modular. | [1] The installer.	It covers the first objective.[2] It is modular. | [1] The installer.
        notes numbered on from an earlier chapter	It covers the first objective.[4] | [4] The installer.	It covers the first objective. || 4=The installer.
        """)
    void markersLeaveTheTextWhenTheirNoteExists(String name, String paragraphs, String expected) {
        List<Paragraph> in = Arrays.stream(paragraphs.split(" \\| ")).map(Paragraph::body).toList();
        List<Paragraph> out = RenderedNoteMarkers.attach(in);
        String[] parts = expected.split(" \\|\\| ");
        List<String> texts = Arrays.asList(parts[0].split(" \\| "));
        assertThat(out).extracting(Paragraph::text).containsExactlyElementsOf(texts);
        List<Note> notes = Arrays.stream(parts).skip(1).map(n -> new Note(n.substring(0, n.indexOf('=')),
                n.substring(n.indexOf('=') + 1))).toList();
        assertThat(out.get(0).notes()).containsExactlyElementsOf(notes);
    }

    @Test
    void indentedBlocksAfterProseAreCodeButListContinuationsAndCentredTitlesAreNot() {
        String text = """
                Use these commands:

                    $ ls -l /etc
                      total 12

                    $ cat README.Debian

                -   An item of a list

                    its second paragraph, indented as pandoc writes it.

                                                       A Centred Title

                Done.
                """;
        IndentedCodeBlocks.Marked marked = IndentedCodeBlocks.mark(text);
        assertThat(marked.blocks()).containsExactly("$ ls -l /etc\n  total 12\n\n$ cat README.Debian");
        assertThat(marked.text()).contains("its second paragraph", "A Centred Title").doesNotContain("ls -l");
    }

    /** The Debian installation guide as text (installation-guide-amd64, GPL-2): a definition list's body is prose. */
    @Test
    void anIndentedDefinitionBodyThatReadsAsProseIsNoCode() {
        String text = """
                Currently supported are:

                RAID0

                    Is mainly aimed at performance. RAID0 splits all incoming data into
                    stripes and distributes them equally over each disk in the array. This can
                    increase the speed of read/write operations, but you will lose everything
                    (part of the information is still on the healthy disk
                    (s), the other part was on the failed disk).

                RAID5

                    Is a good compromise between speed, reliability and data redundancy. RAID5
                    splits all incoming data into stripes and distributes them equally on all
                    but one disk (similar to RAID0).

                To check it, run:

                    # cat /proc/mdstat

                And in the preseed file:

                    d-i partman-auto/method string raid
                    d-i partman-auto-raid/recipe string 1 2 0 ext3 /boot /dev/sda1#/dev/sdb1
                """;
        IndentedCodeBlocks.Marked marked = IndentedCodeBlocks.mark(text);
        assertThat(marked.blocks()).containsExactly("# cat /proc/mdstat",
                "d-i partman-auto/method string raid\nd-i partman-auto-raid/recipe string 1 2 0 ext3 /boot /dev/sda1#/dev/sdb1");
        assertThat(marked.text()).contains("Is a good compromise between speed", "Is mainly aimed at performance.");
    }

    @Test
    void layoutSpacesBecomeOneSpaceButNoBreakSpacesStay(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("spaces.txt");
        java.nio.file.Files.writeString(file, "The packages needed for     development are\tlisted here.\n\n"
                + "Qu'est-ce que Debian\u00a0? Une distribution\u202f!\n");
        assertThat(READER.read(file, Language.of("fr")).paragraphs()).extracting(Paragraph::text)
                .containsExactly("The packages needed for development are listed here.",
                        "Qu'est-ce que Debian\u00a0? Une distribution\u202f!");
    }
}
