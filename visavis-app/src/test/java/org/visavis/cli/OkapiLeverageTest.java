package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.export.FilteredTmx;
import org.visavis.export.TmxUnitFilter;
import org.visavis.model.Alignment;

/**
 * Okapi's own TMX leveraging as a second consumer of our TMX ({@link OkapiLeverage}): the English
 * original of a handbook section, as HTML and as the DOCX LibreOffice makes of it, translated from
 * the TMX {@code align} writes for the pair. The figures are printed.
 */
class OkapiLeverageTest {

    private static Path work(Path temporary) throws IOException {
        String kept = System.getProperty("visavis.okapi-leverage.dir");
        return kept == null ? temporary : Files.createDirectories(Path.of(kept));
    }

    @Test
    void okapisLeveragingFillsTheHtmlPagesSegmentsFromOurTmx(@TempDir Path dir) throws Exception {
        Path en = HandbookPage.english();
        Path work = work(dir);
        OkapiLeverage.Figures f = leverage(work, en, HandbookPage.align(en, HandbookPage.french()), "html", true);
        System.out.println("Okapi leveraging, HTML " + HandbookPage.PAGE + ": " + f);
        FillFigures fill = f.fill();
        assertThat(fill.tagged()).as("segments with codes that have a unit").isGreaterThanOrEqualTo(30);
        assertThat(fill.share()).as("missed: %s", fill.missed()).isGreaterThanOrEqualTo(0.95);
        assertThat((double) fill.taggedFilled() / fill.tagged()).as("missed: %s", fill.missed()).isGreaterThanOrEqualTo(0.9);
        assertThat(Files.readString(work.resolve("html-translated.html")))
                .as("the translated page Okapi wrote").contains("Chacune correspond à un stade différent du développement.");
    }

    @Test
    void okapisLeveragingFillsTheDocxSegmentsFromOurTmx(@TempDir Path dir) throws Exception {
        Path work = work(dir);
        Path en = HandbookPage.converted(HandbookPage.english(), "docx:MS Word 2007 XML", dir.resolve("en"));
        Path fr = HandbookPage.converted(HandbookPage.french(), "docx:MS Word 2007 XML", dir.resolve("fr"));
        // not written: Okapi's OpenXML writer refuses a target filled from a TM whose codes came from
        // a TMX ("Unexpected code contents for opening code"), the codes holding no run of the document
        OkapiLeverage.Figures f = leverage(work, en, HandbookPage.align(en, fr), "docx", false);
        System.out.println("Okapi leveraging, DOCX from " + HandbookPage.PAGE + ": " + f);
        FillFigures fill = f.fill();
        assertThat(fill.tagged()).as("segments with codes that have a unit").isGreaterThanOrEqualTo(10);
        assertThat(fill.share()).as("missed: %s", fill.missed()).isGreaterThanOrEqualTo(0.95);
    }

    private static OkapiLeverage.Figures leverage(Path work, Path en, Alignment a, String label, boolean write) throws IOException {
        Path tmx = work.resolve(label + ".tmx");
        FilteredTmx.write(a, TmxUnitFilter.DEFAULT, "test", tmx);
        Optional<Path> translated = write ? Optional.of(Path.of(label + "-translated." + label)) : Optional.empty();
        return new OkapiLeverage(work).measure(en, tmx, HandbookPage.EN, HandbookPage.FR, translated);
    }
}
