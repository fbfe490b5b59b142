package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.Project;

/**
 * A real reader opens our editions: LibreOffice converts the DOCX, ODT and HTML editions to PDF,
 * and the PDF's text (pdftotext -layout) shows each source paragraph beside its translation.
 * Skipped when soffice or pdftotext is not installed.
 */
class LibreOfficeEditionTest {
    @TempDir
    static Path dir;

    /** "docx", "odt", "html", and "tricky-..." for the bad-input editions: the PDF text, with layout. */
    static final Map<String, String> PDF_TEXT = new HashMap<>();

    /** The same, in content order (pdftotext -raw) with whitespace runs made single spaces. */
    static final Map<String, String> PDF_RAW = new HashMap<>();

    static final String LONG_LAST = "Ceci est la dernière phrase du très long paragraphe.";

    @BeforeAll
    static void convertAllEditionsOnce() throws Exception {
        assumeTrue(onPath("soffice") && onPath("pdftotext"), "LibreOffice (soffice) or pdftotext is not installed");
        Exporter exporter = new Exporter();
        Project foreword = new Project(dir.resolve("foreword"), HandbookExcerpt.foreword());
        Project tricky = new Project(dir.resolve("tricky"), tricky());
        List<String> office = new ArrayList<>();
        List<String> html = new ArrayList<>();
        for (String kind : List.of("docx", "odt", "html")) {
            ExportFormat f = ExportFormat.parse(kind);
            for (Project p : List.of(foreword, tricky)) {
                String name = (p == tricky ? "tricky-" : "") + kind;
                Path file = dir.resolve(name + "." + kind);
                exporter.export(p, f, file, ExportOptions.defaults());
                (kind.equals("html") ? html : office).add(file.toString());
            }
        }
        for (String kind : List.of("odt", "docx")) {
            Path facing = dir.resolve("facing-" + kind + "." + kind);
            exporter.export(new Project(dir.resolve("numbered"), FacingPagesPrintTest.numberedParagraphs()),
                    ExportFormat.parse(kind), facing, ExportOptions.defaults().withLayout(EditionLayout.FACING_PAGES));
            office.add(facing.toString());
        }
        // One soffice call per input filter: Writer/Web (the default for HTML) drops headings from
        // its PDF, so HTML is opened in Writer, as a user printing from LibreOffice would.
        soffice(office, List.of("--convert-to", "pdf"));
        soffice(html, List.of("--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"));
        for (String file : concat(office, html)) {
            String name = Path.of(file).getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            Path pdf = dir.resolve(name + ".pdf");
            assertThat(pdf).as("LibreOffice made no PDF of " + file).exists();
            run(List.of("pdftotext", "-layout", pdf.toString(), dir.resolve(name + ".txt").toString()));
            PDF_TEXT.put(name, Files.readString(dir.resolve(name + ".txt")));
            run(List.of("pdftotext", "-raw", pdf.toString(), dir.resolve(name + ".raw.txt").toString()));
            PDF_RAW.put(name, Files.readString(dir.resolve(name + ".raw.txt")).replaceAll("\\s+", " "));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt", "html"})
    void eachSourceParagraphStandsBesideItsTranslation(String kind) {
        String text = PDF_TEXT.get(kind);
        for (ParagraphRow row : ParagraphRows.of(HandbookExcerpt.foreword())) {
            String source = firstWords(row.source().get(0).text());
            String target = firstWords(row.target().get(0).text());
            assertThat(text.lines().anyMatch(l -> l.contains(source) && l.indexOf(target, l.indexOf(source) + source.length()) > 0))
                    .as("%s: a line with '%s' then '%s' in%n%s", kind, source, target, text).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"odt", "docx"})
    void facingPagesPutEachSourceParagraphOnALeftPageFacingItsTranslation(String kind) throws Exception {
        String name = "facing-" + kind;
        run(List.of("pdftotext", dir.resolve(name + ".pdf").toString(), dir.resolve(name + ".pages.txt").toString()));
        String[] pages = Files.readString(dir.resolve(name + ".pages.txt")).split("\f");
        assertThat(pages.length).isGreaterThan(4);
        for (int i = 1; i <= 40; i++) {
            int source = page(pages, "§" + i + " fr");
            int target = page(pages, "§" + i + " en");
            assertThat(source % 2).as("§%d (source) is on page %d, a left-hand page", i, source).isZero();
            assertThat(target).as("§%d: translation on the page facing %d", i, source).isEqualTo(source + 1);
        }
    }

    private static int page(String[] pages, String marker) {
        for (int p = 0; p < pages.length; p++) {
            if (pages[p].contains(marker)) {
                return p + 1;
            }
        }
        throw new AssertionError("no page holds " + marker);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt", "html"})
    void headingsAndFootnotesAreCarriedOver(String kind) {
        String text = PDF_TEXT.get(kind);
        assertThat(text.lines().anyMatch(l -> l.contains("Avant-propos") && l.contains("Foreword"))).isTrue();
        assertThat(PDF_RAW.get(kind)).contains("Linux n'est en fait qu'un noyau").contains("Strictly speaking, Linux is only a kernel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt", "html"})
    void markupControlCharactersAndAVeryLongParagraphAreReadable(String kind) {
        String text = PDF_RAW.get("tricky-" + kind);
        assertThat(text).contains("<vraiment> R&D").contains("\"libre\" & 'gratuite'").contains("<really> R&D")
                .contains("dernière phrase du très long");
    }

    /** Markup characters, XML-illegal control characters, and a paragraph of 120 sentences (several pages). */
    static Alignment tricky() {
        List<String> fr = new ArrayList<>(List.of("Elle est <vraiment> R&D, dit-il : \"libre\" & 'gratuite'.\u0001\u000B"));
        List<String> en = new ArrayList<>(List.of("It is <really> R&D, he says: \"free\" & 'gratis'.\u0002"));
        List<String> frPool = HandbookExcerpt.sentences(HandbookExcerpt.FR);
        List<String> enPool = HandbookExcerpt.sentences(HandbookExcerpt.EN);
        for (int i = 0; i < 119; i++) {
            fr.add(frPool.get(i % frPool.size()));
            en.add(enPool.get(i % enPool.size()));
        }
        fr.add(LONG_LAST);
        en.add("This is the last sentence of the very long paragraph.");
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < fr.size(); i++) {
            beads.add(Bead.auto(List.of(i), List.of(i), 0.5));
        }
        return new Alignment(twoParagraphs(fr, "fr-FR"), twoParagraphs(en, "en-US"), beads);
    }

    /** The first sentence alone, then all the others in one long paragraph. */
    private static SegmentedDocument twoParagraphs(List<String> sentences, String language) {
        List<Segment> ss = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ss.add(new Segment(sentences.get(i), i == 0 ? 0 : 1));
        }
        return new SegmentedDocument("tricky.txt", Language.parse(language),
                List.of(Paragraph.body(sentences.get(0)), Paragraph.body(String.join(" ", sentences.subList(1, sentences.size())))),
                ss);
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        return words.length == 1 ? words[0] : words[0] + " " + words[1];
    }

    private static void soffice(List<String> files, List<String> conversion) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless"));
        cmd.addAll(conversion);
        cmd.addAll(List.of("--outdir", dir.toString()));
        cmd.addAll(files);
        run(cmd);
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Path log = dir.resolve("process.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(cmd.get(0) + " did not finish in 120 s");
        }
        assertThat(p.exitValue()).as(cmd + ": " + Files.readString(log)).isZero();
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
