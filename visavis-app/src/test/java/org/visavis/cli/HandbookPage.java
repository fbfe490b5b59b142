package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;

/**
 * The handbook section the CAT-tool consumers of our TMX translate (OmegaT, Okapi's leveraging):
 * its English and French HTML pages, the DOCX or ODT LibreOffice makes of them, and their alignment.
 */
final class HandbookPage {

    static final Path HANDBOOK = Path.of("corpora/debian-handbook");
    static final String PAGE = "sect.release-lifecycle.html";
    static final Language EN = Language.parse("en-US");
    static final Language FR = Language.parse("fr-FR");

    private HandbookPage() {
    }

    static Path english() {
        return HANDBOOK.resolve("en-US").resolve(PAGE);
    }

    static Path french() {
        return HANDBOOK.resolve("fr-FR").resolve(PAGE);
    }

    static Alignment align(Path en, Path fr) {
        return new AlignmentPipeline().run(new AlignmentRequest(en, fr, EN, FR, Optional.empty()), Progress.SILENT);
    }

    /** The page converted by LibreOffice (CI installs it) to {@code format} (its --convert-to); the test is skipped without it. */
    static Path converted(Path html, String format, Path out) throws IOException, InterruptedException {
        Path soffice = List.of(Path.of("/usr/bin/soffice"), Path.of("/usr/bin/libreoffice")).stream()
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(soffice != null, "LibreOffice is not installed: the DOCX and ODT fill tests are skipped");
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
