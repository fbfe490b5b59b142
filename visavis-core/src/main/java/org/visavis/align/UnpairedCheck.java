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
 * lies twenty sentences on, or that is part of a six-sentence bead the search cannot form, still
 * gets 1.00. So each unpaired sentence is compared with every sentence of the other side within
 * {@link #WINDOW} of its place, as a 1-1 bead (length, words, punctuation together) and for its
 * own words alone (they may be translated inside a longer sentence). Where the best of these
 * scores ranks among the scores of the alignment's own 1-1 beads tells how well the sentence
 * matches something nearby: at the median of real beads, it very likely has a counterpart. The
 * confidence is multiplied by the share of real 1-1 beads that score better than that best match
 * (and by the chance, from the score as a log-likelihood ratio, that the best match is no
 * translation), so a one-sided bead is confident only when nothing nearby matches it as well as a
 * 1-1 bead would.
 *
 * <p>With too few 1-1 beads to compare with ({@link #MIN_REFERENCE}), the one-sided beads keep the
 * posterior.
 */
final class UnpairedCheck {

    /** How many sentences on each side of an unpaired sentence's place are looked at. */
    static final int WINDOW = 30;

    /** The fewest 1-1 beads whose scores make a usable reference. */
    static final int MIN_REFERENCE = 20;

    /** 1-1 beads less likely than this are not taken as examples of what a real pair scores. */
    static final double REFERENCE_CONFIDENCE = 0.5;

    private final SideFeatures source;
    private final SideFeatures target;
    private final BeadScorer pairEvidence;
    private final LexicalScorer lexical;

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
        List<double[]> pairs = new ArrayList<>();
        for (Bead b : beads) {
            if (b.shape().equals(BeadShape.ONE_ONE) && b.confidence() >= REFERENCE_CONFIDENCE) {
                int i = b.source().get(0);
                int j = b.target().get(0);
                pairs.add(new double[] {pairEvidence.score(i, 1, j, 1), lexical.contained(true, i, j),
                    lexical.contained(false, i, j)});
            }
        }
        if (pairs.size() < MIN_REFERENCE) {
            return beads;
        }
        double[] pairScores = sorted(pairs, 0);
        double[] sourceContained = sorted(pairs, 1);
        double[] targetContained = sorted(pairs, 2);
        List<Bead> out = new ArrayList<>(beads.size());
        int s = 0;
        int t = 0;
        for (Bead b : beads) {
            if (b.isOneSided() && b.confidence() > 0) {
                boolean fromSource = !b.source().isEmpty();
                double matched = fromSource
                        ? bestMatch(true, b.source().get(0), t, target.size, pairScores, sourceContained)
                        : bestMatch(false, b.target().get(0), s, source.size, pairScores, targetContained);
                out.add(new Bead(b.source(), b.target(), b.confidence() * (1 - matched), b.status()));
            } else {
                out.add(b);
            }
            s += b.source().size();
            t += b.target().size();
        }
        return out;
    }

    /**
     * The share of reference beads scoring at most as well as the best match of sentence {@code x}
     * among the other side's sentences around {@code place}.
     */
    private double bestMatch(boolean fromSource, int x, int place, int otherSize, double[] pairScores,
            double[] contained) {
        double bestPair = Double.NEGATIVE_INFINITY;
        double bestContained = Double.NEGATIVE_INFINITY;
        for (int y = Math.max(0, place - WINDOW); y < Math.min(otherSize, place + WINDOW); y++) {
            int i = fromSource ? x : y;
            int j = fromSource ? y : x;
            bestPair = Math.max(bestPair, pairEvidence.score(i, 1, j, 1));
            bestContained = Math.max(bestContained, lexical.contained(fromSource, i, j));
        }
        if ((fromSource ? source.wordCount(x) : target.wordCount(x)) == 0) {
            // No content words: no evidence either way from its words alone.
            bestContained = Double.NEGATIVE_INFINITY;
        }
        double pairRank = rank(pairScores, bestPair);
        double containedRank = rank(contained, bestContained);
        double pairScore = bestPair;
        double containedScore = bestContained;
        LengthLexicalAligner.LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT,
                "unpaired %s%d at %d: pair %.2f (rank %.2f) contained %.2f (rank %.2f)",
                fromSource ? "source " : "target ", x, place, pairScore, pairRank, containedScore, containedRank));
        // The scores are log-likelihood ratios: above 0, the pair is more likely a translation than
        // not, however it ranks among the alignment's own beads.
        double likely = 1 / (1 + Math.exp(-bestPair));
        return Math.max(likely, Math.max(pairRank, containedRank));
    }

    private static double[] sorted(List<double[]> rows, int column) {
        double[] out = new double[rows.size()];
        for (int x = 0; x < out.length; x++) {
            out[x] = rows.get(x)[column];
        }
        Arrays.sort(out);
        return out;
    }

    /** The share of {@code sorted} at or below {@code value}. */
    private static double rank(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / sorted.length;
    }
}
