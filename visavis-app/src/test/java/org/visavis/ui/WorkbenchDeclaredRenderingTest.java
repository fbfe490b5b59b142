package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.checks.Finding;
import org.visavis.checks.Severity;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * The workbench on a project whose translation declares a rendering in a note (sentences and note 1
 * of corpora/self-organisation/en.txt, with our French): without any glossary, the findings panel
 * lists the declaration and the beads that depart from it, and the declared rendering is marked.
 */
@NeedsDisplay
class WorkbenchDeclaredRenderingTest {
    static final String NOTE_1 = "Les luttes revendicatives, which we have rendered throughout as “struggles over "
            + "immediate demands”, could mean depending on context struggles over wages and conditions, or for the "
            + "defence of jobs, or other “everyday” struggles of the proletariat.";
    static final String[][] PAIRS = {
        {"Elle suppose que les luttes revendicatives sont des marchepieds vers la révolution.",
            "It supposes that struggles over immediate demands are stepping stones to the revolution."},
        {"Dans les luttes revendicatives, ils ne voient pas apparaître le « pouvoir » ou le « projet ».",
            "Within struggles over wages, they don’t see the appearance of ‘power’ or ‘project’."},
        {"Une lutte revendicative peut passer du niveau du conflit à celui de la contradiction.",
            "A struggle over wages and conditions can pass from the level of conflict to that of contradiction."},
    };

    @TempDir
    Path dir;
    private WorkbenchDriver driver;


    @AfterEach
    void closeWindow() {
        WorkbenchDriver.discardAndClose(driver);
    }

    @Test
    void theDeclarationIsListedItsDeparturesFoundAndItsRenderingMarked() {
        List<String> fr = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> en = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < PAIRS.length; i++) {
            fr.add(PAIRS[i][0]);
            paragraphs.add(new Paragraph(PAIRS[i][1], ParagraphKind.BODY, i == 0 ? List.of(new Note("1", NOTE_1)) : List.of()));
            en.add(new Segment(PAIRS[i][1], i));
            beads.add(Bead.auto(List.of(i), List.of(i), 0.9));
        }
        Path project = dir.resolve("self-organisation");
        new ProjectStore().save(new Project(project, new Alignment(
                SegmentedDocument.ofSentences("fr.txt", Language.of("fr"), fr),
                new SegmentedDocument("en.txt", Language.of("en"), paragraphs, en), beads)));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        driver.waitChecked();

        List<Finding> shown = WorkbenchDriver.onEdt(() -> List.copyOf(driver.workbench.projectChecks().panel().shown()));
        assertThat(shown).anyMatch(f -> f.check().equals("term-declared") && f.severity() == Severity.INFO
                && f.message().contains("declared in note 1 / bead 1"));
        assertThat(shown).filteredOn(f -> f.check().equals("term-missing")).extracting(Finding::beads)
                .containsExactlyInAnyOrder(List.of(1), List.of(2));
        assertThat(shown).filteredOn(f -> f.check().equals("term-declared") && f.severity() == Severity.WARNING)
                .extracting(Finding::subject).containsExactlyInAnyOrder("struggles over wages", "struggle over wages and conditions");

        TermHighlights terms = driver.workbench.projectChecks().terms();
        WorkbenchDriver.await("the declared rendering's mark", () -> !terms.marks(Side.TARGET, PAIRS[0][1]).isEmpty());
        assertThat(terms.marks(Side.TARGET, PAIRS[0][1])).extracting(m -> m.surface())
                .containsExactly("struggles over immediate demands");
        assertThat(terms.marks(Side.SOURCE, PAIRS[0][0])).extracting(m -> m.surface()).containsExactly("luttes revendicatives");
    }
}
