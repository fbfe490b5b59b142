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
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.checks.Severity;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/** {@code visavis check} on a small project of Debian Handbook sentences and on the English rendering alone. */
class CheckCommandTest {
    static final String GLOSSARY = "glossaries/visavis-fr-en.tsv";

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Real pairs; the second translation leaves "listes de diffusion" out and the third has a forbidden rendering. */
    static Path project(Path dir) {
        String[][] pairs = {
            {"La distribution Debian est et restera constituée exclusivement de logiciels libres.",
                "Debian is and will remain composed entirely and exclusively of free software."},
            {"Il intervient encore épisodiquement sur les listes de diffusion pour donner son avis.",
                "He still sporadically appears on the e-mail lists to give his advice."},
            {"Debian est avant tout un projet du monde du logiciel libre.",
                "Debian is above all a project of the open source software world."},
            {"Beaucoup de gens ont choisi Debian : environ 10 % des serveurs web sur Internet exécutent Debian.",
                "Many people have chosen Debian: around 10% of the web servers on the Internet run Debian."},
        };
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (String[] p : pairs) {
            beads.add(Bead.auto(List.of(fr.size()), List.of(en.size()), 0.9));
            fr.add(p[0]);
            en.add(p[1]);
        }
        Path folder = dir.resolve("handbook");
        new ProjectStore().save(new Project(folder, new Alignment(
                SegmentedDocument.ofSentences("fr.html", Language.of("fr"), fr),
                SegmentedDocument.ofSentences("en.html", Language.of("en"), en), beads)));
        return folder;
    }

    @Test
    void checksAProjectWithAGlossaryAndWritesTheReports(@TempDir Path dir) throws Exception {
        Path folder = project(dir);
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        Path csv = dir.resolve("report.csv");

        Run r = run("check", folder.toString(), "--glossary", GLOSSARY, "--languagetool", "none",
                "--report", json.toString(), "--report", html.toString(), "--report", csv.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("term-missing").contains("term-forbidden").contains("findings (");
        String j = Files.readString(json);
        assertThat(j).startsWith("{\"findings\":[")
                .contains("\"check\":\"term-forbidden\",\"severity\":\"error\",\"subject\":\"open source software\","
                        + "\"target_term\":\"open source software\"")
                .contains("\"source_term\":\"liste de diffusion\"")
                .as("bead numbers as the editor shows them, from 1").contains("\"beads\":[2]")
                .contains("\"occurrences\":[{\"bead\":2,\"source\":\"Il intervient encore épisodiquement sur les listes de "
                        + "diffusion pour donner son avis.\",\"target\":\"He still sporadically appears on the e-mail lists")
                .contains("\"source_term\":\"distribution\"");
        assertThat(Files.readString(html)).contains("<h2 id=\"term-forbidden\">")
                .contains("<mark>open source software</mark>").contains("<mark>listes de diffusion</mark>");
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo(
                "check,severity,subject,beads,context_beads,renderings,confidence,reason,message,occurrences");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new"));
    }

    @Test
    void failOnExitsOneWhenAFindingIsSevereEnough(@TempDir Path dir) {
        Path folder = project(dir);
        assertThat(run("check", folder.toString(), "--glossary", GLOSSARY, "--languagetool", "none",
                "--fail-on", "error").exitCode()).isEqualTo(1);
        assertThat(run("check", folder.toString(), "--languagetool", "none", "--checks", "number-mismatch",
                "--fail-on", "warning").exitCode()).isZero();
    }

    @Test
    void ignoredFindingsStayIgnored(@TempDir Path dir) {
        Path folder = project(dir);
        Finding forbidden = org.visavis.checks.CheckSuite.run(new ProjectStore().load(folder).alignment(),
                org.visavis.checks.CheckOptions.defaults().withLanguageToolCategories(java.util.Set.of())
                        .withGlossary(org.visavis.terms.GlossaryFormat.forFile(Path.of(GLOSSARY))
                                .read(Path.of(GLOSSARY), Language.of("fr"), Language.of("en"))),
                IgnoredFindings.NONE, org.visavis.pipeline.Progress.SILENT).stream()
                .filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
        IgnoredFindings.NONE.with(forbidden).save(folder);

        Run r = run("check", folder.toString(), "--glossary", GLOSSARY, "--languagetool", "none", "--fail-on", "error");

        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).doesNotContain("term-forbidden");
        assertThat(run("check", folder.toString(), "--glossary", GLOSSARY, "--languagetool", "none", "--show-ignored")
                .out()).contains("term-forbidden");
    }

    /** The English rendering of Théorie Communiste alone: ingest, segmentation, then the one-language checks. */
    @Test
    void checksTheEnglishRenderingAlone(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("en.json");
        Run r = run("check", "corpora/self-organisation/en.txt", "--lang", "en", "--languagetool", "none",
                "--glossary", "glossaries/visavis-fr-en.tbx", "--report", json.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("“self-organisation”").contains("“self-organization”")
                .contains("“communisation”").contains("“communization”");
        // the renderings of "luttes revendicatives" the translator's footnote does not announce
        assertThat(r.out()).contains("“wage struggles” is a forbidden rendering of “luttes revendicatives”")
                .contains("“struggle over wages and conditions” is a forbidden rendering");
        assertThat(Files.readString(json)).contains("\"check\":\"spelling-variant\"")
                .contains("\"target_term\":\"wage struggles\"");
    }

    /** No glossary: the translator's note 1 declares the rendering, and the text is held to it. */
    @Test
    void holdsTheEnglishRenderingToTheRenderingItsNoteDeclares() {
        Run r = run("check", "corpora/self-organisation/en.txt", "--lang", "en", "--checks", "term-declared");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("declared rendering: “luttes revendicatives” → “struggles over immediate demands”, "
                + "declared in note 1 / sentence 4");
        assertThat(r.out()).contains("“wage struggles” renders “luttes revendicatives” otherwise")
                .contains("“struggles over wages” renders").contains("“struggle about wages” renders")
                .contains("“struggle over wages and conditions” renders")
                .doesNotContain("“class struggles” renders").doesNotContain("“struggle over immediate demands” renders");
        Run bad = run("check", "corpora/self-organisation/en.txt", "--lang", "en", "--declared", "maybe");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--declared: 'maybe' is neither on nor off");
    }

    @Test
    void badInputSaysWhatIsWrong(@TempDir Path dir) throws Exception {
        Path folder = project(dir);
        Run noLang = run("check", "corpora/self-organisation/en.txt");
        assertThat(noLang.exitCode()).isEqualTo(2);
        assertThat(noLang.err()).contains("give its language with --lang");

        Path deFr = Files.writeString(dir.resolve("de-fr.tsv"), "de\tfr\nPaket\tpaquet\n");
        Run wrongPair = run("check", folder.toString(), "--glossary", deFr.toString());
        assertThat(wrongPair.exitCode()).isEqualTo(2);
        assertThat(wrongPair.err()).contains("de-fr.tsv: the glossary is de→fr but the project is fr→en");

        Path broken = Files.writeString(dir.resolve("broken.tsv"), "fr\ten\npaquet\tpackage\n\tsoftware\n");
        Run malformed = run("check", folder.toString(), "--glossary", broken.toString());
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("broken.tsv:3: no source term");

        Path empty = dir.resolve("empty");
        new ProjectStore().save(new Project(empty, new Alignment(
                new SegmentedDocument("fr.html", Language.of("fr"), List.of(), List.of()),
                new SegmentedDocument("en.html", Language.of("en"), List.of(), List.of()), List.of())));
        Run nothing = run("check", empty.toString());
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("the project has no sentences to check");

        Run badSeverity = run("check", folder.toString(), "--fail-on", "fatal");
        assertThat(badSeverity.exitCode()).isEqualTo(2);
        assertThat(badSeverity.err()).contains("--fail-on: unknown severity 'fatal'");

        Path noLanguage = dir.resolve("no-language");
        Files.createDirectories(noLanguage);
        List<Path> own = new ProjectStore().currentFiles(folder); // alignment.xml, source, target
        for (Path file : own) {
            String xml = Files.readString(file);
            Files.writeString(noLanguage.resolve(file.getFileName()), file.equals(own.get(2))
                    ? xml.replace(" xml:lang=\"en\"", "") : xml);
        }
        Run withoutTargetLanguage = run("check", noLanguage.toString());
        assertThat(withoutTargetLanguage.exitCode()).isEqualTo(2);
        assertThat(withoutTargetLanguage.err()).contains(own.get(2).getFileName().toString()).contains("no xml:lang");

        Run noGlossary = run("check", folder.toString(), "--checks", "term-missing");
        assertThat(noGlossary.exitCode()).isEqualTo(2);
        assertThat(noGlossary.err()).contains("need a glossary");

        Run notAProject = run("check", dir.toString());
        assertThat(notAProject.exitCode()).isEqualTo(2);
        assertThat(notAProject.err()).contains("not a visavis project");
    }
}
