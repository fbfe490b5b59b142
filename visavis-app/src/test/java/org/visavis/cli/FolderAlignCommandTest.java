package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.cli.AlignCommandTest.Run;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.project.ProjectStore;

/**
 * {@code align SRC_FOLDER TGT_FOLDER --name N} on chapters of the bundled Handbook, named the
 * three ways translators name them (language tag after a dot, after an underscore, equal names).
 */
class FolderAlignCommandTest {

    private static final Path FR = Path.of("corpora/debian-handbook/fr-FR");
    private static final Path EN = Path.of("corpora/debian-handbook/en-US");

    /** foreword.fr.html / foreword.en.html, preface_fr.html / preface_en.html, sect.role-of-distributions.html twice. */
    private static Path[] manual(Path dir) throws IOException {
        Path fr = Files.createDirectories(dir.resolve("fr"));
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.copy(FR.resolve("foreword.html"), fr.resolve("foreword.fr.html"));
        Files.copy(EN.resolve("foreword.html"), en.resolve("foreword.en.html"));
        Files.copy(FR.resolve("preface.html"), fr.resolve("preface_fr.html"));
        Files.copy(EN.resolve("preface.html"), en.resolve("preface_en.html"));
        Files.copy(FR.resolve("sect.role-of-distributions.html"), fr.resolve("sect.role-of-distributions.html"));
        Files.copy(EN.resolve("sect.role-of-distributions.html"), en.resolve("sect.role-of-distributions.html"));
        Files.writeString(fr.resolve("notes.fr.txt"), "Notes du traducteur, sans traduction.\n");
        return new Path[] {fr, en};
    }

    private static Run align(Path[] folders, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("align", folders[0].toString(), folders[1].toString(),
                "--source-lang", "fr-FR", "--target-lang", "en-US", "--out", out.toString(), "--name", "manual"));
        args.addAll(List.of(more));
        return AlignCommandTest.run(args.toArray(String[]::new));
    }

    @Test
    void alignsEveryPairMergesTheTmxAndSkipsWhatDidNotChange(@TempDir Path dir) throws IOException {
        Path[] folders = manual(dir);
        Path out = dir.resolve("alignments");

        Run r = align(folders, out);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains(folders[0].resolve("notes.fr.txt") + ": no translation found");
        Path manual = out.resolve("manual");
        ProjectStore store = new ProjectStore();
        int units = 0;
        List<String> rows = Files.readAllLines(manual.resolve("manual.pairs.tsv"));
        assertThat(rows).hasSize(4);
        for (String pair : List.of("foreword", "preface", "sect.role-of-distributions")) {
            Alignment a = store.load(manual.resolve(pair)).alignment();
            long oneSided = a.beads().stream().filter(Bead::isOneSided).count();
            units += a.beads().size() - (int) oneSided;
            assertThat(TmxFilterCommandTest.units(manual.resolve(pair).resolve(pair + ".tmx")))
                    .hasSize(a.beads().size() - (int) oneSided);
            String row = rows.stream().filter(l -> l.startsWith(pair + "\t")).findFirst().orElseThrow();
            assertThat(row).startsWith(pair + "\taligned\t" + a.source().size() + "\t" + a.target().size() + "\t"
                    + a.beads().size() + "\t");
            assertThat(r.out()).containsPattern(pair.replace(".", "\\.") + " +aligned +" + a.source().size() + " +"
                    + a.target().size() + " +" + a.beads().size() + " ");
        }
        List<TmxFilterCommandTest.Unit> merged = TmxFilterCommandTest.units(manual.resolve("manual.tmx"));
        assertThat(merged).hasSize(units);
        assertThat(merged).anyMatch(u -> u.target().equals("Debian GNU/Linux is a “generic” Linux distribution that fits most users."));
        assertThat(r.out()).contains("3 pairs: 3 aligned, 0 unchanged, 0 failed");
        // not a terminal: a plain line per finished pair instead of a bar
        assertThat(r.err()).contains("visavis: 1/3 ", "visavis: 3/3 ").containsPattern("visavis: [123]/3 preface aligned");

        Run again = align(folders, out);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("3 pairs: 0 aligned, 3 unchanged, 0 failed");
        assertThat(TmxFilterCommandTest.units(manual.resolve("manual.tmx"))).isEqualTo(merged);

        // a corrected translation: that pair is aligned again, and only with --replace (its review would be lost)
        Path preface = folders[1].resolve("preface_en.html");
        Files.writeString(preface, Files.readString(preface).replace("Debian", "Debian GNU/Linux"));
        Run changed = align(folders, out);
        assertThat(changed.exitCode()).isEqualTo(2);
        assertThat(changed.out()).contains("3 pairs: 0 aligned, 2 unchanged, 1 failed");
        assertThat(changed.err()).contains("visavis: preface failed: ").contains("--replace");
        Run replaced = align(folders, out, "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("3 pairs: 1 aligned, 2 unchanged, 0 failed")
                .contains("previous project kept in: " + manual.resolve("preface") + ".replaced-");
    }

    @Test
    void aFailingPairDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        Path[] folders = manual(dir);
        Files.writeString(folders[0].resolve("broken.fr.html"), "");
        Files.copy(EN.resolve("foreword.html"), folders[1].resolve("broken.en.html"));
        Path out = dir.resolve("alignments");

        Run r = align(folders, out);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("4 pairs: 3 aligned, 0 unchanged, 1 failed");
        assertThat(r.err()).contains("visavis: broken failed: broken.fr.html: the file is empty");
        assertThat(out.resolve("manual/manual.tmx")).isRegularFile();
        assertThat(out.resolve("manual/broken")).doesNotExist();
    }

    @Test
    void aManifestPairsFilesThatShareNoName(@TempDir Path dir) throws IOException {
        Path fr = Files.createDirectories(dir.resolve("fr"));
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.copy(FR.resolve("foreword.html"), fr.resolve("avant-propos.html"));
        Files.copy(EN.resolve("foreword.html"), en.resolve("foreword.html"));
        Path manifest = Files.writeString(dir.resolve("pairs.tsv"), "# source\ttarget\tname\navant-propos.html\tforeword.html\tintro\n");
        Path out = dir.resolve("alignments");

        Run r = align(new Path[] {fr, en}, out, "--manifest", manifest.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(new ProjectStore().load(out.resolve("manual/intro")).alignment().beads()).hasSizeGreaterThan(20);
    }

    @Test
    void aManifestLineNamingAMissingFileIsOneLineAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path[] folders = manual(dir);
        Path manifest = Files.writeString(dir.resolve("pairs.tsv"),
                "foreword.fr.html\tforeword.en.html\nchapter2.fr.html\tchapter2.en.html\n");
        Path out = dir.resolve("alignments");

        Run r = align(folders, out, "--manifest", manifest.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("visavis: " + manifest + ":2: " + folders[0].resolve("chapter2.fr.html")
                + ": no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void foldersWithoutPairableFilesAreOneLineAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path fr = Files.createDirectories(dir.resolve("fr"));
        Path en = Files.createDirectories(dir.resolve("en"));
        Files.copy(FR.resolve("foreword.html"), fr.resolve("avant-propos.html"));
        Files.copy(EN.resolve("foreword.html"), en.resolve("foreword.html"));
        Path out = dir.resolve("alignments");

        Run r = align(new Path[] {fr, en}, out);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("visavis: " + fr + " and " + en + ": no pairable files").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }
}
