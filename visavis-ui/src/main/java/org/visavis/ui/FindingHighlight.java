package org.visavis.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.visavis.checks.Finding;
import org.visavis.checks.FindingMarks;
import org.visavis.model.Alignment;
import org.visavis.model.Side;

/**
 * The words of the finding being looked at (its term and the renderings compared), to mark in
 * its beads on both sides: at once as written (whole words, whatever the case), then, once the
 * taggers have read the finding's beads in the background ({@link #byLemma}), every form of them
 * ("calques" for "calque", "Paquet source" for "paquets sources"). Painting never waits.
 *
 * <pre>{@code
 * FindingHighlight h = FindingHighlight.of(finding);
 * h.covers(77);                                                     // true for the finding's beads
 * h.ranges(Side.TARGET, "Most new open source software programs");  // [[9, 29]]
 * FindingHighlight.byLemma(finding, alignment, table::setFindingHighlight);
 * }</pre>
 */
record FindingHighlight(Optional<Finding> finding, Set<Integer> beads, List<String> words,
                        Map<Side, Map<String, List<Range>>> known) {
    static final FindingHighlight NONE = new FindingHighlight(Optional.empty(), Set.of(), List.of(), Map.of());

    private static final FindingMarks AS_WRITTEN = FindingMarks.asWritten();
    private static final ExecutorService MARKING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "visavis-finding-marks");
        t.setDaemon(true);
        return t;
    });
    /** The latest request: a finding passed over before its marks were ready is not marked. */
    private static final java.util.concurrent.atomic.AtomicLong LATEST = new java.util.concurrent.atomic.AtomicLong();

    /** Characters {@code [start, end)} of a sentence. */
    record Range(int start, int end) {
    }

    FindingHighlight {
        beads = Set.copyOf(beads);
        words = List.copyOf(words);
        known = Map.copyOf(known);
    }

    static FindingHighlight of(Finding f) {
        return new FindingHighlight(Optional.of(f), Set.copyOf(f.allBeads()), FindingMarks.words(f), Map.of());
    }

    /**
     * Marks {@code f}'s words in its beads of {@code a} by lemma on a worker thread, and gives
     * the highlight to {@code done} on the Swing thread.
     */
    static void byLemma(Finding f, Alignment a, Consumer<FindingHighlight> done) {
        FindingHighlight quick = of(f);
        long request = LATEST.incrementAndGet();
        MARKING.execute(() -> {
            if (request != LATEST.get()) {
                return;
            }
            FindingMarks marks = FindingMarks.of(Optional.of(a.source().language()), Optional.of(a.target().language()));
            Map<Side, Map<String, List<Range>>> known = new HashMap<>();
            for (Side side : Side.values()) {
                Map<String, List<Range>> here = new HashMap<>();
                for (int b : quick.beads()) {
                    if (request != LATEST.get()) {
                        return;
                    }
                    if (b >= a.beads().size()) {
                        continue;
                    }
                    for (CellPiece p : CellPiece.of(a, a.beads().get(b), side)) {
                        if (p.kind() != CellPiece.Kind.NOTE) {
                            here.computeIfAbsent(p.text(), t -> ranges(marks.find(quick.words(), side, t)));
                        }
                    }
                }
                known.put(side, here);
            }
            FindingHighlight full = new FindingHighlight(quick.finding(), quick.beads(), quick.words(), known);
            SwingUtilities.invokeLater(() -> done.accept(full));
        });
    }

    boolean covers(int bead) {
        return beads.contains(bead);
    }

    /** True when this highlights the same finding as {@code other}. */
    boolean sameFinding(FindingHighlight other) {
        return finding.equals(other.finding());
    }

    /** Where the words occur in {@code text}, a sentence of {@code side}, in order, longer words first where two overlap. */
    List<Range> ranges(Side side, String text) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Range> byLemma = known.getOrDefault(side, Map.of()).get(text);
        return byLemma != null ? byLemma : ranges(AS_WRITTEN.find(words, side, text));
    }

    private static List<Range> ranges(List<FindingMarks.Span> spans) {
        return spans.stream().map(s -> new Range(s.start(), s.end())).toList();
    }
}
