package org.visavis.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.model.Alignment;

/** Links planted in a project folder: nothing is ever written through one. */
class PlantedLinksTest {
    static final String SECRET = "a file of someone else's that a link points at\n";
    static Alignment v1;
    static Alignment v2;

    @BeforeAll
    static void versions(@TempDir Path scratch) {
        v1 = ProjectFixtures.asStored(ProjectFixtures.foreword(), scratch.resolve("v1"));
        v2 = ProjectFixtures.asStored(ProjectFixtures.revised(ProjectFixtures.foreword()), scratch.resolve("v2"));
    }

    private static Path victim(Path dir) throws Exception {
        return Files.writeString(dir.resolve("victim.txt"), SECRET);
    }

    @Test
    void aLockFileThatIsALinkIsRefusedAndItsTargetUntouched(@TempDir Path dir) throws Exception {
        Path victim = victim(dir);
        Path project = dir.resolve("book");
        new ProjectStore().save(new Project(project, v1));
        Files.delete(project.resolve(ProjectLock.LOCK_FILE));
        Files.createSymbolicLink(project.resolve(ProjectLock.LOCK_FILE), victim);

        assertThatThrownBy(() -> ProjectLock.acquire(project)).isInstanceOf(ProjectException.class)
                .hasMessageContaining(project.resolve(ProjectLock.LOCK_FILE).toString()).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> new ProjectStore().save(new Project(project, v2))).isInstanceOf(ProjectException.class);
        assertThat(Files.readString(victim)).isEqualTo(SECRET);
        assertThat(new ProjectStore().load(project).alignment()).isEqualTo(v1);
    }

    @Test
    void aLockFileThatIsAHardLinkIsRefusedAndTheOtherFileUntouched(@TempDir Path dir) throws Exception {
        Path victim = victim(dir);
        Path project = Files.createDirectories(dir.resolve("book"));
        Files.createLink(project.resolve(ProjectLock.LOCK_FILE), victim);

        assertThatThrownBy(() -> ProjectLock.acquire(project)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("hard link");
        assertThat(Files.readString(victim)).isEqualTo(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alignment.xml.new", "alignment.xml.bak.new", "alignment.xml.bak", "alignment.xml",
        "source-DOC.xml", "target-DOC.xml.new"})
    void aLinkAtAnyNameASaveWritesIsReplacedNotWrittenThrough(String name, @TempDir Path dir) throws Exception {
        Path victim = victim(dir);
        Path project = dir.resolve("book");
        new ProjectStore().save(new Project(project, v1));
        // the document names of the next version, as a saboteur who knows the scheme would plant them
        Path scratch = dir.resolve("scratch");
        new ProjectStore().save(new Project(scratch, v2));
        List<Path> next = new ProjectStore().currentFiles(scratch);
        String planted = name.replace("source-DOC.xml", next.get(1).getFileName().toString())
                .replace("target-DOC.xml", next.get(2).getFileName().toString());
        Path link = project.resolve(planted);
        if (name.equals("alignment.xml")) {
            // the link file itself a link to a copy elsewhere: the save replaces the link
            Path elsewhere = Files.copy(project.resolve(planted), dir.resolve("elsewhere.xml"));
            Files.delete(link);
            Files.createSymbolicLink(link, elsewhere);
            victim = elsewhere;
        } else {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, victim);
        }
        byte[] victimBefore = Files.readAllBytes(victim);

        new ProjectStore().save(new Project(project, v2));

        assertThat(Files.readAllBytes(victim)).as("nothing written through " + planted).isEqualTo(victimBefore);
        assertThat(new ProjectStore().load(project).alignment()).isEqualTo(v2);
        for (Path f : new ProjectStore().currentFiles(project)) {
            assertThat(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).as(f + " is a plain file").isTrue();
        }
    }

    @Test
    void aRecoveryFolderThatIsALinkIsRefusedAndDiscardingRemovesOnlyTheLink(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("book");
        new ProjectStore().save(new Project(project, v1));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(project.resolve(RecoveryStore.FOLDER), outside);

        assertThatThrownBy(() -> new RecoveryStore(project).write(v2)).isInstanceOf(ProjectException.class)
                .hasMessageContaining(RecoveryStore.FOLDER).hasMessageContaining("symbolic link");
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
        new RecoveryStore(project).discard();
        assertThat(project.resolve(RecoveryStore.FOLDER)).doesNotExist();
        assertThat(outside).isDirectory();
    }

    @Test
    void everyPathThatLeadsToAProjectFileIsRecognisedAsOne(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("book");
        ProjectStore store = new ProjectStore();
        store.save(new Project(project, v1));
        store.save(new Project(project, v2));
        new RecoveryStore(project).write(v1);
        Path view = Files.createSymbolicLink(dir.resolve("view"), project);
        Files.createDirectories(dir.resolve("other"));
        Path pointer = Files.createSymbolicLink(dir.resolve("other/out.tsv"), project.resolve("alignment.xml"));
        String source = store.currentFiles(project).get(1).getFileName().toString();

        for (Path own : List.of(view.resolve("alignment.xml"), view.resolve("alignment.xml.bak"),
                view.resolve(ProjectLock.LOCK_FILE), view.resolve(source), view.resolve(source + ".new"),
                view.resolve(".recovery/alignment.xml"), dir.resolve("other/../book/alignment.xml"), pointer,
                view.resolve("source.xml.bak"))) {
            assertThat(store.isOwnFile(project, own)).as(own.toString()).isTrue();
        }
        for (Path export : List.of(view.resolve("book.tmx"), view.resolve("book.cesalign.xml"), dir.resolve("alignment.xml"),
                dir.resolve("other/alignment.xml"))) {
            assertThat(store.isOwnFile(project, export)).as(export.toString()).isFalse();
        }
    }
}
