package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/** {@code visavis export} and {@code visavis import} as a user types them. */
class ExportCommandTest {

    /** Two beads from corpora/debian-handbook (foreword), saved as a project named "foreword". */
    static Path foreword(Path dir) {
        List<String> fr = List.of("Avant-propos", "Debian GNU/Linux est une distribution Linux « généraliste », convenant a priori à tous.");
        List<String> en = List.of("Foreword", "Debian GNU/Linux is a “generic” Linux distribution that fits most users.");
        Alignment a = new Alignment(doc(fr, "fr-FR"), doc(en, "en-US"), List.of(
                new Bead(List.of(0), List.of(0), 0.99, BeadStatus.CONFIRMED), Bead.auto(List.of(1), List.of(1), 0.9)));
        Path folder = dir.resolve("foreword");
        new ProjectStore().save(new Project(folder, a));
        return folder;
    }

    private static SegmentedDocument doc(List<String> sentences, String lang) {
        return new SegmentedDocument("foreword.html", Language.parse(lang),
                List.of(Paragraph.heading(sentences.get(0)), Paragraph.body(sentences.get(1))),
                List.of(new Segment(sentences.get(0), 0), new Segment(sentences.get(1), 1)));
    }

    record Run(int exit, String out, String err) {
    }

    static Run visavis(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @CsvSource({"tmx, foreword.tmx", "html, foreword.html", "docx, foreword.docx", "odt, foreword.odt", "epub, foreword.epub", "tsv, foreword.tsv",
        "xliff, foreword.xlf", "cesalign, foreword.cesalign.xml"})
    void exportsIntoTheProjectFolderByDefault(String format, String file, @TempDir Path dir) {
        Path project = foreword(dir);

        Run r = visavis("export", project.toString(), "--format", format);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(project.resolve(file)).exists();
        assertThat(r.out()).contains(project.resolve(file).toString());
    }

    @Test
    void writesWhereToldWithTheFacingLayout(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("book").resolve("edition.html");

        Run r = visavis("export", foreword(dir).toString(), "--format", "html", "--layout", "facing", "--title", "Avant-propos",
                "-o", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("<body class=\"facing-pages\">").contains("<title>Avant-propos</title>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            export PROJECT --format pdf                 | unknown export format 'pdf'
            export PROJECT --format html --layout wide  | --layout wide: expected side-by-side or facing
            export PROJECT --format tmx --one-sided all | --one-sided all: expected leave-out or include
            export MISSING --format tsv                 | no such project folder
            import MISSING.tsv --out NEW                 | no such file
            import PROJECT/foreword.tsv --out NEW        | give --source-lang
            """)
    void badInputExitsWithTwoAndOneLineNamingTheProblem(String command, String message, @TempDir Path dir) {
        Path project = foreword(dir);
        visavis("export", project.toString(), "--format", "tsv");
        String[] args = command.replace("PROJECT", project.toString()).replace("MISSING", dir.resolve("missing").toString())
                .replace("NEW", dir.resolve("new").toString()).split(" ");

        Run r = visavis(args);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void importsWhatItExportedIntoANewProject(@TempDir Path dir) {
        Path project = foreword(dir);
        visavis("export", project.toString(), "--format", "tsv");

        Run r = visavis("import", project.resolve("foreword.tsv").toString(), "--source-lang", "fr-FR", "--target-lang", "en-US",
                "--out", dir.resolve("again").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("imported 2 beads (2 fr-FR and 2 en-US sentences)");
        Alignment a = new ProjectStore().load(dir.resolve("again")).alignment();
        assertThat(a.source().texts()).containsExactly("Avant-propos",
                "Debian GNU/Linux est une distribution Linux « généraliste », convenant a priori à tous.");
    }

    @Test
    void importGuessesCesAlignAndReadsTheLanguagesFromTheDocuments(@TempDir Path dir) {
        Path project = foreword(dir);
        visavis("export", project.toString(), "--format", "cesalign");

        Run r = visavis("import", project.resolve("foreword.cesalign.xml").toString(), "--out", dir.resolve("again").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        Alignment a = new ProjectStore().load(dir.resolve("again")).alignment();
        assertThat(a.beads()).extracting(Bead::status).containsExactly(BeadStatus.CONFIRMED, BeadStatus.AUTO);
        assertThat(a.target().language()).isEqualTo(Language.parse("en-US"));
    }
}
