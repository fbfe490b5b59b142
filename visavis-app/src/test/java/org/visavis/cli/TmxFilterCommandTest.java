package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.cli.AlignCommandTest.Run;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * The TMX filters of {@code align} and {@code export} on a real chapter of the Handbook
 * (sect.release-lifecycle), whose French edition leaves 26 paragraphs' sentences in English: the
 * units written and kept out are counted against the project's own beads.
 */
class TmxFilterCommandTest {

    static final Path FR = Path.of("corpora/debian-handbook/fr-FR/sect.release-lifecycle.html");
    static final Path EN = Path.of("corpora/debian-handbook/en-US/sect.release-lifecycle.html");

    @TempDir
    static Path dir;
    static Path project;
    static String alignOut;

    record Unit(String source, String target, double confidence, String status) {
    }

    @BeforeAll
    static void alignTheChapter() {
        Run r = AlignCommandTest.run("align", FR.toString(), EN.toString(), "--source-lang", "fr-FR",
                "--target-lang", "en-US", "--out", dir.toString(), "--name", "lifecycle");
        assertThat(r.exitCode()).as(r.err()).isZero();
        alignOut = r.out();
        project = dir.resolve("lifecycle");
    }

    @Test
    void alignSaysWhatTheDefaultFiltersKeptOut() throws IOException {
        Alignment a = new ProjectStore().load(project).alignment();
        long oneSided = a.beads().stream().filter(Bead::isOneSided).count();
        List<Unit> units = units(project.resolve("lifecycle.tmx"));
        assertThat(units).hasSize(a.beads().size() - (int) oneSided);
        assertThat(alignOut).contains("tmx units: " + units.size() + " written"
                + (oneSided == 0 ? "\n" : "; kept out: " + oneSided + " one-sided\n"));
    }

    @Test
    void skipIdenticalLeavesOutTheSentencesTheFrenchEditionLeftInEnglish() throws IOException {
        Path tmx = dir.resolve("no-identical.tmx");
        Run r = AlignCommandTest.run("export", project.toString(), "--format", "tmx", "-o", tmx.toString(),
                "--skip-identical");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Unit> all = units(project.resolve("lifecycle.tmx"));
        long identical = all.stream().filter(u -> u.source().equals(u.target())).count();
        assertThat(identical).as("beads left in English in the French chapter").isGreaterThanOrEqualTo(20);
        List<Unit> kept = units(tmx);
        assertThat(kept).noneMatch(u -> u.source().equals(u.target()));
        assertThat(kept).hasSize(all.size() - (int) identical);
        assertThat(r.out()).contains("tmx units: " + kept.size() + " written; kept out: ")
                .contains(identical + " identical on both sides");
    }

    @Test
    void minConfidenceAndConfirmedOnlyKeepTheTrustedBeads() throws IOException {
        // a reviewer confirmed every third bead of a copy of the project
        ProjectStore store = new ProjectStore();
        Alignment a = store.load(project).alignment();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < a.beads().size(); i++) {
            beads.add(i % 3 == 0 ? a.beads().get(i).withStatus(BeadStatus.CONFIRMED) : a.beads().get(i));
        }
        Path reviewed = dir.resolve("reviewed");
        store.save(new Project(reviewed, new Alignment(a.source(), a.target(), beads)));
        long confirmed = beads.stream().filter(b -> b.isConfirmed() && !b.isOneSided()).count();

        Path tmx = dir.resolve("confirmed.tmx");
        Run r = AlignCommandTest.run("export", reviewed.toString(), "--format", "tmx", "-o", tmx.toString(),
                "--confirmed-only");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(units(tmx)).hasSize((int) confirmed).allMatch(u -> u.status().equals("confirmed"));
        assertThat(r.out()).contains("tmx units: " + confirmed + " written; kept out: ")
                .contains((beads.size() - beads.stream().filter(Bead::isOneSided).count() - confirmed) + " not confirmed");

        // the threshold above the ten least confident beads, whatever the aligner made of the chapter
        double min = beads.stream().filter(b -> !b.isOneSided()).mapToDouble(Bead::confidence).sorted()
                .skip(10).findFirst().orElseThrow();
        long sure = beads.stream().filter(b -> !b.isOneSided() && b.confidence() >= min).count();
        assertThat(sure).as("confident beads").isPositive().isLessThan(beads.size());
        Path confident = dir.resolve("confident.tmx");
        r = AlignCommandTest.run("export", reviewed.toString(), "--format", "tmx", "-o", confident.toString(),
                "--min-confidence", String.valueOf(min));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(units(confident)).hasSize((int) sure).allMatch(u -> u.confidence() >= min);
        assertThat(r.out()).contains((beads.size() - beads.stream().filter(Bead::isOneSided).count() - sure)
                + " below confidence ");
    }

    @Test
    void oneSidedUnitsComeInWhenAsked() throws IOException {
        Alignment a = new ProjectStore().load(project).alignment();
        Path tmx = dir.resolve("all.tmx");
        Run r = AlignCommandTest.run("export", project.toString(), "--format", "tmx", "-o", tmx.toString(),
                "--one-sided", "include");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(units(tmx)).hasSize(a.beads().size());
        assertThat(r.out()).contains("tmx units: " + a.beads().size() + " written\n");
    }

    @Test
    void aConfidenceOutsideZeroToOneIsRefused() {
        Run r = AlignCommandTest.run("export", project.toString(), "--format", "tmx", "-o",
                dir.resolve("x.tmx").toString(), "--min-confidence", "1.5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--min-confidence 1.5: expected a number from 0 to 1");
        assertThat(dir.resolve("x.tmx")).doesNotExist();
    }

    private static final Pattern TU = Pattern.compile(
            "<tu>\\s*<prop type=\"x-bead\">[^<]*</prop>\\s*<prop type=\"x-confidence\">([^<]*)</prop>\\s*"
                    + "<prop type=\"x-status\">([^<]*)</prop>\\s*(.*?)</tu>", Pattern.DOTALL);
    private static final Pattern SEG = Pattern.compile("<tuv xml:lang=\"([^\"]*)\"><seg>(.*?)</seg></tuv>", Pattern.DOTALL);

    static List<Unit> units(Path tmx) throws IOException {
        List<Unit> units = new ArrayList<>();
        Matcher tu = TU.matcher(Files.readString(tmx));
        while (tu.find()) {
            String source = "";
            String target = "";
            Matcher seg = SEG.matcher(tu.group(3));
            while (seg.find()) {
                if (seg.group(1).startsWith("fr")) {
                    source = seg.group(2);
                } else {
                    target = seg.group(2);
                }
            }
            units.add(new Unit(source, target, Double.parseDouble(tu.group(1)), tu.group(2)));
        }
        return units;
    }
}
