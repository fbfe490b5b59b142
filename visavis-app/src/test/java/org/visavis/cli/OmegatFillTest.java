package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;

/**
 * OmegaT (the Debian package, console mode, its own HTML and DOCX filters and segmentation, its
 * default preferences) translating the English original of a handbook section from the OmegaT
 * project visavis exports, as HTML and as the DOCX and ODT LibreOffice makes of it. The figures are
 * printed: the memory without inline codes (as visavis wrote it before) and with them.
 */
class OmegatFillTest {

    private static final List<Path> OMEGAT_JARS = List.of(
            Path.of("/usr/share/omegat/OmegaT.jar"), Path.of("/usr/share/java/omegat.jar"), Path.of("/opt/omegat/OmegaT.jar"));
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

    @Test
    void omegatFillsTheHtmlPagesSegmentsFromOurTmxWithAndWithoutFormatting(@TempDir Path dir) throws Exception {
        OmegatFill fill = new OmegatFill(omegatJar(), work(dir));
        Path en = HandbookPage.english();
        Alignment a = HandbookPage.align(en, HandbookPage.french());
        FillFigures before = fill.measure("html-plain", en, OmegatFill.withoutCodes(a));
        FillFigures after = fill.measure("html-codes", en, a);
        System.out.println("OmegaT, HTML " + HandbookPage.PAGE + ": TMX without codes: " + before + "; with codes: " + after);
        assertThat(after.tagged()).as("segments with tags that have a unit").isGreaterThanOrEqualTo(30);
        assertThat(after.share()).as("missed: %s", after.missed()).isGreaterThanOrEqualTo(0.95);
        assertThat((double) after.taggedFilled() / after.tagged()).as("missed: %s", after.missed()).isGreaterThanOrEqualTo(0.9);
        assertThat(after.taggedFilled()).isGreaterThan(before.taggedFilled());
    }

    @Test
    void omegatFillsTheDocxSegmentsFromOurTmx(@TempDir Path dir) throws Exception {
        FillFigures after = fillConverted(dir, "docx:MS Word 2007 XML", "docx", "DOCX");
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
    private FillFigures fillConverted(Path dir, String format, String label, String shown) throws Exception {
        Path jar = omegatJar();
        Path en = HandbookPage.converted(HandbookPage.english(), format, dir.resolve("en"));
        Path fr = HandbookPage.converted(HandbookPage.french(), format, dir.resolve("fr"));
        OmegatFill fill = new OmegatFill(jar, work(dir));
        Alignment a = HandbookPage.align(en, fr);
        FillFigures before = fill.measure(label + "-plain", en, OmegatFill.withoutCodes(a));
        FillFigures after = fill.measure(label + "-codes", en, a);
        System.out.println("OmegaT, " + shown + " from " + HandbookPage.PAGE + ": TMX without codes: " + before + "; with codes: " + after);
        assertThat(after.tagged()).as("segments with tags that have a unit").isGreaterThanOrEqualTo(10);
        assertThat(after.share()).as("missed: %s", after.missed()).isGreaterThanOrEqualTo(0.95);
        assertThat(after.taggedFilled()).isGreaterThan(before.taggedFilled());
        return after;
    }
}
