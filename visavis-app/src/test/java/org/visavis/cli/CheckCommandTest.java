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

    /** A language no module serves is still checked, and the command says on stderr what it goes without. */
    @Test
    void aLanguageWithoutModuleIsCheckedPlainlyAndSaysSo(@TempDir Path dir) throws Exception {
        Path it = dir.resolve("it.txt");
        Files.writeString(it, "Il pacchetto viene installato dal gestore. Il gestore dei pacchetti risolve le dipendenze.\n");
        Run italian = run("check", it.toString(), "--lang", "it");
        assertThat(italian.exitCode()).as(italian.err()).isZero();
        assertThat(italian.err()).contains("language it: no language module is installed for it")
                .contains("without lemmas, word classes or proofreading");

        Run english = run("check", "corpora/self-organisation/en-sample.txt", "--lang", "en", "--languagetool", "none");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.err()).doesNotContain("no language module");
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
                + "declared in note 1 / sentence 5");
        assertThat(r.out()).contains("“wage struggles” renders “luttes revendicatives” otherwise")
                .contains("“struggles over wages” renders").contains("“struggle about wages” renders")
                .contains("“struggle over wages and conditions” renders")
                .doesNotContain("“class struggles” renders").doesNotContain("“struggle over immediate demands” renders");
        Run bad = run("check", "corpora/self-organisation/en.txt", "--lang", "en", "--declared", "maybe");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--declared: 'maybe' is neither on nor off");
        Run contradiction = run("check", "corpora/self-organisation/en.txt", "--lang", "en", "--declared", "off",
                "--checks", "term-declared");
        assertThat(contradiction.exitCode()).isEqualTo(2);
        assertThat(contradiction.err()).contains("contradict each other");
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

    /**
     * Four sentences of the Debian Handbook in French and English, and in German (translated for
     * the test); each language has one agreement error, in its own bead: French in bead 1,
     * English in bead 2, German in bead 3 (indexes from 0).
     */
    static final java.util.Map<String, List<String>> TEXTS = java.util.Map.of(
            "fr", List.of("La distribution Debian est et restera constituée exclusivement de logiciels libres.",
                    "Debian est avant tout un projet du monde du logiciel libres.",
                    "Chacun peut ainsi signaler les problèmes à traiter.",
                    "Debian est un système d'exploitation libre, développé par des milliers de bénévoles."),
            "en", List.of("Debian is and will remain composed entirely and exclusively of free software.",
                    "Debian is above all a project of the free software world.",
                    "Everyone can, thus, report issues that needs to be dealt with.",
                    "Debian is a free operating system, developed by thousands of volunteers."),
            "de", List.of("Debian besteht ausschließlich aus freier Software und wird es immer tun.",
                    "Debian ist vor allem ein Projekt aus der Welt der freien Software.",
                    "Jeder kann so die Probleme melden, die gelöst werden müssen.",
                    "Debian ist ein freie Betriebssystem, das von tausenden Freiwilligen entwickelt wird."));
    static final java.util.Map<String, Integer> ERROR_BEAD = java.util.Map.of("fr", 1, "en", 2, "de", 3);

    static Path project(Path dir, String source, String target) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < TEXTS.get(source).size(); i++) {
            beads.add(Bead.auto(List.of(i), List.of(i), 0.9));
        }
        Path folder = dir.resolve(source + "-" + target);
        new ProjectStore().save(new Project(folder, new Alignment(
                SegmentedDocument.ofSentences(source + ".html", Language.of(source), TEXTS.get(source)),
                SegmentedDocument.ofSentences(target + ".html", Language.of(target), TEXTS.get(target)), beads)));
        return folder;
    }

    /** The defaults run in every direction and find the target's grammar error, whatever LanguageTool calls grammar. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}→{1}")
    @org.junit.jupiter.params.provider.CsvSource({"fr,en", "en,fr", "de,fr", "fr,de", "en,de", "de,en"})
    void theDefaultsRunInEveryDirection(String source, String target, @TempDir Path dir) {
        Run r = run("check", project(dir, source, target).toString(), "--checks", "languagetool");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> grammar = r.out().lines().filter(l -> l.contains("\tlanguagetool\t")).toList();
        assertThat(grammar).as(r.out()).hasSize(1);
        // the output numbers beads from 1
        assertThat(grammar.get(0)).startsWith("warning\tlanguagetool\t[" + (ERROR_BEAD.get(target) + 1) + "]");
    }

    @Test
    void languageToolNamesArePortableOrTheLanguagesOwn(@TempDir Path dir) {
        Path enFr = project(dir, "en", "fr");
        // the agreement error of bead 1 is in French's AGREEMENT category, part of "grammar"
        assertThat(run("check", enFr.toString(), "--checks", "languagetool", "--languagetool", "agreement")
                .out()).contains("warning\tlanguagetool\t[2]\tAGREEMENT AGREEMENT_POSTPONED_ADJ");
        assertThat(run("check", enFr.toString(), "--checks", "languagetool", "--languagetool", "CAT_GRAMMAIRE")
                .out()).doesNotContain("languagetool\t[2]");
        assertThat(run("check", enFr.toString(), "--checks", "languagetool", "--languagetool", "typography,punctuation")
                .exitCode()).isZero();

        Path report = dir.resolve("report.json");
        Run unknown = run("check", enFr.toString(), "--languagetool", "grammer", "--report", report.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().lines().findFirst().orElseThrow())
                .contains("--languagetool: LanguageTool has no rule category 'grammer' for fr")
                .contains("valid: grammar, typography, spelling, style, punctuation").contains("CAT_GRAMMAIRE");
        assertThat(report).doesNotExist();

        // French's own id on an English target
        Run otherLanguage = run("check", project(dir, "fr", "en").toString(), "--languagetool", "CAT_GRAMMAIRE");
        assertThat(otherLanguage.exitCode()).isEqualTo(2);
        assertThat(otherLanguage.err()).contains("no rule category 'CAT_GRAMMAIRE' for en");
    }

    /** A glossary that does not fit: one line naming the file, exit 2, no report written. */
    @Test
    void glossariesThatDoNotFitAreRefused(@TempDir Path dir) throws Exception {
        Path folder = project(dir);
        Path report = dir.resolve("report.html");
        Path swapped = Files.writeString(dir.resolve("en-fr.tsv"), "en\tfr\nfree software\tlogiciel libre\n");
        Path headerOnly = Files.writeString(dir.resolve("header-only.tsv"), "fr\ten\tforbidden\tnote\n# to be filled\n");
        Path binary = Files.write(dir.resolve("binary.tsv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'f', 0, 'r'});
        Path missing = dir.resolve("missing.tbx");
        Path emptyTbx = Files.writeString(dir.resolve("empty.tbx"), "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" "
                + "xml:lang=\"fr\"><text><body></body></text></tbx>");
        java.util.Map<Path, String> expected = new java.util.LinkedHashMap<>();
        expected.put(swapped, "en-fr.tsv: the glossary is en→fr but the project is fr→en (the glossary goes the other way");
        expected.put(headerOnly, "header-only.tsv: the glossary has a header but no entry");
        expected.put(binary, "binary.tsv: not UTF-8 text");
        expected.put(missing, "missing.tbx: cannot read the glossary (no such file)");
        expected.put(dir, "unknown glossary format");
        expected.put(emptyTbx, "empty.tbx: no entry has terms in both fr and en");
        for (var e : expected.entrySet()) {
            Run r = run("check", folder.toString(), "--glossary", e.getKey().toString(), "--languagetool", "none",
                    "--report", report.toString());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
            assertThat(r.err()).contains(e.getValue());
            assertThat(report).doesNotExist();
        }
    }

    /**
     * A project whose translation does not know its language ("und", what an import writes for a TMX
     * without languages): the error names that document, even with a glossary, whose languages are
     * then not compared with "und".
     */
    @Test
    void aProjectWithoutATargetLanguageIsRefusedNamingItsDocument(@TempDir Path dir) throws Exception {
        Path folder = project(dir);
        Alignment known = new ProjectStore().load(folder).alignment();
        Path undetermined = dir.resolve("undetermined");
        new ProjectStore().save(new Project(undetermined, new Alignment(known.source(),
                SegmentedDocument.ofSentences("en.html", Language.of("und"), known.target().texts()), known.beads())));
        Path report = dir.resolve("report.json");
        for (List<String> glossary : List.of(List.<String>of(), List.of("--glossary", GLOSSARY))) {
            List<String> args = new ArrayList<>(List.of("check", undetermined.toString(), "--report", report.toString()));
            args.addAll(glossary);
            Run r = run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
            String targetFile = new ProjectStore().currentFiles(undetermined).get(2).toString();
            assertThat(r.err()).startsWith("visavis: " + targetFile + ": the project's target language is not set")
                    .contains("--target-lang");
            assertThat(report).doesNotExist();
        }
    }
}
