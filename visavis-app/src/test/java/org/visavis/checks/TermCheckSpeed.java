package org.visavis.checks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;
import org.visavis.project.ProjectStore;
import org.visavis.terms.RenderingDiscovery;

/**
 * Prints how long the terminology check takes on the first N beads of a project, tagging apart
 * (the check suite tags both sides once for all checks). Not a test: figures, no thresholds.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.visavis.checks.TermCheckSpeed alignments/dref 3000
 * </pre>
 */
public final class TermCheckSpeed {
    // CPU time as well as wall time: the build machines are shared
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private TermCheckSpeed() {
    }

    public static void main(String[] args) {
        Alignment whole = new ProjectStore().load(Path.of(args[0])).alignment();
        int n = Math.min(Integer.parseInt(args[1]), whole.beads().size());
        List<Bead> beads = whole.beads().subList(0, n);
        int sources = beads.stream().flatMap(b -> b.source().stream()).mapToInt(i -> i + 1).max().orElse(0);
        int targets = beads.stream().flatMap(b -> b.target().stream()).mapToInt(i -> i + 1).max().orElse(0);
        Alignment a = new Alignment(
                SegmentedDocument.ofSentences(whole.source().name(), whole.source().language(),
                        whole.source().texts().subList(0, sources)),
                SegmentedDocument.ofSentences(whole.target().name(), whole.target().language(),
                        whole.target().texts().subList(0, targets)), beads);
        Tagger source = LanguageKnowledge.tagger(a.source().language());
        Tagger target = LanguageKnowledge.tagger(a.target().language());
        long start = System.nanoTime();
        for (Bead b : beads) {
            source.tag(a.sourceText(b));
            target.tag(a.targetText(b));
        }
        double tagging = (System.nanoTime() - start) / 1e9;
        TermInconsistencyCheck check = new TermInconsistencyCheck(source, target, RenderingDiscovery.Options.DEFAULT);
        for (int run = 0; run < 3; run++) {
            long wall = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            List<Finding> findings = check.check(a);
            System.out.printf(Locale.ROOT, "beads=%d tagging_seconds=%.1f term_check_seconds=%.2f main_thread_cpu_seconds=%.2f"
                            + " findings=%d%n", n, tagging, (System.nanoTime() - wall) / 1e9,
                    (CPU.getCurrentThreadCpuTime() - cpu) / 1e9, findings.size());
        }
    }
}
