package org.visavis.align;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.visavis.model.Bead;
import org.visavis.model.BeadShape;

/**
 * Makes the confidence of a one-sided bead (1-0, 0-1) honest. The search's posterior only says
 * that no pairing inside its band beats leaving the sentence alone; a sentence whose counterpart
 * lies forty sentences on (a PDF that places a table or a note elsewhere in each language), or
 * that is part of a seven-sentence bead the search cannot form, still gets 1.00. So:
 * <ul>
 * <li>each unpaired sentence is compared with every sentence of the other side within {@link
 * #WINDOW} of its place, as a 1-1 bead (length, words, punctuation together) and for its own
 * words alone (they may be translated inside a longer sentence). The best of these scores is set
 * against what the document's own confident 1-1 beads score and against what the best match of
 * such a window scores when the counterpart is left out (which is what a sentence without
 * counterpart meets), both among sentences with about as many content words (a short sentence
 * says less either way): the chance that it has no counterpart there is the share of those
 * windows whose best does as well, against that share plus the share of real pairs scoring no
 * better;
 * <li>it is joined to the nearest paired bead before and after it (with the unpaired sentences
 * of its side in between): when that bead's evidence gains, as a log-likelihood ratio, the
 * sentence likely belongs to it.
 * </ul>
 * The confidence is multiplied by the smallest of these chances, so a one-sided bead is confident
 * only when nothing nearby matches it as a translation would. On the dev benchmarks with
 * omissions and moves planted ({@code bench --plant 10}) no moved sentence is left confidently
 * alone.
 *
 * <p>With too few 1-1 beads to compare with ({@link #MIN_REFERENCE}), the one-sided beads keep the
 * posterior.
 */
final class UnpairedCheck {

    /** How many sentences on each side of an unpaired sentence's place are looked at. */
    static final int WINDOW = 80;

    /** The fewest 1-1 beads whose scores make a usable reference. */
    static final int MIN_REFERENCE = 20;

    /** The most unpaired sentences joined to a neighbouring bead to see whether they belong to it. */
    static final int MAX_TAKEN_ALONG = 3;

    /** Classes of sentences by their number of content words: up to 3, up to 7, more. */
    private static final int[] WORD_CLASSES = {3, 7};

    /** The fewest real pairs and windows a class needs for its own figures (else all sentences are taken). */
    static final int MIN_CLASS = 30;

    /** How many of the reference beads show what the best non-translation of a window scores. */
    static final int NULL_SAMPLE = 300;

    /** 1-1 beads less likely than this are not taken as examples of what a real pair scores. */
    static final double REFERENCE_CONFIDENCE = 0.5;

    private final SideFeatures source;
    private final SideFeatures target;
    private final BeadScorer pairEvidence;
    private final LexicalScorer lexical;
    private boolean[] unpairedSource;
    private boolean[] unpairedTarget;

    /**
     * {@code pairEvidence} scores a 1-1 bead without the prior of its shape; {@code lexical} gives
     * the evidence of one sentence's words.
     */
    UnpairedCheck(SideFeatures source, SideFeatures target, BeadScorer pairEvidence, LexicalScorer lexical) {
        this.source = source;
        this.target = target;
        this.pairEvidence = pairEvidence;
        this.lexical = lexical;
    }

    /** The beads, in order and covering both documents, with the one-sided ones' confidence checked. */
    List<Bead> check(List<Bead> beads) {
        List<int[]> reference = new ArrayList<>();
        for (Bead b : beads) {
            if (b.shape().equals(BeadShape.ONE_ONE) && b.confidence() >= REFERENCE_CONFIDENCE) {
                reference.add(new int[] {b.source().get(0), b.target().get(0)});
            }
        }
        if (reference.size() < MIN_REFERENCE) {
            return beads;
        }
        unpairedSource = new boolean[source.size];
        unpairedTarget = new boolean[target.size];
        for (Bead b : beads) {
            b.source().forEach(i -> unpairedSource[i] = b.target().isEmpty());
            b.target().forEach(j -> unpairedTarget[j] = b.source().isEmpty());
        }
        double[] pairScores = new double[reference.size()];
        for (int r = 0; r < pairScores.length; r++) {
            pairScores[r] = pairEvidence.score(reference.get(r)[0], 1, reference.get(r)[1], 1);
        }
        Evidence fromSource = evidence(true, reference, pairScores);
        Evidence fromTarget = evidence(false, reference, pairScores);
        List<Bead> out = new ArrayList<>(beads.size());
        int s = 0;
        int t = 0;
        for (int k = 0; k < beads.size(); k++) {
            Bead b = beads.get(k);
            if (b.isOneSided() && b.confidence() > 0) {
                boolean ofSource = !b.source().isEmpty();
                double alone = ofSource
                        ? fromSource.alone(b.source().get(0), t)
                        : fromTarget.alone(b.target().get(0), s);
                alone = Math.min(alone, notPartOfNeighbour(beads, k, ofSource));
                out.add(new Bead(b.source(), b.target(), b.confidence() * alone, b.status()));
            } else {
                out.add(b);
            }
            s += b.source().size();
            t += b.target().size();
        }
        return out;
    }

    /**
     * The chance that the unpaired sentence of bead {@code k} is no part of the nearest paired
     * bead before or after it, the unpaired sentences between them of its side taken along: a
     * sentence of a seven-sentence bead the search cannot form sits unpaired next to the rest of
     * it. From the gain in evidence of that bead with the sentence in it, as a log-likelihood ratio.
     */
    private double notPartOfNeighbour(List<Bead> beads, int k, boolean ofSource) {
        int x = ofSource ? beads.get(k).source().get(0) : beads.get(k).target().get(0);
        double gain = Double.NEGATIVE_INFINITY;
        for (int step : new int[] {-1, 1}) {
            int q = k + step;
            while (q >= 0 && q < beads.size() && beads.get(q).isOneSided()) {
                q += step;
            }
            if (q < 0 || q >= beads.size()) {
                continue;
            }
            Bead n = beads.get(q);
            List<Integer> side = ofSource ? n.source() : n.target();
            List<Integer> other = ofSource ? n.target() : n.source();
            int first = side.get(0);
            int last = side.get(side.size() - 1);
            int from = Math.min(first, x);
            int to = Math.max(last, x);
            if (to - from + 1 - side.size() > MAX_TAKEN_ALONG) {
                continue;
            }
            double with = ofSource ? pairEvidence.score(from, to - from + 1, other.get(0), other.size())
                    : pairEvidence.score(other.get(0), other.size(), from, to - from + 1);
            double without = ofSource ? pairEvidence.score(first, side.size(), other.get(0), other.size())
                    : pairEvidence.score(other.get(0), other.size(), first, side.size());
            gain = Math.max(gain, with - without);
        }
        double g = gain;
        LengthLexicalAligner.LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT,
                "unpaired %s%d: joined to its neighbour %.2f", ofSource ? "source " : "target ", x, g));
        return gain == Double.NEGATIVE_INFINITY ? 1 : 1 / (1 + Math.exp(gain));
    }

    /**
     * What real pairs score and what the best of a window of non-translations scores, for the
     * sentences of one side, from the alignment's own confident 1-1 beads: the scores of the
     * pairs, and for a sample of them the best score of the sentence against the window around its
     * counterpart, the counterpart left out (what a sentence with no counterpart meets). Both by
     * the sentence's number of content words: a short sentence says less either way.
     */
    private Evidence evidence(boolean fromSource, List<int[]> reference, double[] pairScores) {
        List<List<double[]>> real = new ArrayList<>();
        List<List<double[]>> none = new ArrayList<>();
        List<List<double[]>> single = new ArrayList<>();
        for (int c = 0; c <= WORD_CLASSES.length; c++) {
            real.add(new ArrayList<>());
            none.add(new ArrayList<>());
            single.add(new ArrayList<>());
        }
        int sample = Math.min(reference.size(), NULL_SAMPLE);
        int nextSample = 0;
        for (int r = 0; r < reference.size(); r++) {
            int i = reference.get(r)[0];
            int j = reference.get(r)[1];
            int x = fromSource ? i : j;
            int c = wordClass(fromSource, x);
            real.get(c).add(new double[] {pairScores[r], lexical.contained(fromSource, i, j)});
            if (r == (int) ((long) nextSample * reference.size() / sample)) {
                nextSample++;
                int place = fromSource ? j : i;
                Window w = scan(fromSource, x, place, place, single.get(c));
                none.get(c).add(new double[] {w.pair(), w.contained()});
            }
        }
        List<Scores> realScores = new ArrayList<>();
        List<Scores> noneScores = new ArrayList<>();
        List<Scores> singleScores = new ArrayList<>();
        List<double[]> allReal = new ArrayList<>();
        List<double[]> allNone = new ArrayList<>();
        List<double[]> allSingle = new ArrayList<>();
        real.forEach(allReal::addAll);
        none.forEach(allNone::addAll);
        single.forEach(allSingle::addAll);
        for (int c = 0; c <= WORD_CLASSES.length; c++) {
            boolean enough = real.get(c).size() >= MIN_CLASS && none.get(c).size() >= MIN_CLASS;
            realScores.add(Scores.of(enough ? real.get(c) : allReal));
            noneScores.add(Scores.of(enough ? none.get(c) : allNone));
            singleScores.add(Scores.of(enough ? single.get(c) : allSingle));
        }
        for (int c = 0; c < realScores.size(); c++) {
            Scores r = realScores.get(c);
            Scores n = noneScores.get(c);
            int cc = c;
            LengthLexicalAligner.LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT,
                    "unpaired check %s class %d: real pairs %d, median %.2f; windows %d, median best %.2f, 90th %.2f",
                    fromSource ? "source" : "target", cc, r.pair().length, r.pair()[r.pair().length / 2],
                    n.pair().length, n.pair()[n.pair().length / 2], n.pair()[n.pair().length * 9 / 10]));
        }
        return new Evidence(fromSource, realScores, noneScores, singleScores);
    }

    /** Which class of {@link #WORD_CLASSES} a sentence's number of content words falls in. */
    private int wordClass(boolean fromSource, int x) {
        int words = fromSource ? source.wordCount(x) : target.wordCount(x);
        int c = 0;
        while (c < WORD_CLASSES.length && words > WORD_CLASSES[c]) {
            c++;
        }
        return c;
    }

    /** Sorted pair scores and own-words scores of a set of sentences. */
    private record Scores(double[] pair, double[] contained) {
        static Scores of(List<double[]> rows) {
            double[] pair = new double[rows.size()];
            double[] contained = new double[rows.size()];
            for (int x = 0; x < pair.length; x++) {
                pair[x] = rows.get(x)[0];
                contained[x] = rows.get(x)[1];
            }
            Arrays.sort(pair);
            Arrays.sort(contained);
            return new Scores(pair, contained);
        }
    }

    /**
     * The evidence of one side, by class of content words: real pairs' scores, those of the best
     * non-translation in a window and those of any one non-translation in it.
     */
    private final class Evidence {
        private final boolean fromSource;
        private final List<Scores> real;
        private final List<Scores> none;
        private final List<Scores> single;

        Evidence(boolean fromSource, List<Scores> real, List<Scores> none, List<Scores> single) {
            this.fromSource = fromSource;
            this.real = real;
            this.none = none;
            this.single = single;
        }

        /**
         * The chance that sentence {@code x}, unpaired at {@code place} of the other side, has no
         * counterpart in the window around it: its best match there is set against what real
         * pairs score and what the best non-translation of a window scores, for sentences of its
         * number of content words.
         */
        double alone(int x, int place) {
            Window w = scan(fromSource, x, place, -1, null);
            int c = wordClass(fromSource, x);
            double byPair = alone(w.pair(), real.get(c).pair(), none.get(c).pair());
            boolean hasWords = (fromSource ? source.wordCount(x) : target.wordCount(x)) > 0;
            // Without content words, its words alone say nothing either way.
            double byWords = hasWords ? alone(w.contained(), real.get(c).contained(), none.get(c).contained()) : 1;
            // A counterpart moved away is most often left unpaired itself; an omission leaves no
            // unpaired sentence on the other side. Among the few unpaired ones, a match that would
            // be unremarkable among all the window's sentences is telling.
            double byUnpaired = w.unpaired() == 0 ? 1
                    : Math.min(aloneOfFew(w.unpairedPair(), real.get(c).pair(), single.get(c).pair(), w.unpaired()),
                            hasWords ? aloneOfFew(w.unpairedContained(), real.get(c).contained(),
                                    single.get(c).contained(), w.unpaired()) : 1);
            LengthLexicalAligner.LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT,
                    "unpaired %s%d at %d: pair %.2f (alone %.2f) contained %.2f (alone %.2f); among %d unpaired"
                            + " pair %.2f contained %.2f (alone %.2f)",
                    fromSource ? "source " : "target ", x, place, w.pair(), byPair, w.contained(), byWords,
                    w.unpaired(), w.unpairedPair(), w.unpairedContained(), byUnpaired));
            return Math.min(byUnpaired, Math.min(byPair, byWords));
        }

        /**
         * As {@link #alone(double, double[], double[])} for the best of {@code few} candidates,
         * whose best non-translation does as well with the chance 1 - F^few, F the share of single
         * non-translations scoring below.
         */
        private static double aloneOfFew(double score, double[] real, double[] single, int few) {
            double below = (single.length - at(single, score) + 0.5) / (single.length + 1);
            double noneAbove = 1 - Math.pow(below, few);
            double realBelow = (real.length - above(real, score) + 0.5) / (real.length + 1);
            return noneAbove / (noneAbove + realBelow);
        }

        /**
         * Of a best match scoring {@code score}: the share of windows without a counterpart whose
         * best does as well, against that share plus the share of real pairs scoring no better.
         */
        private static double alone(double score, double[] real, double[] none) {
            double noneAbove = (at(none, score) + 0.5) / (none.length + 1);
            double realBelow = (real.length - above(real, score) + 0.5) / (real.length + 1);
            return noneAbove / (noneAbove + realBelow);
        }
    }

    /**
     * What sentence {@code x} meets among the other side's sentences within {@link #WINDOW} of
     * {@code place} ({@code skip} left out): its best pair score and best own-words score, the
     * same among the unpaired sentences and their number. Each candidate's scores go to {@code
     * sink} when it is not null.
     */
    private Window scan(boolean fromSource, int x, int place, int skip, List<double[]> sink) {
        int otherSize = fromSource ? target.size : source.size;
        boolean[] unpaired = fromSource ? unpairedTarget : unpairedSource;
        double bestPair = Double.NEGATIVE_INFINITY;
        double bestContained = Double.NEGATIVE_INFINITY;
        double unpairedPair = Double.NEGATIVE_INFINITY;
        double unpairedContained = Double.NEGATIVE_INFINITY;
        int unpairedCount = 0;
        for (int y = Math.max(0, place - WINDOW); y < Math.min(otherSize, place + WINDOW); y++) {
            if (y == skip) {
                continue;
            }
            int i = fromSource ? x : y;
            int j = fromSource ? y : x;
            double pair = pairEvidence.score(i, 1, j, 1);
            double contained = lexical.contained(fromSource, i, j);
            bestPair = Math.max(bestPair, pair);
            bestContained = Math.max(bestContained, contained);
            if (sink != null) {
                sink.add(new double[] {pair, contained});
            } else if (unpaired[y]) {
                unpairedCount++;
                unpairedPair = Math.max(unpairedPair, pair);
                unpairedContained = Math.max(unpairedContained, contained);
            }
        }
        return new Window(bestPair, bestContained, unpairedPair, unpairedContained, unpairedCount);
    }

    /** What an unpaired sentence meets in its window (see {@link #scan}). */
    private record Window(double pair, double contained, double unpairedPair, double unpairedContained, int unpaired) {
    }

    /** The number of values in {@code sorted} at or above {@code value}. */
    private static int at(double[] sorted, double value) {
        return sorted.length - countBelow(sorted, value, false);
    }

    /** The number of values in {@code sorted} above {@code value}. */
    private static int above(double[] sorted, double value) {
        return sorted.length - countBelow(sorted, value, true);
    }

    /** The number of values in {@code sorted} below {@code value} (or equal to it, with {@code orEqual}). */
    private static int countBelow(double[] sorted, double value, boolean orEqual) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value || (orEqual && sorted[mid] == value)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
