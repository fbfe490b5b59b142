package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;
import org.visavis.model.BeadShape;
import org.visavis.project.ProjectStore;
import org.visavis.terms.ProjectGlossary;

/** The main job on the bundled texts, as {@code ./visavis demo} runs it. */
class DemoCommandTest {

    @Test
    void alignsChecksAndExportsTheBundledHandbook(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"demo", "--home", ".", "--out", dir.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("sect.debian-internals.html").contains("beads: ")
                .contains("low confidence").contains("findings: ").contains("seconds: ");
        Path demo = dir.resolve("demo");
        Alignment a = new ProjectStore().load(demo).alignment();
        // Six chapters of a faithful translation: hundreds of sentences, nearly all 1-1.
        assertThat(a.source().size()).isGreaterThan(500);
        long oneToOne = a.beads().stream().filter(b -> b.shape().equals(BeadShape.ONE_ONE)).count();
        assertThat(oneToOne).isGreaterThan(a.beads().size() * 9 / 10);
        assertThat(Files.readString(demo.resolve("demo.tmx"))).contains("<tuv xml:lang=\"fr-FR\">");
        assertThat(Files.readString(demo.resolve("demo.html"))).contains("Avant-propos").contains("Foreword");
        assertThat(Files.readString(demo.resolve("demo-findings.html"))).contains("term-");

        // the seed's own case: our French sample with its English, "luttes revendicatives" held to the glossary
        Path so = dir.resolve("demo-self-organisation");
        Alignment sample = new ProjectStore().load(so).alignment();
        assertThat(sample.source().size()).isGreaterThanOrEqualTo(40);
        List<String> departures = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("  bead ")) {
                int b = Integer.parseInt(line.substring(7, line.indexOf(':'))) - 1; // numbered from 1
                assertThat(sample.sourceText(sample.beads().get(b))).containsIgnoringCase("revendicative");
                departures.add(sample.targetText(sample.beads().get(b)));
            }
        }
        assertThat(departures).hasSize(3);
        assertThat(departures.get(0)).contains("struggle about wages");
        assertThat(departures.get(1)).contains("struggles over wages");
        assertThat(departures.get(2)).contains("wage struggles");
        assertThat(Files.readString(so.resolve("demo-self-organisation-findings.html"))).contains("term-missing")
                .contains("Within struggles over wages");
        assertThat(ProjectGlossary.chosen(so)).isPresent();
    }

    @Test
    void withoutTheBundledTextsItSaysWhereItLooked(@TempDir Path dir) {
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"demo", "--home", dir.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("corpora/debian-handbook").contains("missing");
    }

    /** The installed launcher's HOME is read-only: it names the folder of projects, as align's ./alignments. */
    @Test
    void writesIntoTheFolderTheLauncherNamesOrElseIntoHome() {
        assertThat(DemoCommand.projectsFolder(Path.of("/opt/visavis/lib/app"), "alignments")).isEqualTo(Path.of("alignments"));
        assertThat(DemoCommand.projectsFolder(Path.of("/home/me/visavis"), null)).isEqualTo(Path.of("/home/me/visavis/alignments"));
    }
}
