package org.visavis.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JViewport;
import org.visavis.edit.AlignmentEdits;
import org.visavis.edit.HandbookFixture;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.Project;
import org.visavis.project.ProjectStore;

/**
 * Prints how fast the workbench opens and scrolls a big project: N beads (default 20,000) made
 * by repeating the Debian Handbook fixture's sentences. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.visavis.ui.WorkbenchBenchmark 20000}.
 */
public final class WorkbenchBenchmark {
    private WorkbenchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("visavis-bench").resolve("big");
        Alignment big = repeat(n);
        new ProjectStore().save(new Project(dir, big));
        System.out.printf(Locale.ROOT, "project: %,d beads, %,d + %,d sentences, %,d KB on disk%n", big.beads().size(),
                big.source().size(), big.target().size(), diskKb(new ProjectStore().currentFiles(dir)));

        // a glossary whose terms occur in every copy of the text: the findings panel and the highlights have work
        Files.writeString(dir.resolve("glossary.tsv"), "fr\ten\tforbidden\tnote\tcase\n"
                + "distribution\tdistribution\t\t\t\nlogiciel\tsoftware\t\t\t\npaquet\tpackage\tpacket\t\t\n"
                + "miroir\tmirror\t\t\t\nmise à jour\tupdate\t\t\t\n");
        org.visavis.terms.ProjectGlossary.choose(dir, dir.resolve("glossary.tsv"));

        WorkbenchDriver warm = WorkbenchDriver.start(List.of());
        warm.close();

        WorkbenchDriver d = WorkbenchDriver.start(List.of());
        long[] first = openAndPaint(d, dir);
        System.out.printf(Locale.ROOT, "open, first in this JVM (load from disk, row heights, first paint): %d ms"
                + " (CPU of all the JVM's threads meanwhile, compilers and GC too: %d ms)%n", first[0], first[1]);

        long c0 = System.nanoTime();
        WorkbenchDriver.awaitOnEdt("the checks after opening", () -> d.workbench.projectChecks().isIdle());
        int found = WorkbenchDriver.onEdt(() -> d.workbench.projectChecks().panel().shown().size());
        System.out.printf(Locale.ROOT, "checks after opening (background, glossary of 5 entries, LanguageTool taggers): %.1f s, %,d findings%n",
                (System.nanoTime() - c0) / 1e9, found);

        int pages = 400;
        long[] pageNs = new long[pages];
        long[] pageCpuNs = new long[pages];
        WorkbenchDriver.onEdt(() -> {
            JViewport vp = (JViewport) d.workbench.table().getParent();
            int total = d.workbench.table().getHeight();
            int step = Math.max(1, (total - vp.getHeight()) / pages);
            for (int p = 0; p < pages; p++) {
                long s = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                vp.setViewPosition(new java.awt.Point(0, Math.min(total - vp.getHeight(), p * step)));
                vp.paintImmediately(vp.getBounds());
                pageNs[p] = System.nanoTime() - s;
                pageCpuNs[p] = THREADS.getCurrentThreadCpuTime() - c;
            }
            return null;
        });
        java.util.Arrays.sort(pageNs);
        System.out.printf(Locale.ROOT, "scroll: %d jumps across the whole table, median %.1f ms, 95th percentile %.1f ms, max %.1f ms per repaint"
                + " (Swing thread's CPU: median %.1f ms)%n", pages, pageNs[pages / 2] / 1e6, pageNs[pages * 95 / 100] / 1e6,
                pageNs[pages - 1] / 1e6, median(pageCpuNs) / 1e6);

        long[] editNs = new long[20];
        long[] editCpuNs = new long[editNs.length];
        for (int i = 0; i < editNs.length; i++) {
            int b = n / 2 + i;
            int at = i;
            long s = System.nanoTime();
            WorkbenchDriver.onEdt(() -> {
                long c = THREADS.getCurrentThreadCpuTime();
                d.workbench.edit("Confirm", a -> AlignmentEdits.confirm(a, b));
                editCpuNs[at] = THREADS.getCurrentThreadCpuTime() - c;
                return null;
            });
            editNs[i] = System.nanoTime() - s;
        }
        long editMax = java.util.Arrays.stream(editNs).max().orElse(0);
        System.out.printf(Locale.ROOT, "edit (confirm, table refresh): median %.1f ms, max %.1f ms (Swing thread's CPU: median %.1f ms)%n",
                median(editNs) / 1e6, editMax / 1e6, median(editCpuNs) / 1e6);

        for (int i = 0; i < 3; i++) {
            long h = System.nanoTime();
            WorkbenchDriver.onEdt(() -> {
                d.workbench.table().refreshRowHeights();
                return null;
            });
            System.out.printf(Locale.ROOT, "row heights alone: %.1f ms%n", (System.nanoTime() - h) / 1e6);
        }
        long[] undoNs = new long[10];
        long[] undoCpuNs = new long[undoNs.length];
        for (int i = 0; i < undoNs.length; i++) {
            int at = i;
            long s = System.nanoTime();
            WorkbenchDriver.onEdt(() -> {
                long c = THREADS.getCurrentThreadCpuTime();
                d.workbench.undo();
                undoCpuNs[at] = THREADS.getCurrentThreadCpuTime() - c;
                return null;
            });
            undoNs[i] = System.nanoTime() - s;
        }
        System.out.printf(Locale.ROOT, "undo: median %.1f ms of %d (Swing thread's CPU: median %.1f ms)%n", median(undoNs) / 1e6,
                undoNs.length, median(undoCpuNs) / 1e6);
        d.dialogs.unsaved.push(Dialogs.UnsavedChoice.DISCARD);
        d.close();

        long[][] again = new long[3][];
        for (int i = 0; i < again.length; i++) {
            WorkbenchDriver w = WorkbenchDriver.start(List.of());
            again[i] = openAndPaint(w, dir);
            // the checks of this opening would run into the next one's measurement
            WorkbenchDriver.awaitOnEdt("the checks after opening", () -> w.workbench.projectChecks().isIdle());
            w.close();
        }
        java.util.Arrays.sort(again, java.util.Comparator.comparingLong(x -> x[0]));
        System.out.printf(Locale.ROOT, "open again, warm JVM: median %d ms of %d, %d, %d (CPU %d ms)%n", again[1][0],
                again[0][0], again[1][0], again[2][0], again[1][1]);
        System.out.println("load average while measuring (1/5/15 min, 2 cores): "
                + Files.readString(Path.of("/proc/loadavg")).split("\n")[0].strip().replaceAll(" [0-9]+/.*", ""));
        System.exit(0);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Opens {@code dir} as File › Open does and paints the window: from the command to the
     * project painted, in milliseconds, and the CPU time all the JVM's threads spent meanwhile
     * (on a loaded machine the wall time says more about the other processes).
     */
    private static long[] openAndPaint(WorkbenchDriver d, Path dir) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        d.open(dir);
        WorkbenchDriver.onEdt(() -> {
            d.workbench.frame().getRootPane().paintImmediately(d.workbench.frame().getRootPane().getBounds());
            return null;
        });
        return new long[] {(System.nanoTime() - t) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000};
    }

    /** {@code n} beads: the fixture's sentence pairs repeated, its paragraphs kept. */
    public static Alignment repeat(int n) {
        Alignment base = HandbookFixture.naiveAlignment();
        List<Paragraph> sp = new ArrayList<>();
        List<Paragraph> tp = new ArrayList<>();
        List<Segment> ss = new ArrayList<>();
        List<Segment> ts = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        int copy = 0;
        while (beads.size() < n) {
            for (int i = 0; i < 13 && beads.size() < n; i++) {
                Segment s = base.source().segments().get(i);
                Segment t = base.target().segments().get(i < 5 ? i : i - 1 >= 0 ? i : i);
                if (i == 0 || base.source().startsParagraph(i)) {
                    sp.add(base.source().paragraphs().get(s.paragraph()));
                    tp.add(base.target().paragraphs().get(t.paragraph()));
                }
                ss.add(new Segment(s.text(), sp.size() - 1));
                ts.add(new Segment(t.text(), tp.size() - 1));
                double confidence = ((copy * 13 + i) * 37 % 100) / 100.0;
                beads.add(Bead.auto(List.of(ss.size() - 1), List.of(ts.size() - 1), confidence));
            }
            copy++;
        }
        return new Alignment(new SegmentedDocument("big.fr", base.source().language(), sp, ss),
                new SegmentedDocument("big.en", base.target().language(), tp, ts), beads);
    }

    private static long diskKb(java.util.List<Path> files) throws java.io.IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return bytes / 1024;
    }
}
