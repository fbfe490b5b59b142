package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.edit.AlignmentEdits;
import org.visavis.edit.HandbookFixture;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;
import org.visavis.project.RecoveryStore;

/**
 * Drives the real workbench window (under Xvfb in CI) on section 1.5 of the Debian Handbook:
 * keys go through the window's real bindings, files are checked on disk.
 */
@NeedsDisplay
class WorkbenchTest {
    @TempDir
    Path dir;
    private Path project;
    private WorkbenchDriver driver;
    private WorkbenchDriver second;


    private void openNaive() {
        project = dir.resolve("role-of-distributions");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
    }

    @AfterEach
    void closeWindows() {
        WorkbenchDriver.discardAndClose(driver);
        WorkbenchDriver.discardAndClose(second);
    }

    private static List<String> notations(Alignment a) {
        return a.beads().stream().map(Bead::notation).toList();
    }

    private String savedLinks() throws Exception {
        return Files.readString(project.resolve(ProjectStore.ALIGNMENT_FILE));
    }

    @Test
    void mergeSplitUndoSaveAndReopen() throws Exception {
        openNaive();
        // French sentences 5 and 6 (beads 5 and 6 in the table) are one English sentence: move it up
        driver.selectBead(5, BeadTableModel.SOURCE);
        driver.press("ctrl UP");
        assertThat(driver.alignment().beads().get(4).notation()).isEqualTo("[4,5]:[4]");

        driver.press("ctrl Z");
        assertThat(notations(driver.alignment())).isEqualTo(notations(HandbookFixture.naiveAlignment()));
        driver.press("ctrl shift Z");
        assertThat(driver.alignment().beads().get(4).notation()).isEqualTo("[4,5]:[4]");
        driver.press("ctrl Z");
        driver.press("ctrl Y");
        assertThat(driver.alignment().beads().get(4).notation()).isEqualTo("[4,5]:[4]");

        // split the English sentence 5 at "; but" by editing the cell: a new line is a new sentence
        driver.selectBead(4, BeadTableModel.TARGET);
        driver.press("F2");
        WorkbenchDriver.onEdt(() -> {
            var area = driver.workbench.table().sentenceEditor().textArea();
            int caret = area.getText().indexOf("but whether");
            area.insert("\n", caret);
            driver.workbench.table().getCellEditor().stopCellEditing();
            return null;
        });
        driver.waitIdle();
        Alignment split = driver.alignment();
        assertThat(split.target().size()).isEqualTo(14);
        assertThat(split.beads().get(4).notation()).isEqualTo("[4,5]:[4,5]");
        assertThat(split.target().segments().get(5).text()).startsWith("but whether used in graphical");

        driver.press("ctrl S");
        assertThat(savedLinks()).contains("xtargets=\"s5 s6;s5 s6\"").contains("status=\"confirmed\"");
        assertThat(Files.readString(new ProjectStore().currentFiles(project).get(2))).contains("<s id=\"s6\">but whether used");
        assertThat(Files.readString(project.resolve(ProjectStore.ALIGNMENT_FILE + ".bak")))
                .as("the previous version is kept").contains("xtargets=\"s6;s6\"");
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.isDirty())).isFalse();

        driver.close();
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        assertThat(driver.alignment()).isEqualTo(split);
        assertThat(driver.dialogs.questions).as("a clean close leaves nothing to recover").isEmpty();
    }

    @Test
    void keysTypedInTheCellEditorStayThereAndSaveCommitsTheTextFirst() throws Exception {
        openNaive();
        driver.selectBead(13, BeadTableModel.SOURCE);
        driver.press("F2");
        WorkbenchDriver.onEdt(() -> {
            var area = driver.workbench.table().sentenceEditor().textArea();
            area.setText("Si cela implique trop de mises à jour, on peut recompiler le programme.");
            for (String key : new String[] {"SPACE", "INSERT"}) {
                javax.swing.KeyStroke k = javax.swing.KeyStroke.getKeyStroke(key);
                area.dispatchEvent(new java.awt.event.KeyEvent(area, java.awt.event.KeyEvent.KEY_PRESSED,
                        System.currentTimeMillis(), 0, k.getKeyCode(), java.awt.event.KeyEvent.CHAR_UNDEFINED));
            }
            return null;
        });
        assertThat(driver.alignment()).as("Space and Insert did not act on the bead").isEqualTo(HandbookFixture.naiveAlignment());
        WorkbenchDriver.onEdt(() -> {
            var area = driver.workbench.table().sentenceEditor().textArea();
            javax.swing.KeyStroke k = javax.swing.KeyStroke.getKeyStroke("ctrl S");
            area.dispatchEvent(new java.awt.event.KeyEvent(area, java.awt.event.KeyEvent.KEY_PRESSED,
                    System.currentTimeMillis(), k.getModifiers(), k.getKeyCode(), java.awt.event.KeyEvent.CHAR_UNDEFINED));
            return null;
        });
        driver.waitIdle();
        driver.waitIdle();
        assertThat(Files.readString(new ProjectStore().currentFiles(project).get(1)))
                .contains(">Si cela implique trop de mises à jour, on peut recompiler le programme.</s>");
        assertThat(driver.alignment().beads().get(13).isConfirmed()).as("an edited bead counts as checked").isTrue();
    }

    @Test
    void singleKeyReviewAndNavigation() {
        openNaive();
        driver.selectBead(0, BeadTableModel.SOURCE);
        driver.press("ENTER");
        assertThat(driver.alignment().beads().get(0).isConfirmed()).isTrue();
        assertThat(driver.selectedBead()).as("Enter moves on to the next unconfirmed bead").isEqualTo(1);
        driver.press("SPACE");
        assertThat(driver.alignment().beads().get(1).isConfirmed()).isTrue();
        driver.press("SPACE");
        assertThat(driver.alignment().beads().get(1).isConfirmed()).isFalse();

        driver.press("F8");
        assertThat(driver.selectedBead()).as("next low-confidence bead").isEqualTo(6);
        driver.press("F6");
        assertThat(driver.selectedBead()).as("next bead that is not 1-1").isEqualTo(13);
        driver.press("shift F7");
        assertThat(driver.selectedBead()).as("previous unconfirmed").isEqualTo(12);
        driver.dialogs.answers.push("3");
        driver.press("ctrl G");
        assertThat(driver.selectedBead()).isEqualTo(2);

        driver.press("ctrl shift ENTER");
        assertThat(driver.alignment().beads().subList(0, 3)).allMatch(Bead::isConfirmed);

        driver.press("ctrl shift A");
        int shown = WorkbenchDriver.onEdt(() -> driver.workbench.table().getRowCount());
        assertThat(shown).as("beads 6-13 are low confidence or not 1-1").isEqualTo(8);
        driver.press("ctrl shift A");
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().getRowCount())).isEqualTo(14);
    }

    @Test
    void searchFindsEitherSideWithPlainTextOrRegex() {
        openNaive();
        driver.selectBead(0, BeadTableModel.SOURCE);
        driver.press("ctrl F");
        WorkbenchDriver.onEdt(() -> {
            SearchBar bar = driver.workbench.searchBar();
            bar.query.setText("mirrors");
            bar.scope.setSelectedItem(org.visavis.edit.BeadSearch.Scope.TARGET);
            driver.workbench.findText(org.visavis.edit.BeadSearch.Direction.FORWARD);
            return null;
        });
        assertThat(driver.selectedBead()).isEqualTo(10);
        WorkbenchDriver.onEdt(() -> {
            SearchBar bar = driver.workbench.searchBar();
            bar.query.setText("i386|amd64");
            bar.regex.setSelected(true);
            bar.scope.setSelectedItem(org.visavis.edit.BeadSearch.Scope.SOURCE);
            driver.workbench.findText(org.visavis.edit.BeadSearch.Direction.FORWARD);
            return null;
        });
        assertThat(driver.selectedBead()).isEqualTo(7);
    }

    @Test
    void realignBetweenConfirmedBeadsRepairsTheOffByOne() {
        openNaive();
        driver.selectBead(5, BeadTableModel.SOURCE);
        driver.press("ctrl UP");
        driver.press("ctrl R");
        assertThat(notations(driver.alignment())).contains("[4,5]:[4]", "[6]:[5]", "[13]:[12]");
        driver.press("ctrl Z");
        assertThat(notations(driver.alignment())).contains("[]:[5]");
    }

    @Test
    void autosaveWritesARecoveryCopyThatTheNextStartOffers() throws Exception {
        openNaive();
        driver.selectBead(2, BeadTableModel.SOURCE);
        driver.press("ctrl M");
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.autosaveNow();
            return null;
        });
        driver.waitIdle();
        assertThat(project.resolve(".recovery/alignment.xml")).exists();
        assertThat(savedLinks()).as("autosave does not touch the saved project").contains("xtargets=\"s3;s3\"");
        Alignment unsaved = driver.alignment();

        // a crash: the window goes away without saving; the recovery copy stays behind
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.crashForTests();
            return null;
        });
        driver = WorkbenchDriver.start(List.of());
        driver.dialogs.confirmations.push(true);
        driver.open(project);
        assertThat(driver.dialogs.questions).singleElement().asString().contains("Restore the unsaved changes");
        assertThat(driver.alignment()).isEqualTo(unsaved);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.isDirty())).isTrue();

        driver.dialogs.unsaved.push(Dialogs.UnsavedChoice.DISCARD);
        driver.close();
        assertThat(new RecoveryStore(project).exists()).as("discarding drops the recovery copy").isFalse();
        assertThat(savedLinks()).contains("xtargets=\"s3;s3\"");
    }

    @Test
    void anUnreadableRecoveryCopyIsReportedAndTheProjectStillOpens() throws Exception {
        project = dir.resolve("damaged-recovery");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        new RecoveryStore(project).write(AlignmentEdits.confirm(HandbookFixture.naiveAlignment(), 0));
        Path copy = project.resolve(".recovery/alignment.xml");
        Files.writeString(copy, "<cesAlign><linkGrp");
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        assertThat(driver.dialogs.errors).singleElement().asString().contains(copy.toString()).contains("left in place");
        assertThat(driver.alignment()).isEqualTo(HandbookFixture.naiveAlignment());
        assertThat(copy).as("kept for a person to look at").exists();
    }

    @Test
    void killingTheProcessLosesAtMostTheLastSecondsAndFreesTheProject() throws Exception {
        project = dir.resolve("killed");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), KilledWorkbench.class.getName(),
                project.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String said;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            said = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return e.toString();
                }
            }).get(WorkbenchDriver.PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no save, no unlock
            p.waitFor();
        }
        assertThat(said).isEqualTo("autosaved");
        assertThat(savedLinks()).contains("xtargets=\"s3;s3\"");

        driver = WorkbenchDriver.start(List.of());
        driver.dialogs.confirmations.push(true);
        driver.open(project);
        assertThat(driver.dialogs.errors).as("the killed process left no lock behind").isEmpty();
        assertThat(driver.alignment().beads().get(2).notation()).isEqualTo("[2,3]:[2,3]");
    }

    @Test
    void closingWithUnsavedChangesAsks() throws Exception {
        openNaive();
        driver.selectBead(13, BeadTableModel.SOURCE);
        driver.press("DELETE");
        assertThat(driver.alignment().beads()).hasSize(13);
        driver.dialogs.unsaved.push(Dialogs.UnsavedChoice.CANCEL);
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.quit();
            return null;
        });
        driver.waitIdle();
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.frame().isDisplayable())).as("Cancel keeps the window").isTrue();
        driver.dialogs.unsaved.push(Dialogs.UnsavedChoice.SAVE);
        driver.close();
        assertThat(savedLinks()).contains("xtargets=\"s13 s14;s13\"");
    }

    @Test
    void aSecondWindowOnTheSameProjectIsRefused() {
        openNaive();
        second = WorkbenchDriver.start(List.of());
        second.open(project);
        assertThat(second.dialogs.errors).singleElement().asString()
                .contains(project.toString()).contains("the project is open in visavis (pid");
        assertThat(WorkbenchDriver.onEdt(() -> second.workbench.alignment())).isEmpty();
    }

    @Test
    void aCorruptProjectIsReportedByFileAndNothingIsWritten() throws Exception {
        project = dir.resolve("broken");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        Path links = project.resolve(ProjectStore.ALIGNMENT_FILE);
        Files.writeString(links, "<cesAlign><linkGrp fromDoc=\"source.xml\" toDoc=\"target.xml\"><link xtargets=\"s1;s1\"");
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        assertThat(driver.dialogs.errors).singleElement().asString().contains(links.toString());
        assertThat(Files.readString(links)).endsWith("<link xtargets=\"s1;s1\"");
        try (var lock = org.visavis.project.ProjectLock.acquire(project)) {
            assertThat(lock.file()).as("a failed open keeps no lock").exists();
        }
    }

    @Test
    void aProjectWhoseDocumentIsMissingIsReportedByFile() throws Exception {
        project = dir.resolve("incomplete");
        new ProjectStore().save(new Project(project, HandbookFixture.naiveAlignment()));
        Path target = new ProjectStore().currentFiles(project).get(2);
        Files.delete(target);
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        assertThat(driver.dialogs.errors).singleElement().asString()
                .contains(target.toString()).contains("missing");
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.alignment())).isEmpty();
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheSavedFiles() throws Exception {
        openNaive();
        String before = savedLinks();
        // the temporary file cannot be created, as on a full disk or a read-only folder
        Files.createDirectory(project.resolve(ProjectStore.ALIGNMENT_FILE + ".new"));
        Files.writeString(project.resolve(ProjectStore.ALIGNMENT_FILE + ".new").resolve("x"), "occupied");
        driver.selectBead(1, BeadTableModel.SOURCE);
        driver.press("SPACE");
        driver.press("ctrl S");
        assertThat(driver.dialogs.errors).singleElement().asString().contains("Cannot save")
                .contains(project.resolve(ProjectStore.ALIGNMENT_FILE).toString());
        assertThat(savedLinks()).isEqualTo(before);
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.isDirty())).isTrue();
    }

    @Test
    void exportWarnsAboutUnconfirmedBeadsAndWritesTheFile() throws Exception {
        project = dir.resolve("export");
        new ProjectStore().save(new Project(project, AlignmentEdits.confirmThrough(HandbookFixture.naiveAlignment(), 9)));
        Path out = dir.resolve("out.tsv");
        ExportMenuEntry tsv = new ExportMenuEntry("Test TSV", "tsv", (a, file) -> {
            StringBuilder sb = new StringBuilder();
            for (Bead b : a.beads()) {
                sb.append(a.sourceText(b)).append('\t').append(a.targetText(b)).append('\n');
            }
            try {
                Files.writeString(file, sb);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        driver = WorkbenchDriver.start(List.of(tsv));
        driver.open(project);
        driver.dialogs.confirmations.push(true);
        driver.dialogs.saveFile = out;
        driver.press("ctrl E");
        assertThat(driver.dialogs.questions).singleElement().asString().contains("4 of 14 beads are still unconfirmed");
        assertThat(Files.readAllLines(out)).hasSize(14).first().asString().startsWith("1.5. Rôle d'une distribution\t1.5. The Role");
    }

    @Test
    void newAlignmentRunsThePipelineInTheBackgroundAndOpensTheNewProject() throws Exception {
        List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
        driver = WorkbenchDriver.start((request, progress) -> {
            assertThat(javax.swing.SwingUtilities.isEventDispatchThread()).as("the pipeline runs off the Swing thread").isFalse();
            progress.report("Reading " + request.source().getFileName(), 0.3);
            stages.add("read");
            progress.warn("the target is 0.9 times as long as the source");
            return HandbookFixture.naiveAlignment();
        }, List.of());
        Path src = Files.writeString(dir.resolve("fr.html"), "<p>Rôle d'une distribution</p>");
        Path tgt = Files.writeString(dir.resolve("en.html"), "<p>The Role of Distributions</p>");
        project = dir.resolve("new-project");
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.align(new NewAlignmentDialog.Answer(new org.visavis.pipeline.AlignmentRequest(src, tgt,
                    org.visavis.model.Language.of("fr"), org.visavis.model.Language.of("en"), java.util.Optional.empty()), project));
            return null;
        });
        WorkbenchDriver.awaitOnEdt("the new alignment", () -> driver.workbench.alignment().isPresent());
        driver.waitIdle();
        assertThat(stages).containsExactly("read");
        assertThat(driver.alignment()).isEqualTo(HandbookFixture.naiveAlignment());
        assertThat(new ProjectStore().load(project).alignment()).isEqualTo(HandbookFixture.naiveAlignment());
        assertThat(driver.dialogs.questions).contains("the target is 0.9 times as long as the source");
    }

    @Test
    void newAlignmentOfTheBundledHandbookChapterThroughTheRealPipelineAndTmxExport() throws Exception {
        Path fr = Path.of("corpora/debian-handbook/fr-FR/sect.role-of-distributions.html");
        Path en = Path.of("corpora/debian-handbook/en-US/sect.role-of-distributions.html");
        ExportMenuEntry tmx = new ExportMenuEntry("TMX", "tmx", (a, file) -> new org.visavis.export.TmxWriter(
                org.visavis.export.TmxOptions.of(a.source().language(), a.target().language(), "test")).write(a, file));
        driver = WorkbenchDriver.start(new org.visavis.pipeline.AlignmentPipeline()::run, List.of(tmx));
        project = dir.resolve("handbook");
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.align(new NewAlignmentDialog.Answer(new org.visavis.pipeline.AlignmentRequest(fr, en,
                    org.visavis.model.Language.of("fr"), org.visavis.model.Language.of("en"), java.util.Optional.empty()), project));
            return null;
        });
        WorkbenchDriver.awaitOnEdt("the pipeline's alignment or error",
                () -> driver.workbench.alignment().isPresent() || !driver.dialogs.errors.isEmpty());
        driver.waitIdle();
        assertThat(driver.dialogs.errors).isEmpty();
        Alignment a = driver.alignment();
        assertThat(a.source().language().code()).isEqualTo("fr");
        assertThat(a.source().texts()).anyMatch(t -> t.contains("debian-installer"));
        assertThat(a.target().texts()).anyMatch(t -> t.contains("debian-installer"));
        assertThat(new ProjectStore().load(project).alignment()).isEqualTo(a);

        Path out = dir.resolve("handbook.tmx");
        driver.dialogs.confirmations.push(true);
        driver.dialogs.saveFile = out;
        driver.press("ctrl E");
        long twoSided = a.beads().stream().filter(b -> !b.isOneSided()).count();
        String written = Files.readString(out);
        assertThat(written.split("<tu[ >]", -1)).hasSize((int) twoSided + 1);
        assertThat(written).contains("xml:lang=\"fr");
    }

    @Test
    void cancelStopsTheAlignmentAndWritesNothing() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        driver = WorkbenchDriver.start((request, progress) -> {
            progress.report("Reading " + request.source().getFileName(), 0.1);
            started.countDown();
            WorkbenchDriver.await("the cancel", progress::isCancelled);
            progress.checkCancelled();
            return HandbookFixture.naiveAlignment();
        }, List.of());
        Path src = Files.writeString(dir.resolve("fr.txt"), "Rôle d'une distribution.");
        Path target = dir.resolve("cancelled");
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.align(new NewAlignmentDialog.Answer(new org.visavis.pipeline.AlignmentRequest(src, src,
                    org.visavis.model.Language.of("fr"), org.visavis.model.Language.of("en"), java.util.Optional.empty()), target));
            return null;
        });
        WorkbenchDriver.await("the pipeline to start", started);
        WorkbenchDriver.onEdt(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof javax.swing.JDialog d && d.isShowing() && d.getTitle().startsWith("Aligning")) {
                    cancelButton(d).doClick();
                }
            }
            return null;
        });
        WorkbenchDriver.awaitOnEdt("the cancelled notice", () -> driver.workbench.statusMessage().contains("cancelled"));
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.statusMessage())).isEqualTo("Alignment cancelled");
        assertThat(driver.dialogs.errors).isEmpty();
        assertThat(target).doesNotExist();
    }

    private static javax.swing.JButton cancelButton(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JButton b && "Cancel".equals(b.getText())) {
                return b;
            }
            if (child instanceof java.awt.Container inner) {
                javax.swing.JButton found = cancelButton(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void aPipelineErrorIsShownWithItsMessage() throws Exception {
        driver = WorkbenchDriver.start((request, progress) -> {
            throw new org.visavis.pipeline.IngestException(request.source() + ": the PDF is password-protected");
        }, List.of());
        Path src = Files.writeString(dir.resolve("locked.pdf"), "%PDF-1.7");
        WorkbenchDriver.onEdt(() -> {
            driver.workbench.align(new NewAlignmentDialog.Answer(new org.visavis.pipeline.AlignmentRequest(src, src,
                    org.visavis.model.Language.of("fr"), org.visavis.model.Language.of("en"), java.util.Optional.empty()),
                    dir.resolve("never")));
            return null;
        });
        WorkbenchDriver.awaitOnEdt("the pipeline's error", () -> !driver.dialogs.errors.isEmpty());
        assertThat(driver.dialogs.errors).singleElement().asString().contains("locked.pdf: the PDF is password-protected");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void aBigProjectMeasuresTheRowsInViewWherever()  {
        project = dir.resolve("big");
        new ProjectStore().save(new Project(project, WorkbenchBenchmark.repeat(3000)));
        driver = WorkbenchDriver.start(List.of());
        driver.open(project);
        assertRowsInViewMeasured();
        driver.dialogs.answers.push("2,500");
        driver.press("ctrl G");
        assertThat(driver.selectedBead()).isEqualTo(2499);
        assertRowsInViewMeasured();
        assertThat(WorkbenchDriver.onEdt(() -> driver.workbench.table().getVisibleRect()
                .contains(driver.workbench.table().getCellRect(2499, 1, true)))).as("the bead jumped to is in view").isTrue();
        driver.press("ctrl END");
        assertRowsInViewMeasured();
    }

    private void assertRowsInViewMeasured() {
        WorkbenchDriver.onEdt(() -> {
            BeadTable t = driver.workbench.table();
            java.awt.Rectangle view = t.getVisibleRect();
            int first = t.rowAtPoint(new java.awt.Point(0, view.y));
            int last = t.rowAtPoint(new java.awt.Point(0, view.y + view.height - 1));
            assertThat(first).isGreaterThanOrEqualTo(0);
            last = last < 0 ? t.getRowCount() - 1 : last;
            for (int row = first; row <= last; row++) {
                assertThat(t.getRowHeight(row)).as("row %d", row).isEqualTo(t.measuredHeight(row));
            }
            return null;
        });
    }

    @Test
    void editingOffTheSwingThreadIsRefused() {
        openNaive();
        assertThatThrownBy(() -> driver.workbench.edit("Confirm", a -> AlignmentEdits.confirm(a, 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Swing event thread");
    }

    @Test
    void theShortcutListCoversEveryCommandOnce() {
        openNaive();
        List<Command> commands = WorkbenchDriver.onEdt(() -> driver.workbench.commands());
        Object[][] rows = ShortcutsDialog.rows(commands);
        assertThat(rows.length).isEqualTo(commands.size());
        // a key acts once where it works: Delete on the bead table and Delete in the findings list are two places
        assertThat(commands).extracting(c -> c.reach() + " " + c.key()).doesNotHaveDuplicates();
        java.util.Set<javax.swing.KeyStroke> windowKeys = new java.util.HashSet<>();
        commands.stream().filter(c -> c.reach() == Command.Reach.WINDOW).forEach(c -> windowKeys.add(c.key()));
        assertThat(commands).filteredOn(c -> c.reach() != Command.Reach.WINDOW).extracting(Command::key)
                .as("a window-wide key is never also a table or findings key").doesNotContainAnyElementsOf(windowKeys);
        assertThat(java.util.Arrays.stream(rows).map(r -> (String) r[2]))
                .contains("Ctrl+S", "Ctrl+Z", "Ctrl+Shift+Z or Ctrl+Y", "Ctrl+F", "F7");
    }
}
