package org.visavis.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

class ProjectStoreTest {

    // Sentences from corpora/debian-handbook (foreword), French original and English translation.
    static Alignment handbookSample() {
        SegmentedDocument fr = new SegmentedDocument("foreword.html", Language.parse("fr-FR"),
                List.of(Paragraph.heading("Avant-propos"),
                        new Paragraph("Debian est une distribution « libre ». Elle est <vraiment> R&D.",
                                ParagraphKind.BODY, List.of(new Note("1", "Voir la section 1.2 \"Projet\".")))),
                List.of(new Segment("Avant-propos", 0),
                        new Segment("Debian est une distribution « libre ».", 1),
                        new Segment("Elle est <vraiment> R&D.", 1)));
        SegmentedDocument en = new SegmentedDocument("foreword.html", Language.parse("en-US"),
                List.of(Paragraph.heading("Foreword"), Paragraph.body("Debian is a “free” distribution; it is <really> R&D.")),
                List.of(new Segment("Foreword", 0), new Segment("Debian is a “free” distribution; it is <really> R&D.", 1)));
        return new Alignment(fr, en, List.of(
                new Bead(List.of(0), List.of(0), 0.99, BeadStatus.CONFIRMED),
                Bead.auto(List.of(1, 2), List.of(1), 0.625)));
    }

    @Test
    void savesAndLoadsTheSameAlignment(@TempDir Path dir) {
        ProjectStore store = new ProjectStore();
        Path folder = dir.resolve("demo");
        store.save(new Project(folder, handbookSample()));

        Project loaded = store.load(folder);

        Alignment a = loaded.alignment();
        assertThat(a.source()).isEqualTo(handbookSample().source());
        assertThat(a.target()).isEqualTo(handbookSample().target());
        assertThat(a.beads()).extracting(Bead::notation).containsExactly("[0]:[0]", "[1,2]:[1]");
        assertThat(a.beads()).extracting(Bead::status).containsExactly(BeadStatus.CONFIRMED, BeadStatus.AUTO);
        assertThat(a.beads().get(1).confidence()).isEqualTo(0.625);
        assertThat(loaded.name()).isEqualTo("demo");
    }

    @Test
    void writesTheCesAlignShape(@TempDir Path dir) throws Exception {
        new ProjectStore().save(new Project(dir, handbookSample()));
        String links = Files.readString(dir.resolve("alignment.xml"));
        assertThat(links).contains("<link type=\"2-1\" xtargets=\"s2 s3;s2\" certainty=\"0.625\" status=\"auto\"/>")
                .containsPattern("fromDoc=\"source-[0-9a-f]{16}\\.xml\" toDoc=\"target-[0-9a-f]{16}\\.xml\"");
        String source = Files.readString(new ProjectStore().currentFiles(dir).get(1));
        assertThat(source).contains("<text xml:lang=\"fr-FR\"")
                .contains("<p id=\"p1\" type=\"heading\">")
                .contains("<s id=\"s3\">Elle est &lt;vraiment&gt; R&amp;D.</s>")
                .contains("<note n=\"1\">");
    }

    @Test
    void secondSaveKeepsThePreviousVersionAsBak(@TempDir Path dir) throws Exception {
        ProjectStore store = new ProjectStore();
        Alignment first = handbookSample();
        store.save(new Project(dir, first));
        Alignment second = new Alignment(first.source(), first.target(), List.of(
                Bead.auto(List.of(0), List.of(0), 0.9), Bead.auto(List.of(1), List.of(1), 0.8), Bead.auto(List.of(2), List.of(), 0.1)));
        store.save(new Project(dir, second));

        assertThat(Files.readString(dir.resolve("alignment.xml.bak"))).contains("xtargets=\"s2 s3;s2\"");
        assertThat(Files.readString(dir.resolve("alignment.xml"))).contains("xtargets=\"s3;\"");
        assertThat(store.load(dir).alignment().beads()).hasSize(3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new"));
        }
    }

    @Test
    void aFailedSaveLeavesTheSavedProjectUntouched(@TempDir Path dir) throws Exception {
        ProjectStore store = new ProjectStore();
        store.save(new Project(dir, handbookSample()));
        byte[] before = Files.readAllBytes(dir.resolve("alignment.xml"));
        // A folder where the temporary file must go makes the write fail, as a full disk would.
        Files.createDirectory(dir.resolve("alignment.xml.new"));
        Files.writeString(dir.resolve("alignment.xml.new").resolve("x"), "occupied");
        Alignment changed = new Alignment(handbookSample().source(), handbookSample().target(), List.of(
                Bead.auto(List.of(0), List.of(0), 0.9), Bead.auto(List.of(1, 2), List.of(1), 0.5)));

        assertThatThrownBy(() -> store.save(new Project(dir, changed)))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("alignment.xml");
        assertThat(Files.readAllBytes(dir.resolve("alignment.xml"))).isEqualTo(before);
        assertThat(store.load(dir).alignment()).isEqualTo(handbookSample());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<cesAlign><linkGrp fromDoc='source.xml' toDoc='target.xml'><link xtargets='s1;s1'</linkGrp></cesAlign>|line 1: malformed XML",
        "<tmx version='1.4'/>|not a cesAlign file",
        "<cesAlign><linkGrp fromDoc='source.xml' toDoc='target.xml'><link xtargets='1:1;1:1'/></linkGrp></cesAlign>|sentence id '1:1'",
        "<cesAlign><linkGrp fromDoc='source.xml' toDoc='target.xml'><link xtargets='s1;s1' certainty='high'/></linkGrp></cesAlign>|certainty is not a number",
        "<cesAlign><linkGrp fromDoc='source.xml' toDoc='target.xml'><link xtargets='s1;s1'/></linkGrp></cesAlign>|the links do not match the documents",
    })
    void aBrokenLinkFileIsReportedWithItsName(String content, String problem, @TempDir Path dir) throws Exception {
        new ProjectStore().save(new Project(dir, handbookSample()));
        List<Path> files = new ProjectStore().currentFiles(dir);
        Files.writeString(dir.resolve("alignment.xml"), content.replace("source.xml", files.get(1).getFileName().toString())
                .replace("target.xml", files.get(2).getFileName().toString()), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ProjectStore().load(dir))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("alignment.xml")
                .hasMessageContaining(problem);
    }

    @Test
    void aProjectWhoseDocumentIsMissingSaysWhich(@TempDir Path dir) throws Exception {
        new ProjectStore().save(new Project(dir, handbookSample()));
        Path target = new ProjectStore().currentFiles(dir).get(2);
        Files.delete(target);

        assertThatThrownBy(() -> new ProjectStore().load(dir))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("missing");
    }

    @Test
    void aFolderWithoutProjectFilesIsNotAProject(@TempDir Path dir) {
        assertThatThrownBy(() -> new ProjectStore().load(dir))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("not a visavis project");
    }

    @Test
    void aProjectInTheOldFlatLayoutOpensAndItsFirstSavesMoveItToTheNewOne(@TempDir Path dir) throws Exception {
        Alignment old = handbookSample();
        ProjectFixtures.writeFlat(dir, old);
        Files.writeString(dir.resolve("source.xml.bak"), "an older backup, cut short by the old copy-as-backup");
        ProjectStore store = new ProjectStore();
        assertThat(store.load(dir).alignment()).isEqualTo(old);

        Alignment edited = new Alignment(old.source(), old.target(), List.of(
                Bead.auto(List.of(0), List.of(0), 0.9), Bead.auto(List.of(1, 2), List.of(1), 0.5)));
        store.save(new Project(dir, edited));
        assertThat(store.load(dir).alignment()).isEqualTo(edited);
        assertThat(store.loadBackup(dir).alignment()).as("the flat files are the backup now").isEqualTo(old);
        assertThat(dir.resolve("source.xml.bak")).as("the older, unmatched backup is gone").doesNotExist();

        store.save(new Project(dir, old));
        assertThat(store.loadBackup(dir).alignment()).isEqualTo(edited);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .as("one version and its backup: two link files, the documents they name, the lock")
                    .containsExactly(".visavis.lock", "alignment.xml", "alignment.xml.bak",
                            store.currentFiles(dir).get(1).getFileName().toString(),
                            store.currentFiles(dir).get(2).getFileName().toString());
        }
    }
}
