package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.edit.HandbookFixture;
import org.visavis.model.Alignment;
import org.visavis.model.Side;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * Exact editing in the real window, on section 1.5 of the Debian Handbook: a double click on a
 * word of a wrapped sentence, on any of its lines, opens the editor with the caret on the
 * character clicked and the text where it was shown.
 */
@NeedsDisplay
class WorkbenchEditingTest {
    @TempDir
    Path dir;
    private WorkbenchDriver driver;


    @BeforeEach
    void open() {
        Path project = dir.resolve("role-of-distributions");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        driver = WorkbenchDriver.start(List.of());
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.frame().setSize(1000, 900); // narrow enough for sentences of three and four lines
            driver.workbench.frame().validate();
            return null;
        });
        driver.open(project);
    }

    @AfterEach
    void close() {
        WorkbenchDriver.closeDiscarding(driver);
    }

    /** Where a click lands and where the caret went, in table coordinates. */
    private record Landing(int expected, int caret, Point click, Rectangle caretBox, boolean selects) {
    }

    @ParameterizedTest(name = "column {0}")
    @ValueSource(ints = {BeadTableModel.SOURCE, BeadTableModel.TARGET})
    void aDoubleClickPutsTheCaretOnTheCharacterClickedOnEveryLine(int column) {
        Alignment a = driver.alignment();
        Side side = column == BeadTableModel.SOURCE ? Side.SOURCE : Side.TARGET;
        int checked = 0;
        for (int b = 0; b < a.beads().size(); b++) {
            int bead = b;
            List<LineWrapper.Line> lines = WorkbenchDriver.onEdt(() -> {
                BeadTable t = driver.workbench.table();
                t.scrollRectToVisible(t.getCellRect(bead, column, true));
                t.cellRenderer().getTableCellRendererComponent(t, bead, false, false, bead, column);
                return List.copyOf(t.cellRenderer().lines());
            });
            if (lines.stream().filter(l -> l.kind() != CellPiece.Kind.NOTE).count() < 2) {
                continue;
            }
            List<CellPiece> pieces = CellPiece.of(a, a.beads().get(b), side);
            for (LineWrapper.Line line : lines) {
                if (line.kind() == CellPiece.Kind.NOTE || line.text().length() < 6) {
                    continue;
                }
                // a character in the middle of the line, and one near its end
                for (int at : new int[] {line.text().length() / 2, line.text().length() - 2}) {
                    Landing l = doubleClick(bead, column, pieces, line.piece(), line.start() + at);
                    assertThat(l.caret()).as("bead %d, line “%s”, clicked on “%s”", b + 1, line.text(),
                            line.text().charAt(at)).isBetween(l.expected(), l.expected() + 1);
                    assertThat(Math.abs(l.caretBox().x - l.click().x)).as("caret x near the click, bead %d", b + 1)
                            .isLessThanOrEqualTo(12);
                    assertThat(l.caretBox().y).as("caret on the clicked line").isLessThanOrEqualTo(l.click().y);
                    assertThat(l.caretBox().y + l.caretBox().height).isGreaterThanOrEqualTo(l.click().y);
                    assertThat(l.selects()).as("the click that opens the editor places the caret, it selects nothing").isFalse();
                    checked++;
                }
            }
        }
        assertThat(checked).as("lines of wrapped sentences clicked").isGreaterThan(10);
    }

    /** Double-clicks character {@code offset} of piece {@code piece} of a cell and reads where the caret went. */
    private Landing doubleClick(int bead, int column, List<CellPiece> pieces, int piece, int offset) {
        Point click = WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            Rectangle cell = t.getCellRect(bead, column, false);
            t.cellRenderer().getTableCellRendererComponent(t, bead, false, false, bead, column);
            Point p = t.cellRenderer().pointOf(piece, offset);
            int half = t.getFontMetrics(t.sentenceEditor().textArea().getFont()).charWidth(pieces.get(piece).text().charAt(offset)) / 2;
            return new Point(cell.x + p.x + Math.max(1, half - 1), cell.y + p.y);
        });
        WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            for (int n = 1; n <= 2; n++) {
                long when = System.currentTimeMillis();
                for (int id : new int[] {MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED}) {
                    t.dispatchEvent(new MouseEvent(t, id, when, InputEvent.BUTTON1_DOWN_MASK, click.x, click.y, n, false,
                            MouseEvent.BUTTON1));
                }
            }
            return null;
        });
        WorkbenchDriver.flushEdt();
        Landing l = WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            assertThat(t.isEditing()).as("a double click opens the editor").isTrue();
            var area = t.sentenceEditor().textArea();
            int expected = 0;
            for (int i = 0; i < piece; i++) {
                if (pieces.get(i).kind() != CellPiece.Kind.NOTE) {
                    expected += pieces.get(i).text().length() + 1;
                }
            }
            expected += offset;
            Rectangle box = javax.swing.SwingUtilities.convertRectangle(area, area.modelToView2D(area.getCaretPosition()).getBounds(), t);
            Landing result = new Landing(expected, area.getCaretPosition(), click, box, area.getSelectionStart() != area.getSelectionEnd());
            t.getCellEditor().cancelCellEditing();
            return result;
        });
        return l;
    }

    @org.junit.jupiter.api.Test
    void searchMarksTheMatchesCountsThemAndSaysWhenItWraps() {
        Alignment a = driver.alignment();
        List<Integer> withDistribution = new java.util.ArrayList<>();
        for (int b = 0; b < a.beads().size(); b++) {
            if (a.targetText(a.beads().get(b)).toLowerCase().contains("distribution")) {
                withDistribution.add(b);
            }
        }
        assertThat(withDistribution).hasSizeGreaterThan(2);
        int last = withDistribution.get(withDistribution.size() - 1);
        driver.selectBead(withDistribution.get(0), BeadTableModel.TARGET);
        driver.press("ctrl F");
        String first = find("Distribution");
        int n = withDistribution.size();
        assertThat(first).startsWith("2 of " + n + " beads · bead " + (withDistribution.get(1) + 1)).doesNotContain("wrapped");
        driver.selectBead(last, BeadTableModel.TARGET);
        assertThat(find("Distribution")).as("past the last match").startsWith("1 of " + n + " beads · bead "
                + (withDistribution.get(0) + 1)).endsWith("wrapped to the top");
        assertThat(driver.selectedBead()).isEqualTo(withDistribution.get(0));

        SearchHighlight h = WorkbenchDriver.onEdt(() -> driver.workbench.table().cellRenderer().searchHighlight());
        String target = a.targetText(a.beads().get(withDistribution.get(0)));
        assertThat(h.ranges(Side.TARGET, target)).isNotEmpty()
                .allSatisfy(r -> assertThat(target.substring(r.start(), r.end())).isEqualToIgnoringCase("distribution"));
        assertThat(h.ranges(Side.SOURCE, "la distribution")).as("only the side searched").isEmpty();
        driver.pressOn(WorkbenchDriver.onEdt(() -> driver.workbench.searchBar().query), "ESCAPE");
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().cellRenderer().searchHighlight().isActive()))
                .as("closing the find bar takes the marks away").isFalse();
    }

    private String find(String query) {
        return WorkbenchDriver.onEdt(() -> {
            SearchBar bar = driver.workbench.searchBar();
            bar.query.setText(query);
            bar.scope.setSelectedItem(org.visavis.edit.BeadSearch.Scope.TARGET);
            driver.workbench.findText(org.visavis.edit.BeadSearch.Direction.FORWARD);
            return bar.result();
        });
    }
}
