package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.visavis.export.TmxOptions;
import org.visavis.export.TmxWriter;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;

/**
 * The French EPUB aligned with the English one that also carries the French chapters (pandoc
 * fixtures, see epub/make-epubs.sh): the French copy is left out with a warning, every sentence
 * finds its counterpart, and the code block, the same on both sides, is one 1-1 bead of code.
 */
class EpubAlignmentTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(EpubAlignmentTest.class.getResource("epub/" + name).toURI());
    }

    @Test
    void aBookCarryingItsTranslationAlignsOnlyItsOwnLanguage() throws Exception {
        List<String> warnings = new ArrayList<>();
        Progress progress = Progress.warningsTo(warnings::add);
        Alignment a = new AlignmentPipeline(new TikaDocumentReader(), new TikaLanguageDetector()).run(
                new AlignmentRequest(fixture("role-of-distributions.fr.epub"),
                        fixture("role-of-distributions.mixed.epub"), Language.of("fr"), Language.of("en"),
                        Optional.empty()), progress);

        assertThat(warnings).anyMatch(w -> w.startsWith("role-of-distributions.mixed.epub: 2 of its 5 parts")
                && w.contains("French (fr)"));
        assertThat(a.target().texts()).noneMatch(t -> t.contains("fichier") || t.contains("Rôle"));
        assertThat(a.beads()).noneMatch(Bead::isOneSided);
        assertThat(a.beads()).hasSize(10);
        List<Bead> code = a.beads().stream().filter(a::isCode).toList();
        assertThat(code).hasSize(1);
        assertThat(code.get(0).shape()).isEqualTo(org.visavis.model.BeadShape.ONE_ONE);
        assertThat(code.get(0).confidence()).isEqualTo(1.0);
        assertThat(a.targetText(code.get(0))).isEqualTo(a.sourceText(code.get(0)))
                .isEqualTo("$ diff -u file.old file.new >file.patch\n$ patch -p0 file.old <file.patch");

        StringWriter tmx = new StringWriter();
        new TmxWriter(TmxOptions.forAlignment(a, "test")).write(a, tmx);
        assertThat(tmx.toString()).containsOnlyOnce("<prop type=\"x-kind\">code</prop>")
                .contains("<seg>$ diff -u file.old file.new &gt;file.patch\n$ patch -p0 file.old &lt;file.patch</seg>");
    }
}
