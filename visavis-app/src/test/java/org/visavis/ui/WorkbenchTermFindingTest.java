package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.checks.AcceptedRenderings;
import org.visavis.checks.BeadNumbers;
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;
import org.visavis.terms.ProjectGlossary;

/**
 * A term finding in the editor, without a glossary: sentences of the Debian Handbook where
 * "logiciels libres" is "free software" except in two beads, where a careless translator wrote
 * "open source software". The finding opens to those beads, marks the term and its renderings
 * on both sides, and each decision (accept the variant, make the usual rendering a glossary
 * entry, ignore) is one action whose effect is saved in the project.
 */
@NeedsDisplay
class WorkbenchTermFindingTest {
    private static final String PLANTED = "open source software";

    @TempDir
    Path dir;
    private Path project;
    private final List<Integer> planted = new ArrayList<>();
    private WorkbenchDriver driver;


    @BeforeEach
    void makeProject() throws IOException {
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/org/visavis/checks/free-software-pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t", 2);
                String target = p[1];
                // not in "free software programs": there the aligner's rendering is "open source software programs"
                if (planted.size() < 2 && p[0].contains("logiciels libres") && target.contains("free software")
                        && !target.contains("free software programs")) {
                    planted.add(fr.size());
                    target = target.replace("free software", PLANTED);
                }
                beads.add(Bead.auto(List.of(fr.size()), List.of(en.size()), 0.9));
                fr.add(p[0]);
                en.add(target);
            }
        }
        assertThat(planted).hasSize(2);
        // the release-lifecycle section too: the word aligner learns from a few dozen beads, as any project has
        List<String> moreFr = lines("/org/visavis/align/release-lifecycle.fr.txt");
        List<String> moreEn = lines("/org/visavis/align/release-lifecycle.en.txt");
        for (int i = 0; i < moreFr.size(); i++) {
            if (!moreFr.get(i).isBlank() && !moreEn.get(i).isBlank()) {
                beads.add(Bead.auto(List.of(fr.size()), List.of(en.size()), 0.9));
                fr.add(moreFr.get(i));
                en.add(moreEn.get(i));
            }
        }
        project = dir.resolve("free-software");
        new ProjectStore().save(new Project(project, new Alignment(SegmentedDocument.ofSentences("fr.txt", Language.of("fr"), fr),
                SegmentedDocument.ofSentences("en.txt", Language.of("en"), en), beads)));
        startAndOpen();
    }

    private List<String> lines(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }

    @AfterEach
    void closeWindow() {
        WorkbenchDriver.closeDiscarding(driver);
    }

    private void startAndOpen() {
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        driver.waitChecked();
    }

    private FindingsPanel panel() {
        return driver.workbench.projectChecks().panel();
    }

    private List<Finding> termFindings() {
        return WorkbenchDriver.onEdt(() -> panel().shown().stream().filter(f -> f.check().equals("term-inconsistency")).toList());
    }

    /** The rendering the finding sees in the planted beads ("open source software", or a part of it). */
    private String deviant(Finding f) {
        return f.renderings().entrySet().stream().filter(e -> e.getValue().containsAll(planted)).map(java.util.Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** Selects the finding about "logiciels libres" rendered "open source software" and returns it. */
    private Finding selectPlantedFinding() {
        List<Finding> term = termFindings().stream().filter(f -> f.renderings().values().stream().anyMatch(b -> b.containsAll(planted))
                && f.renderings().keySet().stream().anyMatch(PLANTED::contains)).toList();
        assertThat(term).as("one finding for the planted rendering among %s", termFindings()).hasSize(1);
        Finding f = term.get(0);
        WorkbenchDriver.onEdt(() -> {
            panel().select(panel().shown().indexOf(f));
            return null;
        });
        return f;
    }

    private List<FindingDetail.BeadLine> listedBeads() {
        return WorkbenchDriver.onEdt(() -> {
            var m = panel().detail().beadList().getModel();
            List<FindingDetail.BeadLine> out = new ArrayList<>();
            for (int i = 0; i < m.getSize(); i++) {
                out.add(m.getElementAt(i));
            }
            return out;
        });
    }

    @Test
    void theFindingOpensToItsDeviatingBeadsEachAJumpWithTheTermMarkedOnBothSides() {
        Finding f = selectPlantedFinding();
        List<FindingDetail.BeadLine> listed = listedBeads();
        assertThat(listed).extracting(FindingDetail.BeadLine::bead).as("the beads to look at").containsExactlyElementsOf(f.beads())
                .containsAll(planted);
        assertThat(listed).filteredOn(l -> planted.contains(l.bead())).extracting(FindingDetail.BeadLine::rendering)
                .containsOnly(deviant(f));

        // each listed bead is a jump; the number shown is the one the table shows
        int second = planted.get(1);
        WorkbenchDriver.onEdt(() -> {
            panel().detail().beadList().setSelectedIndex(listed.indexOf(listed.stream().filter(l -> l.bead() == second)
                    .findFirst().orElseThrow()));
            panel().detail().jumpToSelectedBead();
            return null;
        });
        assertThat(driver.selectedBead()).isEqualTo(second);
        String shown = WorkbenchDriver.onEdt(() -> {
            var r = panel().detail().beadList().getCellRenderer().getListCellRendererComponent(panel().detail().beadList(),
                    panel().detail().beadList().getSelectedValue(), 0, false, false);
            return ((javax.swing.JLabel) r).getText();
        });
        assertThat(shown).startsWith("Bead " + BeadNumbers.shown(second) + " ").contains(deviant(f));
        assertThat(driver.workbench.statusMessage()).isEqualTo(f.message());

        // the source term and its renderings are marked in the finding's beads, on both sides
        FindingHighlight h = WorkbenchDriver.onEdt(() -> driver.workbench.table().cellRenderer().findingHighlight());
        assertThat(h.beads()).containsAll(f.allBeads());
        Alignment a = driver.alignment();
        String source = a.sourceText(a.beads().get(second));
        String target = a.targetText(a.beads().get(second));
        assertThat(h.ranges(Side.TARGET, target)).extracting(r -> target.substring(r.start(), r.end())).contains(deviant(f));
        assertThat(h.ranges(Side.SOURCE, source)).extracting(r -> source.substring(r.start(), r.end()).toLowerCase())
                .anyMatch(s -> s.startsWith("logiciel"));
    }

    /** "logiciels libres" is the term as most beads write it; the beads that write "logiciel libre" have it marked too. */
    @Test
    void everyFormOfTheTermIsMarkedInTheFindingsBeads() {
        Finding f = selectPlantedFinding();
        Alignment a = driver.alignment();
        List<Integer> singular = f.allBeads().stream().filter(b -> {
            String s = a.sourceText(a.beads().get(b)).toLowerCase();
            return s.contains("logiciel libre") && !s.contains("logiciels libres");
        }).toList();
        assertThat(singular).as("beads of the finding writing the term in the singular").isNotEmpty();
        WorkbenchDriver.await("the marks by lemma", () -> WorkbenchDriver.onEdt(() ->
                !driver.workbench.table().cellRenderer().findingHighlight().known().isEmpty()));
        FindingHighlight h = WorkbenchDriver.onEdt(() -> driver.workbench.table().cellRenderer().findingHighlight());
        for (int b : singular) {
            String source = a.sourceText(a.beads().get(b));
            assertThat(h.ranges(Side.SOURCE, source)).extracting(r -> source.substring(r.start(), r.end()).toLowerCase())
                    .as("bead %d: %s", b, source).contains("logiciel libre");
        }
    }

    @Test
    void aTermWrappedOverTwoLinesIsMarkedOnBoth() {
        Finding f = selectPlantedFinding();
        String marked = deviant(f);
        int b = planted.get(0);
        // narrow the target column until the rendering is cut between two lines
        int[] found = WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            String text = t.getModel() instanceof BeadTableModel m ? m.alignment().targetText(m.alignment().beads().get(b)) : "";
            int at = text.indexOf(marked);
            for (int width = 1400; width >= 600; width -= 7) {
                driver.workbench.frame().setSize(width, 900);
                driver.workbench.frame().validate();
                int row = ((BeadTableModel) t.getModel()).rowOf(b);
                t.cellRenderer().getTableCellRendererComponent(t, b, false, false, row, BeadTableModel.TARGET);
                List<LineWrapper.Line> lines = t.cellRenderer().lines();
                for (int i = 0; i + 1 < lines.size(); i++) {
                    int end = lines.get(i + 1).start();
                    if (end > at + 1 && end < at + marked.length() - 1) {
                        return new int[] {row, i};
                    }
                }
            }
            return null;
        });
        assertThat(found).as("a column width that wraps the term").isNotNull();
        BufferedImage cell = WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            java.awt.Rectangle r = t.getCellRect(found[0], BeadTableModel.TARGET, false);
            var c = t.cellRenderer().getTableCellRendererComponent(t, b, false, false, found[0], BeadTableModel.TARGET);
            c.setBounds(r);
            BufferedImage img = new BufferedImage(r.width, r.height, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            c.paint(g);
            g.dispose();
            return img;
        });
        int lineHeight = WorkbenchDriver.onEdt(() -> driver.workbench.table().getFontMetrics(
                driver.workbench.table().sentenceEditor().textArea().getFont()).getHeight());
        int firstTop = BeadCellRenderer.PAD + found[1] * lineHeight;
        assertThat(marked(cell, firstTop, lineHeight)).as("the part on the first line").isTrue();
        assertThat(marked(cell, firstTop + lineHeight, lineHeight)).as("the part wrapped onto the next line").isTrue();
        assertThat(f.beads()).contains(b);
    }

    /** True when the finding's highlight colour is painted in the band {@code [top, top + height)} of the image. */
    private static boolean marked(BufferedImage img, int top, int height) {
        int colour = new Color(0xFFC98A).getRGB();
        for (int y = top; y < Math.min(img.getHeight(), top + height); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) == colour) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void acceptingTheRenderingAsAVariantRemovesTheFindingForGood() throws Exception {
        Finding f = selectPlantedFinding();
        int b = planted.get(0);
        WorkbenchDriver.onEdt(() -> {
            panel().detail().selectBead(b);
            return null;
        });
        assertThat(WorkbenchDriver.onEdt(() -> panel().detail().acceptButton().getText())).contains(deviant(f));
        WorkbenchDriver.onEdt(() -> {
            panel().detail().acceptButton().doClick();
            return null;
        });
        driver.waitIdle();
        assertThat(termFindings()).as("gone at once").noneMatch(x -> x.subject().equals(f.subject()));
        assertThat(Files.readAllLines(project.resolve(AcceptedRenderings.FILE)))
                .contains("source\t" + f.subject() + "\t" + deviant(f));

        driver.press("F5"); // checked again: still gone
        driver.waitChecked();
        assertThat(termFindings()).noneMatch(x -> x.subject().equals(f.subject()));

        driver.close();
        startAndOpen();
        assertThat(termFindings()).as("still gone after reopening").noneMatch(x -> x.subject().equals(f.subject()));
    }

    @Test
    void theUsualRenderingBecomesAGlossaryEntryAndTheGlossaryChecksListTheOthers() throws Exception {
        Finding f = selectPlantedFinding();
        String usual = AcceptedRenderings.dominant(f).orElseThrow();
        assertThat(usual).isNotEqualTo(deviant(f)).containsIgnoringCase("free software");
        driver.press("ctrl shift G");
        driver.waitChecked();
        Path glossary = project.resolve(ProjectGlossary.DEFAULT_FILE);
        assertThat(Files.readAllLines(glossary)).as("the term in its citation form, not as the beads write it")
                .contains("logiciel libre\t" + usual + "\t\t\t");
        assertThat(ProjectGlossary.chosen(project)).contains(glossary);
        assertThat(termFindings()).as("the glossary settles the term").noneMatch(x -> x.subject().equals(f.subject()));
        List<Finding> missing = WorkbenchDriver.onEdt(() -> panel().shown().stream()
                .filter(x -> x.check().equals("term-missing")).toList());
        assertThat(missing.stream().flatMap(x -> x.beads().stream()).toList())
                .as("the beads that do not use the glossary's rendering").containsAll(planted);
    }

    @Test
    void ignoringIsOneActionToo() throws Exception {
        Finding f = selectPlantedFinding();
        WorkbenchDriver.onEdt(() -> {
            panel().detail().ignoreButton().doClick();
            return null;
        });
        driver.waitIdle();
        assertThat(termFindings()).doesNotContain(f);
        assertThat(IgnoredFindings.load(project).ignores(f)).isTrue();
    }

    @Test
    void highlightsFollowTheSelectedFindingAndGoWithIt() {
        selectPlantedFinding();
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().cellRenderer().findingHighlight().beads())).isNotEmpty();
        WorkbenchDriver.onEdt(() -> {
            panel().findingsTable().clearSelection();
            return null;
        });
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().cellRenderer().findingHighlight()))
                .isEqualTo(FindingHighlight.NONE);
    }
}
