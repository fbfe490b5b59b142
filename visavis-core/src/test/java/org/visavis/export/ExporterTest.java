package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.visavis.model.Alignment;
import org.visavis.model.VisavisException;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

class ExporterTest {

    /** Every format, by name, so the tables below show them. */
    enum Written {
        TMX, HTML, DOCX, ODT, EPUB, TSV, XLIFF, CESALIGN;

        ExportFormat format() {
            return ExportFormat.valueOf(name());
        }
    }

    @Test
    void theDefaultFileIsInTheProjectFolderNamedAfterIt() {
        Project p = new Project(Path.of("alignments", "demo"), HandbookExcerpt.foreword());
        assertThat(Exporter.defaultOutput(p, ExportFormat.DOCX)).isEqualTo(Path.of("alignments", "demo", "demo.docx"));
        assertThat(Exporter.defaultOutput(p, ExportFormat.XLIFF)).isEqualTo(Path.of("alignments", "demo", "demo.xlf"));
    }

    @ParameterizedTest
    @EnumSource(Written.class)
    void anEmptyProjectExportsToAValidFile(Written w, @TempDir Path dir) throws Exception {
        Alignment empty = new Alignment(ParagraphRowsTest.document("", "fr"), ParagraphRowsTest.document("", "en"), List.of());
        Project p = new Project(dir, empty);

        List<Path> files = new Exporter().export(p, w.format(), Exporter.defaultOutput(p, w.format()), ExportOptions.defaults());

        assertThat(files).allSatisfy(f -> assertThat(f).exists());
        assertThat(dir).isDirectoryNotContaining("glob:**.new");
    }

    @ParameterizedTest
    @EnumSource(Written.class)
    void twentyThousandBeadsExport(Written w, @TempDir Path dir) throws Exception {
        Project p = new Project(dir, HandbookExcerpt.repeated(20_000));

        List<Path> files = new Exporter().export(p, w.format(), Exporter.defaultOutput(p, w.format()), ExportOptions.defaults());

        // DOCX and ODT are zipped; every format holds more than a byte per bead
        assertThat(Files.size(files.get(0))).isGreaterThan(20_000);
    }

    @Test
    void odtIsAnOdfPackageWithTheMimetypeStoredFirst(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("foreword.odt");
        new Exporter().export(new Project(dir, HandbookExcerpt.foreword()), ExportFormat.ODT, out, ExportOptions.defaults());

        byte[] head = new byte[38 + "application/vnd.oasis.opendocument.text".length()];
        try (InputStream in = Files.newInputStream(out)) {
            assertThat(in.read(head)).isEqualTo(head.length);
        }
        // the ODF rule: the first entry is "mimetype", uncompressed, so tools can sniff the type
        assertThat(new String(head, 30, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(head, 38, head.length - 38, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.getEntry("META-INF/manifest.xml")).isNotNull();
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(content).contains("<text:h text:style-name=\"SrcH\" text:outline-level=\"2\">Avant-propos</text:h>")
                    .contains("text:note-class=\"footnote\"");
        }
    }

    @Test
    void cesAlignWritesItsTwoDocumentsBesideTheLinkFileAndTheProjectStoreReadsThem(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("export").resolve("foreword.cesalign.xml");

        List<Path> files = new Exporter().export(new Project(dir, HandbookExcerpt.foreword()), ExportFormat.CESALIGN, out,
                ExportOptions.defaults());

        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("foreword.cesalign.xml", "foreword.fr-FR.xml", "foreword.en-US.xml");
        assertThat(Files.readString(out)).contains("fromDoc=\"foreword.fr-FR.xml\" toDoc=\"foreword.en-US.xml\"");
    }

    @Test
    void theHtmlFacingLayoutPutsTheSourceOnTheLeftPageAndTheTranslationOnTheRight(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("facing.html");
        new Exporter().export(new Project(dir, HandbookExcerpt.repeated(200)), ExportFormat.HTML, out,
                ExportOptions.defaults().withLayout(EditionLayout.FACING_PAGES));

        String html = Files.readString(out);
        int spreads = html.split("<div class=\"spread\"", -1).length - 1;
        assertThat(spreads).isGreaterThan(1);
        assertThat(html.split("<section class=\"verso\" lang=\"fr\"", -1)).hasSize(spreads + 1);
        assertThat(html.split("<section class=\"recto\" lang=\"en\"", -1)).hasSize(spreads + 1);
        assertThat(html).contains(".verso { break-before: left;").contains(".recto { break-before: right;");
        // both pages of a spread hold the same rows
        for (String spread : html.split("<div class=\"spread\"")) {
            String[] pages = spread.split("<section class=\"recto\"");
            if (pages.length == 2) {
                assertThat(count(pages[0], "<div class=\"row\">")).isEqualTo(count(pages[1], "<div class=\"row\">"));
            }
        }
    }

    @Test
    void htmlEscapesMarkupAndDropsControlCharacters(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("tricky.html");
        new Exporter().export(new Project(dir, LibreOfficeEditionTest.tricky()), ExportFormat.HTML, out, ExportOptions.defaults());

        String html = Files.readString(out);
        assertThat(html).contains("Elle est &lt;vraiment&gt; R&amp;D, dit-il : &quot;libre&quot; &amp; 'gratuite'.</p>")
                .doesNotContain("\u0001").doesNotContain("\u000B");
    }

    @Test
    void aFailedExportLeavesThePreviousFileAndNoHalfFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("foreword.tsv");
        Files.writeString(out, "previous export\n");
        Path blocker = dir.resolve("foreword.tsv.new");
        Files.createDirectory(blocker);
        Files.writeString(blocker.resolve("x"), "the temporary name is taken by a folder");

        assertThatThrownBy(() -> new Exporter().export(new Project(dir, HandbookExcerpt.foreword()), ExportFormat.TSV, out,
                ExportOptions.defaults())).isInstanceOf(VisavisException.class).hasMessageContaining("foreword.tsv");
        assertThat(Files.readString(out)).isEqualTo("previous export\n");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"tsv, 0", "html, 1", "cesalign, 0", "cesalign, 2"})
    void neverWritesOverTheProjectsOwnFiles(String format, int file, @TempDir Path dir) throws Exception {
        Project p = new Project(dir, HandbookExcerpt.foreword());
        new ProjectStore().save(p);
        List<Path> own = new ProjectStore().currentFiles(dir); // alignment.xml and its two documents
        String before = Files.readString(own.get(0)) + Files.readString(own.get(1));

        assertThatThrownBy(() -> new Exporter().export(p, ExportFormat.parse(format), own.get(file), ExportOptions.defaults()))
                .isInstanceOf(ExportException.class).hasMessageContaining("the project's own files");
        assertThat(Files.readString(own.get(0)) + Files.readString(own.get(1))).isEqualTo(before);
    }

    @Test
    void exportsAProjectLoadedFromDisk(@TempDir Path dir) throws Exception {
        new ProjectStore().save(new Project(dir.resolve("foreword"), HandbookExcerpt.foreword()));
        Project loaded = new ProjectStore().load(dir.resolve("foreword"));

        List<Path> files = new Exporter().export(loaded, ExportFormat.TSV, Exporter.defaultOutput(loaded, ExportFormat.TSV),
                ExportOptions.defaults());

        assertThat(files).containsExactly(dir.resolve("foreword").resolve("foreword.tsv"));
        assertThat(Files.readAllLines(files.get(0))).hasSize(7).first().isEqualTo("Avant-propos\tForeword");
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
