package org.visavis.terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the project itself supports a deviation as a slip, from two signals beside the evidence
 * that the other words render the term ({@link DeviationEvidence}): the sense ({@link
 * OccurrenceContext}: is the occurrence used about the same things as the occurrences that take
 * the usual rendering?) and the spotting strength ({@link SpottingStrength}: is the unit
 * translated word for word, so that the other rendering is a word substituted, not the aligner's
 * guess inside a rewording?). A deviation neither signal doubts keeps its weight; one they doubt
 * is weighed down below the default report, and shown apart as a weaker finding.
 */
final class DeviationSupport {

    /** How much more like the other rendering's beads than like the usual ones a bead's context must be to be doubted. */
    static final double MARGIN = 0.1;

    private final OccurrenceContext contexts;

    DeviationSupport(OccurrenceContext contexts) {
        this.contexts = contexts;
    }

    /** The signals of one deviating occurrence, told as a note. */
    record Signals(String rendering, OccurrenceContext.Typicality sense, double alternativeSimilarity,
                   int alternativeUnits, double writtenSimilarity, int writtenUnits, SpottingStrength.Strength strength) {
        /**
         * Why the signals doubt the deviation, or null: the bead's context is clearly more like
         * the beads where the project gives the term this other rendering, or writes it without
         * the term, than like the beads with the usual rendering: the bead speaks of what the
         * other rendering stands for, a second sense of the term ("un portage de Debian", "la
         * fenêtre") or the rendering of another word of it. A slip sits in a context like the
         * usual ones.
         */
        String doubt() {
            double usual = sense.similarity();
            if (alternativeUnits >= 1 && alternativeSimilarity >= usual + MARGIN) {
                return String.format(Locale.ROOT, "the bead's context is more like the %d other bead%s that render the "
                        + "term '%s' (%.2f) than like those with the usual rendering (%.2f): a second sense",
                        alternativeUnits, alternativeUnits == 1 ? "" : "s", rendering, alternativeSimilarity, usual);
            }
            if (writtenUnits >= 2 && writtenSimilarity >= usual + MARGIN) {
                return String.format(Locale.ROOT, "the bead's context is more like the %d beads that write '%s' "
                        + "without the term (%.2f) than like those with the usual rendering (%.2f): another sense, "
                        + "or the rendering of another word", writtenUnits, rendering, writtenSimilarity, usual);
            }
            return null;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "signals for '%s': %s; like the %d other beads of this rendering %.2f; "
                    + "like the %d beads writing it without the term %.2f; %s",
                    rendering, sense, alternativeUnits, alternativeSimilarity, writtenUnits, writtenSimilarity, strength);
        }
    }

    /**
     * Each deviation of a term ({@code judged}: null where an occurrence is no deviation) weighed by
     * the signals, in place: a doubted one is {@link Deviation#doubted}; each one's signals are
     * told to {@code trace}.
     */
    void weigh(String key, Map<Occurrence, Deviation> judged, List<Occurrence> usual, List<Occurrence> all,
               RenderingDiscovery.Trace trace) {
        OccurrenceContext.Usual usualContexts = null;
        for (var e : judged.entrySet()) {
            Deviation d = e.getValue();
            if (d == null || d.rendering().isEmpty()) {
                continue;
            }
            if (usualContexts == null) {
                usualContexts = usualContexts(usual);
            }
            Occurrence o = e.getKey();
            Signals signals = signals(o, d, usual, all, judged, usualContexts);
            trace.note(o.unit().index(), key, signals.toString());
            String doubt = signals.doubt();
            if (doubt != null) {
                trace.note(o.unit().index(), key, "weaker tier: " + doubt);
                e.setValue(d.doubted(doubt));
            }
        }
    }

    /**
     * The signals of deviation {@code d} of occurrence {@code o}, among the term's occurrences: the
     * other beads where the term is given the same other rendering (those that deviate with it, the
     * same finding, left out), and the beads where the project writes that rendering without the term.
     */
    Signals signals(Occurrence o, Deviation d, List<Occurrence> usual, List<Occurrence> all,
                    Map<Occurrence, Deviation> judged, OccurrenceContext.Usual usualContexts) {
        Set<String> alternative = RenderingWords.renderingStems(d.rendering());
        List<Integer> alternativeUnits = new ArrayList<>();
        for (Occurrence x : all) {
            Deviation other = judged.get(x);
            boolean sameFinding = other != null && other.rendering().equalsIgnoreCase(d.rendering());
            if (x != o && !sameFinding && !alternative.isEmpty() && x.spottedStems().equals(alternative)) {
                alternativeUnits.add(x.unit().index());
            }
        }
        Set<String> leftOut = termWords(o);
        double like = alternativeUnits.isEmpty() ? 0 : contexts.similarity(o.unit().index(), alternativeUnits, leftOut);
        Set<Integer> termUnits = new HashSet<>();
        all.forEach(x -> termUnits.add(x.unit().index()));
        List<Integer> written = contexts.unitsWriting(d.rendering(), termUnits);
        double likeWritten = written.size() < 2 ? 0 : contexts.similarity(o.unit().index(), written, leftOut);
        return new Signals(d.rendering(), usualContexts.typicality(o.unit().index()), like, alternativeUnits.size(),
                likeWritten, written.size(), SpottingStrength.of(o, d.rendering(), usual));
    }

    /** The contexts of the usual occurrences, the term's own words left out. */
    OccurrenceContext.Usual usualContexts(List<Occurrence> usual) {
        Set<String> leftOut = usual.isEmpty() ? Set.of() : termWords(usual.get(0));
        return contexts.usual(usual.stream().map(x -> x.unit().index()).distinct().toList(), leftOut);
    }

    private static Set<String> termWords(Occurrence o) {
        Set<String> words = new HashSet<>();
        for (String l : o.term().lemmas()) {
            words.add(l.toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
