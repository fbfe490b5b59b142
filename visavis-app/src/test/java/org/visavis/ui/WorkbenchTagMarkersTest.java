package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;
import org.visavis.model.InlineCode;
import org.visavis.model.Language;
import org.visavis.model.Segment;
import org.visavis.model.Side;
import org.visavis.pipeline.AlignmentPipeline;
import org.visavis.pipeline.AlignmentRequest;
import org.visavis.pipeline.Progress;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * Inline codes in the real window: the Handbook's "Role of Distributions" aligned from its HTML
 * pages, whose sentences carry their {@code <code>} and links; the cells and the sentence editor
 * show them as tag markers, an edit keeps them, an edit that breaks a pair is refused.
 */
@NeedsDisplay
class WorkbenchTagMarkersTest {
    private static final Path PAGE = Path.of("corpora/debian-handbook");
    private static final String INSTALLER = "debian-installer, designed to be extremely modular";

    @TempDir
    Path dir;
    private WorkbenchDriver driver;
    private int bead;

    @BeforeEach
    void open() {
        Alignment a = new AlignmentPipeline().run(new AlignmentRequest(PAGE.resolve("en-US/sect.role-of-distributions.html"),
                PAGE.resolve("fr-FR/sect.role-of-distributions.html"), Language.parse("en-US"), Language.parse("fr-FR"),
                Optional.empty()), Progress.SILENT);
        Path project = dir.resolve("role-of-distributions");
        new ProjectStore().save(new Project(project, a));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        Alignment shown = driver.alignment();
        bead = -1;
        for (int b = 0; b < shown.beads().size() && bead < 0; b++) {
            if (shown.sourceText(shown.beads().get(b)).contains(INSTALLER)) {
                bead = b;
            }
        }
        assertThat(bead).as("the bead of “%s”", INSTALLER).isNotNegative();
    }

    @AfterEach
    void close() {
        WorkbenchDriver.closeDiscarding(driver);
    }

    private Segment installerSentence(Alignment a) {
        return a.source().segments().stream().filter(s -> s.text().contains("debian-installer, designed to be")).findFirst().orElseThrow();
    }

    private String editSource(java.util.function.UnaryOperator<String> change) {
        driver.selectBead(bead, BeadTableModel.SOURCE);
        driver.press("F2");
        String before = WorkbenchDriver.onEdt(() -> {
            var area = driver.workbench.table().sentenceEditor().textArea();
            String text = area.getText();
            area.setText(change.apply(text));
            driver.workbench.table().getCellEditor().stopCellEditing();
            return text;
        });
        driver.waitIdle();
        return before;
    }

    @Test
    void theCellAndTheEditorShowTheCodesAsMarkersAndAnEditKeepsThem() {
        Alignment a = driver.alignment();
        List<InlineCode> codes = installerSentence(a).codes();
        assertThat(codes).extracting(InlineCode::data).containsExactly("<code class=\"command\">", "</code>");
        assertThat(CellPiece.of(a, a.beads().get(bead), Side.SOURCE)).extracting(CellPiece::text)
                .anyMatch(t -> t.matches(".*The ⟨(\\d+)⟩debian-installer⟨/\\1⟩, designed.*"));

        String shown = editSource(t -> t.replace("extremely modular", "very modular"));
        assertThat(shown).containsPattern("The ⟨(\\d+)⟩debian-installer⟨/\\1⟩, designed to be extremely modular");
        Segment edited = installerSentence(driver.alignment());
        assertThat(edited.text()).contains("designed to be very modular");
        assertThat(edited.codes()).isEqualTo(codes);
        assertThat(edited.text().substring(edited.codes().get(0).position(), edited.codes().get(1).position()))
                .isEqualTo("debian-installer");
    }

    @Test
    void anEditThatBreaksAPairIsRefusedAndChangesNothing() {
        Alignment before = driver.alignment();
        editSource(t -> t.replaceFirst("debian-installer⟨/\\d+⟩", "debian-installer").replace("extremely modular", "very modular"));
        assertThat(driver.alignment()).isEqualTo(before);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.statusMessage()))
                .matches("the tag ⟨/\\d+⟩ is missing: a tag pair keeps both ends.*");
    }

    @Test
    void markersArePaintedAsTagChipsAndTheEmptyAnchorOfAHeadingIsNone() {
        Alignment a = driver.alignment();
        // <h3><a id="..."></a>1.5.1. The Installer: <code>debian-installer</code></h3>: the anchor frames nothing, no marker
        int heading = -1;
        for (int b = 0; b < a.beads().size() && heading < 0; b++) {
            if (a.sourceText(a.beads().get(b)).contains("1.5.1.")) {
                heading = b;
            }
        }
        assertThat(CellPiece.of(a, a.beads().get(heading), Side.SOURCE)).extracting(CellPiece::text)
                .anyMatch(t -> t.matches("1\\.5\\.1\\.[\\s\\u00A0]+The Installer: ⟨(\\d+)⟩debian-installer⟨/\\1⟩"));

        int row = bead;
        java.awt.image.BufferedImage cell = WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            java.awt.Rectangle r = t.getCellRect(row, BeadTableModel.SOURCE, false);
            var c = t.cellRenderer().getTableCellRendererComponent(t, row, false, false, row, BeadTableModel.SOURCE);
            c.setBounds(r);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(r.width, r.height, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            c.paint(g);
            g.dispose();
            return img;
        });
        int chip = Palette.current().tag().getRGB();
        long chipPixels = 0;
        for (int y = 0; y < cell.getHeight(); y++) {
            for (int x = 0; x < cell.getWidth(); x++) {
                chipPixels += cell.getRGB(x, y) == chip ? 1 : 0;
            }
        }
        assertThat(chipPixels).as("pixels of the tag colour under the markers of the cell").isGreaterThan(100);

        driver.selectBead(bead, BeadTableModel.SOURCE);
        driver.press("F2");
        int[] highlights = WorkbenchDriver.onEdt(() -> {
            SentenceCellEditor editor = driver.workbench.table().sentenceEditor();
            int shown = editor.tagHighlightCount();
            var area = editor.textArea();
            int markers = org.visavis.edit.TagMarkers.spans(area.getText()).size();
            area.setText(area.getText().replaceFirst("⟨(\\d+)⟩debian-installer⟨/\\1⟩", "debian-installer"));
            return new int[] {shown, markers};
        });
        WorkbenchDriver.flushEdt();
        int afterEdit = WorkbenchDriver.onEdt(() -> {
            int n = driver.workbench.table().sentenceEditor().tagHighlightCount();
            driver.workbench.table().getCellEditor().cancelCellEditing();
            return n;
        });
        assertThat(highlights[0]).as("the editor's markers on the tag colour").isEqualTo(highlights[1]).isGreaterThanOrEqualTo(2);
        assertThat(afterEdit).as("after the edit took a pair out").isEqualTo(highlights[0] - 2);
    }
}
