package org.visavis.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadShape;

/**
 * The summary {@code align} and {@code demo} print: sentences per side, beads per type,
 * low-confidence beads, seconds. For example:
 *
 * <pre>
 * sentences: 812 source (fr), 799 target (en)
 * beads: 790 (1-1: 760, 2-1: 12, 1-2: 9, 1-0: 5, 0-1: 4)
 * low confidence (&lt; 0.50): 23 beads; review them first
 * </pre>
 */
final class AlignmentSummary {
    /** Beads under this confidence are counted as "low confidence" (the editor's threshold too). */
    static final double LOW_CONFIDENCE = 0.5;

    private AlignmentSummary() {
    }

    static void print(Alignment a, PrintWriter out) {
        out.printf(Locale.ROOT, "sentences: %d source (%s), %d target (%s)%n",
                a.source().size(), a.source().language().tag(), a.target().size(), a.target().language().tag());
        Map<BeadShape, Integer> byType = new TreeMap<>(Comparator.comparingInt(AlignmentSummary::weight)
                .thenComparing(BeadShape::toString));
        int low = 0;
        for (Bead b : a.beads()) {
            byType.merge(b.shape(), 1, Integer::sum);
            if (b.confidence() < LOW_CONFIDENCE) {
                low++;
            }
        }
        StringBuilder types = new StringBuilder();
        byType.forEach((t, n) -> types.append(types.length() == 0 ? "" : ", ").append(t).append(": ").append(n));
        out.printf(Locale.ROOT, "beads: %d (%s)%n", a.beads().size(), types);
        out.printf(Locale.ROOT, "low confidence (< %.2f): %d beads%s%n", LOW_CONFIDENCE, low,
                low > 0 ? "; review them first (visavis gui)" : "");
    }

    /** 1-1 first, then the other types in order of frequency in translations. */
    private static int weight(BeadShape shape) {
        if (shape.equals(BeadShape.ONE_ONE)) {
            return 0;
        } else if (shape.equals(BeadShape.TWO_ONE)) {
            return 1;
        } else if (shape.equals(BeadShape.ONE_TWO)) {
            return 2;
        } else if (shape.equals(BeadShape.ONE_ZERO)) {
            return 8;
        } else if (shape.equals(BeadShape.ZERO_ONE)) {
            return 9;
        }
        return 5;
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }
}
