package org.visavis.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.ParagraphKind;
import org.visavis.project.ProjectStore;

class ImporterTest {
    private static final ImportOptions FR_EN = ImportOptions.languages(Language.parse("fr"), Language.parse("en"));

    @Test
    void importsAnInterTextAlignmentWithItsParagraphIds(@TempDir Path dir) throws Exception {
        Path links = copy("intertext/foreword.fr.en.xml", dir);
        copy("intertext/foreword.fr.xml", dir);
        copy("intertext/foreword.en.xml", dir);

        Importer.Imported imported = new Importer().importInto(links, ImportFormat.CESALIGN, ImportOptions.fromFile(),
                dir.resolve("project"));

        Alignment a = new ProjectStore().load(dir.resolve("project")).alignment();
        assertThat(a.beads()).extracting(Bead::notation).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3,4]:[3,4]");
        assertThat(a.beads()).extracting(Bead::status).containsExactly(BeadStatus.CONFIRMED, BeadStatus.AUTO,
                BeadStatus.AUTO, BeadStatus.CONFIRMED);
        assertThat(a.source().paragraphs().get(0).kind()).isEqualTo(ParagraphKind.HEADING);
        assertThat(a.source().paragraphs()).hasSize(3);
        assertThat(a.target().texts().get(4)).startsWith("Debian is above all a project");
        assertThat(a.source().language()).isEqualTo(Language.parse("fr"));
        assertThat(imported.unlinkedSentences()).isZero();
    }

    @Test
    void importsAnOpusAlignmentWithGzippedTokenisedDocumentsOneFolderDown(@TempDir Path dir) throws Exception {
        Path links = copy("opus/fr-en.xml", dir);
        gzip("opus/fr/foreword.xml", dir.resolve("fr/foreword.xml.gz"));
        gzip("opus/en/foreword.xml", dir.resolve("en/foreword.xml.gz"));

        Importer.Imported imported = new Importer().read(links, ImportFormat.CESALIGN, FR_EN, dir.resolve("project"));

        Alignment a = imported.project().alignment();
        assertThat(a.source().texts().get(0)).isEqualTo("Debian GNU/Linux est une distribution Linux « généraliste » .");
        // sentence 2 on each side is in no link: it becomes a one-sided bead, and the count says so
        assertThat(a.beads()).extracting(Bead::notation).containsExactly("[0]:[0]", "[1]:[]", "[]:[1]", "[2]:[2]");
        assertThat(imported.unlinkedSentences()).isEqualTo(2);
    }

    @Test
    void importsATmxFromACatToolDroppingInlineCodes(@TempDir Path dir) throws Exception {
        Path tmx = copy("handbook.tmx", dir);

        Alignment a = new Importer().read(tmx, ImportFormat.TMX, ImportOptions.fromFile(), dir.resolve("p")).project().alignment();

        assertThat(a.beads()).extracting(Bead::notation).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
        assertThat(a.source().texts().get(1)).isEqualTo("Debian GNU/Linux est une distribution Linux « généraliste », convenant a priori à tous.");
        assertThat(a.target().texts().get(1)).isEqualTo("Debian GNU/Linux is a “generic” Linux distribution that fits most users.");
        assertThat(a.source().language()).isEqualTo(Language.parse("fr-FR"));
        assertThat(a.target().language()).isEqualTo(Language.parse("en-US"));
    }

    /** Sentence id schemes of the tools that write cesAlign: ours, InterText's, OPUS's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"s%2$d, s1 s2;s1", "%1$d:%3$d, 1:1 1:2;1:1", "s%1$d.%3$d, s1.1 s1.2;s1.1", "%2$d, 1 2;1"})
    void acceptsTheCommonSentenceIdSchemes(String idPattern, String firstLink, @TempDir Path dir) throws Exception {
        // paragraph 1 holds sentences 1 and 2 (French) or 1 (English); paragraph 2 one sentence each
        String[][] fr = {{"Debian GNU/Linux est une distribution Linux « généraliste ».", "Elle convient a priori à tous."},
            {"C'est une organisation regroupant des bénévoles."}};
        String[][] en = {{"Debian GNU/Linux is a “generic” Linux distribution that fits most users."},
            {"It is an organisation of volunteers."}};
        Files.writeString(dir.resolve("fr.xml"), xces("fr", fr, idPattern));
        Files.writeString(dir.resolve("en.xml"), xces("en", en, idPattern));
        String second = String.format(idPattern, 2, 3, 1) + ";" + String.format(idPattern, 2, 2, 1);
        Path links = dir.resolve("fr-en.xml");
        Files.writeString(links, "<cesAlign version=\"1.0\"><linkGrp fromDoc=\"fr.xml\" toDoc=\"en.xml\">"
                + "<link xtargets=\"" + firstLink + "\"/><link xtargets=\"" + second + "\"/></linkGrp></cesAlign>");

        Alignment a = new Importer().read(links, ImportFormat.CESALIGN, ImportOptions.fromFile(), dir.resolve("p")).project()
                .alignment();

        assertThat(a.beads()).extracting(Bead::notation).containsExactly("[0,1]:[0]", "[2]:[1]");
        assertThat(a.source().paragraphs()).hasSize(2);
    }

    /** An XCES document; the id pattern gets (paragraph, sentence in document, sentence in paragraph), 1-based. */
    private static String xces(String lang, String[][] paragraphs, String idPattern) {
        StringBuilder sb = new StringBuilder("<text xml:lang=\"" + lang + "\">");
        int n = 0;
        for (int p = 0; p < paragraphs.length; p++) {
            sb.append("<p>");
            for (int k = 0; k < paragraphs[p].length; k++) {
                sb.append("<s id=\"").append(String.format(idPattern, p + 1, ++n, k + 1)).append("\">")
                        .append(paragraphs[p][k]).append("</s>");
            }
            sb.append("</p>");
        }
        return sb.append("</text>").toString();
    }

    /** Malformed files: an ImportException naming the file and the line, and no project left behind. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tsv      | Avant-propos\tForeword\\nDebian est libre.\\nElle est R&D.\tIt is R&D.                     | line 2: 1 column
            tsv      | Avant-propos\tForeword\\nA\tB\\nC\tD\tnote\textra                                           | line 3: 4 columns
            tmx      | <tmx version="1.4"><header srclang="fr"/><body>\\n<tu><tuv xml:lang="fr"><seg>Avant-propos</seg></tuv>\\n<tu> | line 3: malformed XML
            tmx      | <tmx version="1.4"><header srclang="fr"/><body>\\n<tu>\\n<tuv><seg>Foreword</seg></tuv></tu></body></tmx> | line 3: <tuv> has no xml:lang
            tmx      | <html><body>Foreword</body></html>                                                         | line 1: not a TMX file
            cesalign | <cesAlign version="1.0">\\n<linkGrp fromDoc="foreword.fr.xml" toDoc="foreword.en.xml">\\n<link xtargets="1:1;9:9"/>\\n</linkGrp></cesAlign> | line 3: sentence id '9:9' is not in foreword.en.xml
            cesalign | <cesAlign version="1.0">\\n<linkGrp fromDoc="foreword.fr.xml" toDoc="foreword.en.xml">\\n<link xtargets="2:1;2:1"/>\\n<link xtargets="1:1;1:1"/>\\n</linkGrp></cesAlign> | line 4: link 1:1;1:1 goes back
            cesalign | <cesAlign version="1.0">\\n<linkGrp fromDoc="foreword.fr.xml" toDoc="missing.xml">\\n</linkGrp></cesAlign> | 'missing.xml' is not beside the link file
            cesalign | <cesAlign version="1.0">\\n<linkGrp fromDoc="foreword.fr.xml" toDoc="foreword.en.xml">\\n<link xtargets="1:1"/>\\n</linkGrp></cesAlign> | line 3: <link> needs xtargets
            xliff    | <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">\\n<file id="f1"><unit id="u1"><segment><source>A</source></segment></unit>\\n</xliff> | line 3: malformed XML
            """)
    void malformedFilesAreRefusedNamingFileAndLine(String format, String content, String expected, @TempDir Path dir)
            throws Exception {
        copy("intertext/foreword.fr.xml", dir);
        copy("intertext/foreword.en.xml", dir);
        Path file = dir.resolve("bad." + format);
        Files.writeString(file, content.replace("\\n", "\n"));
        Path project = dir.resolve("project");

        assertThatThrownBy(() -> new Importer().importInto(file, ImportFormat.parse(format), FR_EN, project))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(expected);
        assertThat(project).doesNotExist();
    }

    @Test
    void aTsvThatIsNotUtf8NamesTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.tsv");
        Files.write(file, "Avant-propos\tForeword\nGénéraliste\tGeneric\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new Importer().read(file, ImportFormat.TSV, FR_EN, dir.resolve("p")))
                .isInstanceOf(ImportException.class).hasMessageContaining("line 2: not UTF-8");
    }

    @Test
    void aTsvNeedsItsLanguages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("memory.tsv");
        Files.writeString(file, "Avant-propos\tForeword\n");

        assertThatThrownBy(() -> new Importer().read(file, ImportFormat.TSV, ImportOptions.fromFile(), dir.resolve("p")))
                .isInstanceOf(ImportException.class).hasMessageContaining("--source-lang");
    }

    @Test
    void anExistingProjectIsNotOverwritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("memory.tsv");
        Files.writeString(file, "Avant-propos\tForeword\n");
        new Importer().importInto(file, ImportFormat.TSV, FR_EN, dir.resolve("p"));

        assertThatThrownBy(() -> new Importer().importInto(file, ImportFormat.TSV, FR_EN, dir.resolve("p")))
                .isInstanceOf(ImportException.class).hasMessageContaining("already holds a project");
    }

    @Test
    void lfAlignerMergeMarksSplitSentences(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lf.txt");
        Files.writeString(file, "\uFEFFDebian est libre. ~~~ Elle est R&D.\tDebian is free R&D.\tforeword.html\r\n"
                + "Une phrase seule.\t\r\n");

        Alignment a = new Importer().read(file, ImportFormat.guess("lf.txt"), FR_EN, dir.resolve("p")).project().alignment();

        assertThat(a.beads()).extracting(Bead::notation).containsExactly("[0,1]:[0]", "[2]:[]");
        assertThat(a.source().texts()).containsExactly("Debian est libre.", "Elle est R&D.", "Une phrase seule.");
    }

    private static Path copy(String resource, Path dir) throws IOException {
        Path out = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = ImporterTest.class.getResourceAsStream(resource)) {
            Files.copy(in, out);
        }
        return out;
    }

    private static void gzip(String resource, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        try (InputStream in = ImporterTest.class.getResourceAsStream(resource);
             OutputStream os = new GZIPOutputStream(Files.newOutputStream(out))) {
            in.transferTo(os);
        }
    }
}
