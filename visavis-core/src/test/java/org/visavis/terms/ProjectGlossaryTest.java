package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Language;

class ProjectGlossaryTest {
    private static final Language FR = Language.of("fr");
    private static final Language EN = Language.of("en");

    @TempDir
    Path dir;

    private static GlossaryEntry entry(String source, String target) {
        return new GlossaryEntry(Term.of(source), List.of(Term.of(target)), List.of(), "");
    }

    @Test
    void noChoiceUntilOneIsMadeThenRelativeInsideTheProject() throws Exception {
        assertThat(ProjectGlossary.chosen(dir)).isEmpty();
        Path file = dir.resolve("terms/handbook.tbx");
        ProjectGlossary.choose(dir, file);
        assertThat(Files.readString(dir.resolve(ProjectGlossary.CHOICE_FILE)).strip()).isEqualTo("terms/handbook.tbx");
        assertThat(ProjectGlossary.chosen(dir)).contains(file.toAbsolutePath().normalize());
    }

    @Test
    void appendCreatesATsvThenAddsAndMergesEntries() throws Exception {
        Path file = ProjectGlossary.defaultFile(dir);
        ProjectGlossary.append(file, entry("paquet", "package"), FR, EN);
        ProjectGlossary.append(file, entry("distribution", "distribution"), FR, EN);
        Glossary g = ProjectGlossary.append(file, entry("paquet", "deb package"), FR, EN);
        assertThat(Files.readAllLines(file)).containsExactly("fr\ten\tforbidden\tnote\tcase",
                "paquet\tpackage|deb package\t\t\t", "distribution\tdistribution\t\t\t");
        assertThat(ProjectGlossary.read(file, FR, EN)).isEqualTo(g);
    }

    @Test
    void appendKeepsTheFileFormat() {
        Path file = dir.resolve("handbook.tbx");
        ProjectGlossary.append(file, entry("mise à jour", "update"), FR, EN);
        Glossary g = new TbxGlossaryFormat().read(file, FR, EN);
        assertThat(g.entries()).extracting(e -> e.source().text()).containsExactly("mise à jour");
    }

    @Test
    void aMissingChosenFileIsNamed() {
        assertThatThrownBy(() -> ProjectGlossary.read(dir.resolve("gone.tsv"), FR, EN))
                .isInstanceOf(TermsException.class).hasMessageContaining("gone.tsv");
    }
}
