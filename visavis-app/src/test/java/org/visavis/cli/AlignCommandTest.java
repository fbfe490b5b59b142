package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Bead;
import org.visavis.model.BeadShape;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/** {@code visavis align} end to end on the bundled Debian Handbook chapters, and its bad inputs. */
class AlignCommandTest {

    static final Path FR = Path.of("corpora/debian-handbook/fr-FR/foreword.html");
    static final Path EN = Path.of("corpora/debian-handbook/en-US/foreword.html");

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void alignsTheForewordIntoAProjectAndATmx(@TempDir Path dir) throws Exception {
        Run r = run("align", FR.toString(), EN.toString(), "--source-lang", "fr-FR", "--target-lang", "en-GB",
                "--out", dir.toString(), "--name", "foreword");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("sentences: ").contains("beads: ").contains("seconds: ");
        Project p = new ProjectStore().load(dir.resolve("foreword"));
        assertThat(p.alignment().source().size()).isGreaterThan(20);
        long oneToOne = p.alignment().beads().stream().filter(b -> b.shape().equals(BeadShape.ONE_ONE)).count();
        assertThat(oneToOne).isGreaterThan(p.alignment().beads().size() * 3 / 4);
        // The first paragraph of the foreword and its translation end up in one bead.
        Bead withDebian = p.alignment().beads().stream()
                .filter(b -> p.alignment().sourceText(b).startsWith("Debian GNU/Linux est une distribution Linux"))
                .findFirst().orElseThrow();
        assertThat(p.alignment().targetText(withDebian)).contains("Debian GNU/Linux").contains("Linux distribution");
        String tmx = Files.readString(dir.resolve("foreword/foreword.tmx"));
        assertThat(tmx).contains("srclang=\"fr-FR\"").contains("xml:lang=\"en-GB\"").contains("creationtool=\"visavis\"");
    }

    @Test
    void realignKeepsConfirmedBeads(@TempDir Path dir) {
        assertThat(run("align", FR.toString(), EN.toString(), "--out", dir.toString(), "--name", "fw").exitCode()).isZero();
        Path folder = dir.resolve("fw");
        ProjectStore store = new ProjectStore();
        Project p = store.load(folder);
        var beads = new java.util.ArrayList<>(p.alignment().beads());
        Bead third = beads.get(2);
        beads.set(2, third.withStatus(org.visavis.model.BeadStatus.CONFIRMED));
        store.save(p.withAlignment(new org.visavis.model.Alignment(p.alignment().source(), p.alignment().target(), beads)));

        Run r = run("align", "--realign", folder.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(store.load(folder).alignment().beads()).filteredOn(Bead::isConfirmed)
                .extracting(Bead::notation).containsExactly(third.notation());
    }

    @Test
    void twoChaptersThatAreNotTranslationsOfEachOtherAreRefusedAndNothingIsWritten(@TempDir Path dir) {
        Run r = run("align", "corpora/debian-handbook/fr-FR/sect.debian-internals.html",
                "corpora/debian-handbook/en-US/sect.release-lifecycle.html", "--out", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("sect.debian-internals.html and sect.release-lifecycle.html: "
                + "these documents do not look like translations of each other (");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingFileIsNamedAndNothingIsWritten(@TempDir Path dir) {
        Run r = run("align", "nowhere/missing.pdf", EN.toString(), "--out", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("missing.pdf");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void theSameFileTwiceIsRefused(@TempDir Path dir) {
        Run r = run("align", FR.toString(), FR.toString(), "--out", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("same file");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void swappedFilesAreCaughtByLanguageDetection(@TempDir Path dir) {
        Run r = run("align", EN.toString(), FR.toString(), "--source-lang", "fr", "--target-lang", "en",
                "--out", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("foreword.html").contains("English").contains("swapped");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anEmptyDocumentIsNamed(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        Run r = run("align", FR.toString(), empty.toString(), "--out", dir.resolve("out").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("empty.txt");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void oneSideTenTimesLongerIsRefused(@TempDir Path dir) throws Exception {
        Path shortFr = Files.writeString(dir.resolve("court.txt"),
                "Debian est un système d'exploitation libre, développé par des bénévoles du monde entier.\n");
        Run r = run("align", shortFr.toString(), Path.of("corpora/debian-handbook/en-US/sect.debian-internals.html").toString(),
                "--out", dir.resolve("out").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("times longer");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void segmentPrintsOneSentencePerLineWithParagraphsApart() {
        Run r = run("segment", "corpora/self-organisation/en.txt", "--lang", "en");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\n\n");
        // The footnote marker glued to "demands1" and the footnote body leave the running text.
        assertThat(r.out()).contains("struggles over immediate demands are stepping stones to the revolution");
        try (Stream<String> lines = r.out().lines()) {
            assertThat(lines.filter(l -> l.startsWith("Les luttes revendicatives"))).isEmpty();
        }
    }

    @Test
    void webPageNavigationIsNotText() {
        Run r = run("segment", FR.toString(), "--lang", "fr");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).doesNotContain("Précédent", "Suivant", "Niveau supérieur", "Sommaire", "Download the ebook")
                .contains("Avant-propos");
    }

    @Test
    void aBrokenSrxFileIsAnErrorNotASilentFallback(@TempDir Path dir) throws Exception {
        Path srx = Files.writeString(dir.resolve("rules.srx"), "<srx version=\"2.0\"><header>");

        Run r = run("segment", "corpora/self-organisation/en.txt", "--lang", "en", "--srx", srx.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("rules.srx");
    }
}
