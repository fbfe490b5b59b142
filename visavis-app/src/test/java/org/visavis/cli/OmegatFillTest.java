package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;

/**
 * OmegaT (the Debian package, console mode, its own HTML and DOCX filters and segmentation, its
 * default preferences) translating the English original of a handbook section from the OmegaT
 * project visavis exports, as HTML and as the DOCX and ODT LibreOffice makes of it. The figures are
 * printed: the memory without inline codes (as visavis wrote it before) and with them.
 */
class OmegatFillTest {

    private static final List<Path> OMEGAT_JARS = List.of(
            Path.of("/usr/share/omegat/OmegaT.jar"), Path.of("/usr/share/java/omegat.jar"), Path.of("/opt/omegat/OmegaT.jar"));
    private static final Path HANDBOOK = Path.of("corpora/debian-handbook");
    private static final String PAGE = "sect.release-lifecycle.html";
    private static final Language EN = Language.parse("en-US");
    private static final Language FR = Language.parse("fr-FR");

    private static Path omegatJar() {
        Path jar = OMEGAT_JARS.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(jar != null, "OmegaT is not installed (apt-get install omegat; looked for " + OMEGAT_JARS
                + "): the OmegaT fill test is skipped");
        return jar;
    }

    /** -Dvisavis.omegat-fill.dir=DIR keeps OmegaT's projects there to look at. */
    private static Path work(Path temporary) throws IOException {
        String kept = System.getProperty("visavis.omegat-fill.dir");
        return kept == null ? temporary : Files.createDirectories(Path.of(kept));
    }

    private static Alignment align(Path en, Path fr) {
        return new AlignmentPipeline().run(new AlignmentRequest(en, fr, EN, FR, Optional.empty()), Progress.SILENT);
    }

    @Test
    void omegatFillsTheHtmlPagesSegmentsFromOurTmxWithAndWithoutFormatting(@TempDir Path dir) throws Exception {
        OmegatFill fill = new OmegatFill(omegatJar(), work(dir));
        Path en = HANDBOOK.resolve("en-US").resolve(PAGE);
        Alignment a = align(en, HANDBOOK.resolve("fr-FR").resolve(PAGE));
        OmegatFill.Figures before = fill.measure("html-plain", en, OmegatFill.withoutCodes(a));
        OmegatFill.Figures after = fill.measure("html-codes", en, a);
        System.out.println("OmegaT, HTML " + PAGE + ": TMX without codes: " + before + "; with codes: " + after);
        assertThat(after.tagged()).as("segments with tags that have a unit").isGreaterThanOrEqualTo(30);
        assertThat(after.share()).as("missed: %s", after.missed()).isGreaterThanOrEqualTo(0.95);
        assertThat((double) after.taggedFilled() / after.tagged()).as("missed: %s", after.missed()).isGreaterThanOrEqualTo(0.9);
        assertThat(after.taggedFilled()).isGreaterThan(before.taggedFilled());
    }

    @Test
    void omegatFillsTheDocxSegmentsFromOurTmx(@TempDir Path dir) throws Exception {
        OmegatFill.Figures after = fillConverted(dir, "docx:MS Word 2007 XML", "docx", "DOCX");
        assertThat((double) after.taggedFilled() / after.tagged()).as("missed: %s", after.missed()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void omegatFillsTheOdtSegmentsFromOurTmx(@TempDir Path dir) throws Exception {
        fillConverted(dir, "odt", "odt", "ODT");
    }

    /**
     * The page converted by LibreOffice to {@code format} on both sides, aligned, and filled by
     * OmegaT from our TMX with and without codes; asserts what holds for every office format and
     * returns the figures with codes.
     */
    private OmegatFill.Figures fillConverted(Path dir, String format, String label, String shown) throws Exception {
        Path jar = omegatJar();
        Path en = converted(HANDBOOK.resolve("en-US").resolve(PAGE), format, dir.resolve("en"));
        Path fr = converted(HANDBOOK.resolve("fr-FR").resolve(PAGE), format, dir.resolve("fr"));
        OmegatFill fill = new OmegatFill(jar, work(dir));
        Alignment a = align(en, fr);
        OmegatFill.Figures before = fill.measure(label + "-plain", en, OmegatFill.withoutCodes(a));
        OmegatFill.Figures after = fill.measure(label + "-codes", en, a);
        System.out.println("OmegaT, " + shown + " from " + PAGE + ": TMX without codes: " + before + "; with codes: " + after);
        assertThat(after.tagged()).as("segments with tags that have a unit").isGreaterThanOrEqualTo(10);
        assertThat(after.share()).as("missed: %s", after.missed()).isGreaterThanOrEqualTo(0.95);
        assertThat(after.taggedFilled()).isGreaterThan(before.taggedFilled());
        return after;
    }

    /** The page converted by LibreOffice (CI installs it) to {@code format} (its --convert-to); skipped without it. */
    private static Path converted(Path html, String format, Path out) throws IOException, InterruptedException {
        Path soffice = List.of(Path.of("/usr/bin/soffice"), Path.of("/usr/bin/libreoffice")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(soffice != null, "LibreOffice is not installed: the DOCX and ODT OmegaT fill tests are skipped");
        Files.createDirectories(out);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + out.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", out.toString(), html.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path document = out.resolve(html.getFileName().toString().replaceFirst("\\.html$", "." + format.replaceFirst(":.*", "")));
        assertThat(document).as(Files.readString(out.resolve("soffice.log"))).exists();
        return document;
    }
}
