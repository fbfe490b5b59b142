package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.cli.AlignCommandTest.Run;
import org.visavis.testing.OmegatConsole;

/**
 * {@code export PROJECT --format omegat -o DIR} on the aligned Handbook foreword: OmegaT 3.6
 * (Debian's, console mode) opens the folder as it is and writes a translated document.
 */
class OmegatProjectExportTest {

    @TempDir
    static Path dir;
    static Path project;
    static Path french;

    @BeforeAll
    static void alignTheForeword() throws Exception {
        // a copy, so that a test may change it
        french = Files.copy(AlignCommandTest.FR, Files.createDirectories(dir.resolve("originals")).resolve("foreword.html"));
        Run r = AlignCommandTest.run("align", french.toString(), AlignCommandTest.EN.toString(), "--source-lang", "fr-FR",
                "--target-lang", "en-US", "--out", dir.toString(), "--name", "foreword");
        assertThat(r.exitCode()).as(r.err()).isZero();
        project = dir.resolve("foreword");
    }

    @Test
    void omegatOpensTheProjectAsItIsAndTranslatesFromTheTmx() throws Exception {
        Path out = dir.resolve("omegat-project");
        Run r = AlignCommandTest.run("export", project.toString(), "--format", "omegat", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(out.resolve("omegat.project").toString()).contains("tmx units: ");
        assertThat(Files.readString(out.resolve("omegat.project")))
                .contains("<source_lang>fr-FR</source_lang>", "<target_lang>en-US</target_lang>",
                        "<source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>",
                        "<target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>");
        assertThat(Files.mismatch(out.resolve("source/foreword.html"), french)).isEqualTo(-1L);
        assertThat(out.resolve("tm/auto/foreword.tmx")).isRegularFile();
        for (String folder : List.of("target", "glossary", "dictionary", "omegat")) {
            assertThat(out.resolve(folder)).isEmptyDirectory();
        }

        String output = OmegatConsole.translate(out, dir);
        Path translated = out.resolve("target/foreword.html");
        assertThat(translated).as("OmegaT's output:%n%s", output).isRegularFile();
        String target = Files.readString(translated, StandardCharsets.UTF_8);
        // sentences OmegaT can only have taken from our TMX (how many of its segments it fills is
        // TmxWriterInteropTest's business; here: the project works as it is)
        assertThat(Files.readString(french, StandardCharsets.UTF_8)).doesNotContain("“generic” Linux distribution");
        List<String> english = TmxFilterCommandTest.units(out.resolve("tm/auto/foreword.tmx")).stream()
                .map(TmxFilterCommandTest.Unit::target).filter(target::contains).toList();
        assertThat(english).as("English sentences of the TMX in OmegaT's translation")
                .hasSizeGreaterThanOrEqualTo(5).contains("Debian GNU/Linux is a “generic” Linux distribution that fits most users.");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedWithoutReplace() throws Exception {
        Path out = Files.createDirectories(dir.resolve("busy/omegat"));
        Files.writeString(out.resolve("project_save.tmx"), "the translator's work");
        Path busy = dir.resolve("busy");
        Run r = AlignCommandTest.run("export", project.toString(), "--format", "omegat", "-o", busy.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("visavis: " + busy + ": the folder is not empty").doesNotContain("\n\tat ");
        assertThat(busy.resolve("omegat.project")).doesNotExist();

        r = AlignCommandTest.run("export", project.toString(), "--format", "omegat", "-o", busy.toString(), "--replace");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(busy.resolve("omegat.project")).isRegularFile();
        assertThat(Files.readString(out.resolve("project_save.tmx"))).isEqualTo("the translator's work");
    }

    @Test
    void anOriginalChangedSinceTheAlignmentIsRefused() throws Exception {
        Path changedProject = dir.resolve("changed");
        Path copy = Files.copy(AlignCommandTest.FR, Files.createDirectories(dir.resolve("changed-originals"))
                .resolve("foreword.html"));
        Run r = AlignCommandTest.run("align", copy.toString(), AlignCommandTest.EN.toString(), "--out", dir.toString(),
                "--name", "changed");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Files.writeString(copy, Files.readString(copy).replace("généraliste", "universelle"));
        Path out = dir.resolve("changed-omegat");
        r = AlignCommandTest.run("export", changedProject.toString(), "--format", "omegat", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(copy.toAbsolutePath() + ": changed since it was aligned");
        assertThat(out).doesNotExist();
    }
}
