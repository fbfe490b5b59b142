package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.project.Project;

/** The EPUB edition passes EPUBCheck (when installed) and Tika reads its text back. */
class EpubEditionWriterTest {

    @Test
    void theForewordPassesEpubCheck(@TempDir Path dir) throws Exception {
        Optional<Path> epubcheck = epubcheckJar();
        assumeTrue(epubcheck.isPresent(), "epubcheck is not installed");
        Path epub = export(HandbookExcerpt.foreword(), dir);

        Path log = dir.resolve("epubcheck.log");
        // C1 only: EPUBCheck runs once, and a full JIT would double its time
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", epubcheck.get().toString(), epub.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("epubcheck finished").isTrue();

        assertThat(Files.readString(log)).contains("No errors or warnings detected");
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void tikaReadsHeadingsParagraphsAndNotesOfBothSides(@TempDir Path dir) throws Exception {
        Path epub = export(HandbookExcerpt.foreword(), dir);

        String text = new Tika().parseToString(epub).replaceAll("\\s+", " ");

        assertThat(text).contains("Avant-propos").contains("Foreword").contains("1. Pourquoi ce livre ?")
                .contains(HandbookExcerpt.FR[4][3]).contains(HandbookExcerpt.EN[4][3])
                .contains(HandbookExcerpt.FR_NOTE.text()).contains(HandbookExcerpt.EN_NOTE.text());
    }

    @Test
    void markupAndControlCharactersGiveWellFormedXhtmlAndTheTableOfContentsListsTheHeadings(@TempDir Path dir)
            throws Exception {
        Path epub = export(LibreOfficeEditionTest.tricky(), dir);
        Path foreword = export(HandbookExcerpt.foreword(), dir.resolve("foreword"));

        try (ZipFile zip = new ZipFile(epub.toFile()); ZipFile fw = new ZipFile(foreword.toFile())) {
            assertThat(zip.entries().nextElement().getName()).isEqualTo("mimetype");
            for (String part : List.of("OEBPS/edition.xhtml", "OEBPS/nav.xhtml", "OEBPS/content.opf", "META-INF/container.xml")) {
                try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    assertThat(f.newDocumentBuilder().parse(in).getDocumentElement()).as(part).isNotNull();
                }
            }
            String nav = new String(fw.getInputStream(fw.getEntry("OEBPS/nav.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(nav).contains(">Avant-propos / Foreword</a>").contains(">1. Pourquoi ce livre ? / 1. Why This Book?</a>");
        }
    }

    private static Path export(org.visavis.model.Alignment a, Path dir) {
        Path out = dir.resolve("edition.epub");
        new Exporter().export(new Project(dir, a), ExportFormat.EPUB, out, ExportOptions.defaults());
        return out;
    }

    /** The EPUBCheck jar: Debian's epubcheck command is a link to it. */
    private static Optional<Path> epubcheckJar() throws Exception {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "epubcheck");
            if (Files.exists(p)) {
                Path real = p.toRealPath();
                if (real.toString().endsWith(".jar")) {
                    return Optional.of(real);
                }
            }
        }
        return Optional.empty();
    }
}
