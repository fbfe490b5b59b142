package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.Project;

/**
 * The HTML edition's facing-pages layout, printed by a CSS paged-media engine (WeasyPrint, which
 * honours {@code break-before: left/right}), puts each source paragraph on a left-hand (even)
 * page and its translation on the right-hand page that faces it. Skipped when WeasyPrint or
 * pdftotext is missing. (LibreOffice's HTML import ignores left/right page breaks.)
 */
class FacingPagesPrintTest {
    private static final int PARAGRAPHS = 40;

    @Test
    void eachSourceParagraphIsOnALeftPageFacingItsTranslation(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("weasyprint") && onPath("pdftotext"), "weasyprint or pdftotext is not installed");
        Path html = dir.resolve("facing.html");
        new Exporter().export(new Project(dir, numberedParagraphs()), ExportFormat.HTML, html,
                ExportOptions.defaults().withLayout(EditionLayout.FACING_PAGES));
        Path pdf = dir.resolve("facing.pdf");
        run(dir, "weasyprint", html.toString(), pdf.toString());
        run(dir, "pdftotext", pdf.toString(), dir.resolve("facing.txt").toString());
        String[] pages = Files.readString(dir.resolve("facing.txt")).split("\f");

        for (int i = 1; i <= PARAGRAPHS; i++) {
            int source = page(pages, "§" + i + " " + "fr");
            int target = page(pages, "§" + i + " " + "en");
            assertThat(source % 2).as("§%d (source) is on page %d, a left-hand page", i, source).isZero();
            assertThat(target).as("§%d: translation on the page facing %d", i, source).isEqualTo(source + 1);
        }
    }

    /** 1-based number of the page that holds the marker. */
    private static int page(String[] pages, String marker) {
        for (int p = 0; p < pages.length; p++) {
            if (pages[p].contains(marker)) {
                return p + 1;
            }
        }
        throw new AssertionError("no page holds " + marker);
    }

    /**
     * Forty paragraphs of the foreword's sentences, two to four a paragraph, each opened by a
     * marker ({@code §12 fr}, {@code §12 en}) so that the test can find it in the PDF.
     */
    static Alignment numberedParagraphs() {
        List<String> frPool = HandbookExcerpt.sentences(HandbookExcerpt.FR);
        List<String> enPool = HandbookExcerpt.sentences(HandbookExcerpt.EN);
        List<Paragraph> fp = new ArrayList<>();
        List<Paragraph> ep = new ArrayList<>();
        List<Segment> fs = new ArrayList<>();
        List<Segment> es = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (int i = 1; i <= PARAGRAPHS; i++) {
            int sentences = 2 + i % 3;
            for (int k = 0; k < sentences; k++) {
                String fr = frPool.get(fs.size() % frPool.size());
                String en = enPool.get(es.size() % enPool.size());
                beads.add(Bead.auto(List.of(fs.size()), List.of(es.size()), 0.9));
                fs.add(new Segment(k == 0 ? "§" + i + " fr " + fr : fr, fp.size()));
                es.add(new Segment(k == 0 ? "§" + i + " en " + en : en, ep.size()));
            }
            fp.add(Paragraph.body(""));
            ep.add(Paragraph.body(""));
        }
        return new Alignment(new SegmentedDocument("foreword.html", Language.parse("fr"), fp, fs),
                new SegmentedDocument("foreword.html", Language.parse("en"), ep, es), beads);
    }

    private static void run(Path dir, String... cmd) throws Exception {
        Path log = dir.resolve(cmd[0] + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(cmd[0] + " finished").isTrue();
        assertThat(p.exitValue()).as(cmd[0] + ": " + Files.readString(log)).isZero();
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
