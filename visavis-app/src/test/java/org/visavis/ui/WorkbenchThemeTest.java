package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.edit.AlignmentEdits;
import org.visavis.edit.HandbookFixture;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * View › Theme on section 1.5 of the Debian Handbook: dark is dark, its text readable by the WCAG
 * measure on a doubtful and on a confirmed bead, the text size kept, and the choice still there
 * when the window is opened again.
 */
@NeedsDisplay
class WorkbenchThemeTest {
    private static final int CONFIRMED = 1; // beads 0 to 2 are confirmed
    private static final int HIGH = 4; // 0.95, not confirmed
    private static final int LOW = 8; // 0.3
    private static final Preferences PREFS = Preferences.userRoot().node("org/visavis/ui-test");

    @TempDir
    Path dir;
    private WorkbenchDriver driver;

    @BeforeEach
    void startLight() {
        PREFS.put("theme", Theme.LIGHT.name()); // whatever the desktop of the machine running the tests says
    }

    @AfterEach
    void backToLight() {
        WorkbenchDriver.closeDiscarding(driver);
        PREFS.remove("theme");
        WorkbenchDriver.onEdt(() -> {
            WorkbenchApp.installLookAndFeel();
            return null;
        });
    }

    @Test
    void darkIsReadableAndTheChoiceSurvivesARestart() {
        Path project = dir.resolve("role-of-distributions");
        new ProjectStore().save(new Project(project, AlignmentEdits.confirmThrough(HandbookFixture.naiveAlignment(), 2)));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        int size = WorkbenchDriver.onEdt(() -> driver.workbench.fontSize());
        driver.press("ctrl EQUALS"); // a size of the reviser's own, kept across the switch
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.fontSize())).isEqualTo(size + 1);
        assertThat(luminance(tableBackground())).as("light table").isGreaterThan(0.8);

        choose(Theme.DARK);
        assertThat(WorkbenchDriver.onEdt(FlatLaf::isLafDark)).isTrue();
        assertThat(luminance(tableBackground())).as("dark table").isLessThan(0.1);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().textFont().getSize())).isEqualTo(size + 1);
        for (int bead : new int[] {LOW, CONFIRMED}) {
            Cell c = cell(bead, BeadTableModel.SOURCE);
            assertThat(Palette.contrast(c.text, c.background)).as("sentence text of bead %d", bead).isGreaterThanOrEqualTo(4.5);
            Cell link = cell(bead, BeadTableModel.LINK);
            assertThat(Palette.contrast(link.secondary, link.background)).as("confidence figure of bead %d", bead)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(painted(bead)).as("the row of bead %d is painted in the colour measured", bead).isEqualTo(c.background);
        }
        Color low = stripe(LOW);
        Color high = stripe(HIGH);
        Color confirmed = stripe(CONFIRMED);
        Color background = cell(HIGH, BeadTableModel.LINK).background;
        for (Color s : List.of(low, high, confirmed)) {
            assertThat(Palette.contrast(s, background)).as("stripe %s against the dark row", s).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(List.of(low, high, confirmed)).doesNotHaveDuplicates();

        choose(Theme.LIGHT);
        assertThat(WorkbenchDriver.onEdt(FlatLaf::isLafDark)).isFalse();
        assertThat(luminance(tableBackground())).as("light again").isGreaterThan(0.8);
        Cell c = cell(LOW, BeadTableModel.SOURCE);
        assertThat(Palette.contrast(c.text, c.background)).isGreaterThanOrEqualTo(4.5);

        choose(Theme.DARK);
        driver.close();
        WorkbenchDriver.onEdt(() -> {
            WorkbenchApp.installLookAndFeel(); // as a new start does
            return null;
        });
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        assertThat(WorkbenchDriver.onEdt(FlatLaf::isLafDark)).as("dark after a restart").isTrue();
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.themeMenu().item(Theme.DARK).isSelected())).isTrue();
        assertThat(luminance(tableBackground())).isLessThan(0.1);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().textFont().getSize())).isEqualTo(size + 1);
        choose(Theme.LIGHT);
        driver.press("ctrl MINUS");
    }

    private record Cell(Color background, Color text, Color secondary) {
    }

    private void choose(Theme t) {
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.themeMenu().item(t).doClick();
            return null;
        });
        driver.waitIdle();
    }

    private Color tableBackground() {
        return WorkbenchDriver.onEdt(() -> driver.workbench.table().getBackground());
    }

    /** The colours the renderer uses for the cell of {@code bead} in model column {@code column}. */
    private Cell cell(int bead, int column) {
        return WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            int row = ((BeadTableModel) t.getModel()).rowOf(bead);
            int col = t.convertColumnIndexToView(column);
            BeadCellRenderer r = (BeadCellRenderer) t.prepareRenderer(t.getCellRenderer(row, col), row, col);
            return new Cell(r.background(), r.text(), r.secondaryText());
        });
    }

    private Color stripe(int bead) {
        return WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            BeadCellRenderer r = (BeadCellRenderer) t.getCellRenderer(0, 0);
            return r.stripeColour(bead, driver.workbench.alignment().orElseThrow().beads().get(bead));
        });
    }

    /** The colour on screen just inside the bottom right corner of the bead's source cell (the padding under its text). */
    private Color painted(int bead) {
        Point p = WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            int row = ((BeadTableModel) t.getModel()).rowOf(bead);
            Rectangle cell = t.getCellRect(row, t.convertColumnIndexToView(BeadTableModel.SOURCE), false);
            t.scrollRectToVisible(cell);
            return SwingUtilities.convertPoint(t, cell.x + cell.width - 4, cell.y + cell.height - 3,
                    driver.workbench.frame().getRootPane());
        });
        BufferedImage shot = driver.screenshot();
        return new Color(shot.getRGB(p.x, p.y));
    }

    private static double luminance(Color c) {
        return Palette.luminance(c);
    }
}
