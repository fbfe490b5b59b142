package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.visavis.ingest.IdmlPackage.bold;
import static org.visavis.ingest.IdmlPackage.heading;
import static org.visavis.ingest.IdmlPackage.italic;
import static org.visavis.ingest.IdmlPackage.paragraph;
import static org.visavis.ingest.IdmlPackage.plain;
import static org.visavis.ingest.IdmlPackage.styled;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.export.TmxOptions;
import org.visavis.export.TmxWriter;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Document;
import org.visavis.model.InlineCode;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.IngestException;
import org.visavis.pipeline.Progress;

/**
 * IDML (InDesign) read through Okapi's IDML filter, on packages {@link IdmlPackage} writes with the
 * opening of the Debian handbook's "Lifecycle of a Release" in English and French: the stories'
 * paragraphs in the order of their frames, character style ranges as inline codes, and a pair
 * aligned into a TMX whose codes correspond.
 */
class IdmlReadingTest {

    private static final Language EN = Language.of("en");
    private static final Language FR = Language.of("fr");

    private static Path english(Path dir) throws Exception {
        Path file = dir.resolve("release-lifecycle.en.idml");
        new IdmlPackage()
                .story(List.of(heading("1.6. Lifecycle of a Release"),
                        paragraph(plain("The project will simultaneously have three to six different versions of each program, named "),
                                italic("Experimental"), plain(", "), italic("Unstable"), plain(", and "), styled("Testing", "Code"),
                                plain(". Each one corresponds to a different phase in development. For a good understanding, let us "
                                        + "take a look at a program's journey, from its initial packaging to inclusion in a stable version of Debian.")),
                        paragraph(plain("The term "), bold("release"), plain(", in the Debian project, indicates a particular version "
                                + "of a distribution. It also indicates the public announcement of the launch of any new version."))))
                .story(List.of(paragraph(plain("Not everything passes through this step; some developers add packages here in order "
                        + "to get feedback from more experienced (or braver) users."))))
                .write(file);
        return file;
    }

    private static Path french(Path dir) throws Exception {
        Path file = dir.resolve("release-lifecycle.fr.idml");
        new IdmlPackage()
                .story(List.of(heading("1.6. Cycle de vie d'une release"),
                        paragraph(plain("Le projet dispose à tout instant de trois à six versions différentes de chaque logiciel, nommées "),
                                italic("Experimental"), plain(", "), italic("Unstable"), plain(" et "), styled("Testing", "Code"),
                                plain(". Chacune correspond à un stade différent du développement. Pour bien les comprendre, suivons le "
                                        + "parcours d'un programme, de sa première mise en paquet à son intégration dans une version stable de Debian.")),
                        paragraph(plain("Le terme « "), bold("release"), plain(" » désigne chez Debian une version particulière d'une "
                                + "distribution. Il désigne aussi l'annonce publique de toute nouvelle version."))))
                .story(List.of(paragraph(plain("Tout ne transite pas par cette étape ; certains développeurs y créent des paquets pour "
                        + "obtenir un premier retour des utilisateurs les plus expérimentés (ou les plus courageux)."))))
                .write(file);
        return file;
    }

    @Test
    void theStoriesParagraphsComeInTheirFramesOrderWithTheirCharacterStylesAsCodes(@TempDir Path dir) throws Exception {
        Document doc = new TikaDocumentReader().read(english(dir), EN);

        assertThat(doc.paragraphs()).extracting(Paragraph::text).hasSize(4).startsWith("1.6. Lifecycle of a Release")
                .last().asString().startsWith("Not everything passes through this step");
        Paragraph versions = doc.paragraphs().get(1);
        assertThat(versions.text()).startsWith("The project will simultaneously").contains("named Experimental, Unstable, and Testing.");
        List<InlineCode> codes = versions.codes();
        assertThat(codes).hasSize(6);
        int experimental = versions.text().indexOf("Experimental");
        assertThat(codes.get(0).kind()).isEqualTo(InlineCode.Kind.OPENING);
        assertThat(codes.get(0).position()).isEqualTo(experimental);
        assertThat(codes.get(1).kind()).isEqualTo(InlineCode.Kind.CLOSING);
        assertThat(codes.get(1).position()).isEqualTo(experimental + "Experimental".length());
        assertThat(codes.get(4).position()).isEqualTo(versions.text().indexOf("Testing"));
        Paragraph term = doc.paragraphs().get(2);
        assertThat(term.codes()).extracting(InlineCode::type).containsExactly("bold", "bold");
        assertThat(term.codes().get(0).position()).isEqualTo(term.text().indexOf("release"));
    }

    @Test
    void anIdmlPairAlignsIntoATmxWhoseCodesCorrespond(@TempDir Path dir) throws Exception {
        Alignment a = new AlignmentPipeline(new TikaDocumentReader(), new TikaLanguageDetector()).run(
                new AlignmentRequest(english(dir), french(dir), EN, FR, Optional.empty()), Progress.SILENT);
        assertThat(a.beads()).noneMatch(Bead::isOneSided);
        StringWriter tmx = new StringWriter();
        new TmxWriter(TmxOptions.forAlignment(a, "test")).write(a, tmx);
        // the bold "release" in both languages, its pair numbered alike on both sides
        assertThat(tmx.toString())
                .contains("The term <bpt i=\"1\" x=\"1\">&lt;content-1&gt;</bpt>release<ept i=\"1\">&lt;/content-1&gt;</ept>, in")
                .contains("Le terme « <bpt i=\"1\" x=\"1\">&lt;content-1&gt;</bpt>release<ept i=\"1\">&lt;/content-1&gt;</ept> »");
    }

    @Test
    void aPackageWithoutItsDesignMapIsRejectedNamingTheFile(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.idml");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.adobe.indesign-idml-package".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> new TikaDocumentReader().read(broken, EN))
                .isInstanceOf(IngestException.class).hasMessageStartingWith("broken.idml: ");
    }
}
