package org.visavis.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.visavis.model.Side;
import org.visavis.terms.GlossaryTermMarker;
import org.visavis.terms.TermMark;

/**
 * Glossary terms to highlight in the bead table, computed in the background and cached per
 * sentence: the renderer asks for a sentence's marks, gets the cached ones at once (none yet the
 * first time) and the sentence is queued; newest requests first, so the rows in view are marked
 * first. When marks arrive the table is repainted once. Only sentences that are painted are ever
 * marked, so 20,000 beads cost no more than a screenful.
 *
 * <pre>{@code
 * TermHighlights terms = new TermHighlights(table::repaint, this::say);
 * terms.setMarker(() -> new GlossaryTermMarker(lookup, enMatcher));   // built on the worker thread
 * List<TermMark> marks = terms.marks(Side.SOURCE, sentence);         // in the renderer
 * }</pre>
 */
final class TermHighlights {
    private static final int MAX_QUEUED = 2000;
    private static final int MAX_CACHED = 200_000;

    private record Job(long generation, Side side, String sentence) {
    }

    private final Runnable repaint;
    private final Map<Side, Map<String, List<TermMark>>> cache = Map.of(Side.SOURCE, new ConcurrentHashMap<>(),
            Side.TARGET, new ConcurrentHashMap<>());
    private final Set<Job> queued = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingDeque<Job> jobs = new LinkedBlockingDeque<>();
    private final AtomicBoolean repaintPending = new AtomicBoolean();
    private volatile long generation;
    private volatile Optional<GlossaryTermMarker> marker = Optional.empty();
    private volatile Optional<Supplier<GlossaryTermMarker>> pendingMarker = Optional.empty();
    private final java.util.function.Consumer<String> failed;

    /** {@code repaint} and {@code failed} (why highlighting stopped) are called on the Swing thread. */
    TermHighlights(Runnable repaint, java.util.function.Consumer<String> failed) {
        this.repaint = repaint;
        this.failed = failed;
        Thread worker = new Thread(this::work, "visavis-terms");
        worker.setDaemon(true);
        worker.start();
    }

    /** Uses a new glossary (built lazily on the worker thread: LanguageTool loads slowly), or none. */
    void setMarker(Optional<Supplier<GlossaryTermMarker>> build) {
        generation++;
        marker = Optional.empty();
        pendingMarker = build;
        cache.values().forEach(Map::clear);
        jobs.clear();
        queued.clear();
        if (build.isPresent()) {
            jobs.offerFirst(new Job(generation, Side.SOURCE, ""));
        }
        repaint.run();
    }

    /** The cached marks of a sentence; when not yet known, none, and the sentence is queued. */
    List<TermMark> marks(Side side, String sentence) {
        if (pendingMarker.isEmpty()) {
            return List.of();
        }
        List<TermMark> known = cache.get(side).get(sentence);
        if (known != null) {
            return known;
        }
        Job job = new Job(generation, side, sentence);
        if (queued.add(job)) {
            jobs.offerFirst(job);
            while (jobs.size() > MAX_QUEUED) {
                Job dropped = jobs.pollLast(); // scrolled past long ago; asked again if shown again
                if (dropped != null) {
                    queued.remove(dropped);
                }
            }
        }
        return List.of();
    }

    /** True when nothing is waiting to be marked (tests). */
    boolean isIdle() {
        return jobs.isEmpty() && queued.isEmpty();
    }

    private void work() {
        while (true) {
            Job job;
            try {
                job = jobs.takeFirst();
            } catch (InterruptedException e) {
                return;
            }
            try {
                mark(job);
            } catch (RuntimeException e) {
                // a glossary the taggers cannot handle: say so once, stop marking with it
                String why = "Cannot highlight glossary terms: " + e.getMessage();
                SwingUtilities.invokeLater(() -> failed.accept(why));
                marker = Optional.empty();
                pendingMarker = Optional.empty();
                jobs.clear();
                queued.clear();
                requestRepaint();
            } finally {
                queued.remove(job);
            }
        }
    }

    private void mark(Job job) {
        if (job.generation() != generation) {
            return;
        }
        Optional<GlossaryTermMarker> m = marker;
        if (m.isEmpty()) {
            Optional<Supplier<GlossaryTermMarker>> build = pendingMarker;
            if (build.isEmpty()) {
                return;
            }
            m = Optional.of(build.get().get());
            if (job.generation() != generation) {
                return;
            }
            marker = m;
        }
        if (job.sentence().isEmpty()) {
            return;
        }
        List<TermMark> marks = job.side() == Side.SOURCE ? m.get().source(job.sentence()) : m.get().target(job.sentence());
        if (job.generation() != generation) {
            return;
        }
        Map<String, List<TermMark>> side = cache.get(job.side());
        if (side.size() > MAX_CACHED) {
            side.clear();
        }
        side.put(job.sentence(), marks);
        if (!marks.isEmpty()) {
            requestRepaint();
        }
    }

    private void requestRepaint() {
        if (repaintPending.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(() -> {
                repaintPending.set(false);
                repaint.run();
            });
        }
    }
}
