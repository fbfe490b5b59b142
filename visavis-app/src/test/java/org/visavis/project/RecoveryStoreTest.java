package org.visavis.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;

class RecoveryStoreTest {

    @Test
    void writesFindsAndDiscardsTheRecoveryCopyBesideTheProject(@TempDir Path dir) {
        Alignment saved = ProjectStoreTest.handbookSample();
        new ProjectStore().save(new Project(dir, saved));
        Alignment unsaved = new Alignment(saved.source(), saved.target(), List.of(
                Bead.auto(List.of(0), List.of(0), 0.9), Bead.auto(List.of(1, 2), List.of(), 0.2), Bead.auto(List.of(), List.of(1), 0.2)));

        RecoveryStore recovery = new RecoveryStore(dir);
        assertThat(recovery.find()).isEmpty();
        recovery.write(unsaved);

        assertThat(recovery.folder()).isEqualTo(dir.resolve(".recovery"));
        assertThat(recovery.writtenAt()).isPresent();
        assertThat(new RecoveryStore(dir).find()).hasValueSatisfying(a ->
                assertThat(a.beads()).extracting(Bead::notation).containsExactly("[0]:[0]", "[1,2]:[]", "[]:[1]"));
        assertThat(new ProjectStore().load(dir).alignment().beads()).extracting(Bead::notation)
                .as("the saved project is untouched").containsExactly("[0]:[0]", "[1,2]:[1]");

        recovery.discard();
        assertThat(recovery.exists()).isFalse();
        assertThat(dir.resolve(".recovery")).doesNotExist();
    }
}
