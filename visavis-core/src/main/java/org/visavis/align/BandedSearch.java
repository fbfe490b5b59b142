package org.visavis.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.visavis.model.Bead;

/**
 * Dynamic programming over a {@link Band}: the best path of beads (Viterbi), and for each of its
 * beads the posterior probability that the bead is right, from the forward-backward sums over all
 * paths in the band. Scores are the sum of the scorers' log-likelihood ratios; {@code
 * temperature} flattens them into probabilities. A one-sided bead (1-0, 0-1) says only that its
 * sentence has no counterpart, wherever it sits among the other side's sentences, so its
 * posterior is summed over all the places the sentence could be left alone: in a run of ten
 * unpaired sentences, the exact interleaving is uncertain but that each is unpaired is not. A run
 * of unpaired sentences of one side (a 0-3 shape, say) comes out as one such bead per sentence.
 */
final class BandedSearch {

    /** The beads found, and whether the path ran along the band's edge (the band may be too narrow). */
    record Result(List<Bead> beads, boolean touchedEdge) {
    }

    private static final long MAX_CACHED = 60_000_000L;

    /** Math.exp is exactly 0 below this (the smallest double is about e^-744.4). */
    private static final double EXP_ZERO = -746;

    private final List<BeadTypePrior.ShapePrior> shapes;
    /** The scorers not {@link BeadScorer#silent silent}, in the given order. */
    private final BeadScorer[] scorers;
    /** Those of {@link #scorers} not silent on one-sided beads, in the same order. */
    private final BeadScorer[] oneSidedScorers;
    /** Whether every scorer of {@link #oneSidedScorers} scores the shape alone, not the place. */
    private final boolean oneSidedShapeOnly;
    private final double temperature;

    BandedSearch(List<BeadTypePrior.ShapePrior> shapes, List<BeadScorer> scorers, double temperature) {
        this.shapes = shapes;
        this.scorers = scorers.stream().filter(s -> !s.silent()).toArray(BeadScorer[]::new);
        this.oneSidedScorers = Arrays.stream(this.scorers).filter(BeadScorer::scoresOneSided).toArray(BeadScorer[]::new);
        this.oneSidedShapeOnly = Arrays.stream(oneSidedScorers).allMatch(BeadScorer::shapeOnly);
        this.temperature = temperature;
    }

    /** Aligns source sentences [s0, s0 + band.rows()) with target sentences [t0, t0 + band.columns()). */
    Result run(int s0, int t0, Band band) {
        int rows = band.rows();
        int[] lo = band.lo();
        int[] hi = band.hi();
        long total = band.cells();
        if (total > Integer.MAX_VALUE - 8) {
            throw new AlignmentException("the documents are too large to align (" + total + " cells)");
        }
        int[] offset = new int[rows + 2];
        for (int i = 0; i <= rows; i++) {
            offset[i + 1] = offset[i] + hi[i] - lo[i] + 1;
        }
        int cells = offset[rows + 1];
        double[] best = new double[cells];
        double[] alpha = new double[cells];
        byte[] back = new byte[cells];
        int k = shapes.size();
        int[] da = new int[k];
        int[] db = new int[k];
        for (int x = 0; x < k; x++) {
            da[x] = shapes.get(x).shape().source();
            db[x] = shapes.get(x).shape().target();
        }
        // One-sided shapes scored by their shape alone (the prior) are scored once, not per cell;
        // the others by the scorers that speak on their kind of bead.
        boolean[] scoredOnce = new boolean[k];
        double[] once = new double[k];
        BeadScorer[][] shapeScorers = new BeadScorer[k][];
        for (int x = 0; x < k; x++) {
            scoredOnce[x] = oneSidedShapeOnly && (da[x] == 0 || db[x] == 0);
            once[x] = scoredOnce[x] ? score(s0, da[x], t0, db[x]) : 0;
            shapeScorers[x] = da[x] == 0 || db[x] == 0 ? oneSidedScorers : scorers;
        }
        double inv = 1 / temperature;
        // Scores are computed once and kept for the backward pass when memory allows.
        float[] cache = (long) cells * k <= MAX_CACHED ? new float[cells * k] : null;
        // Per shape, where its bead starts in the row of row i's cells: the columns that row holds
        // (none when it is above the band) and the index of its cell 0. Read once per row.
        int[] fromLo = new int[k];
        int[] fromHi = new int[k];
        int[] fromBase = new int[k];
        for (int i = 0; i <= rows; i++) {
            for (int x = 0; x < k; x++) {
                int pi = i - da[x];
                fromLo[x] = pi < 0 ? Integer.MAX_VALUE : lo[pi];
                fromHi[x] = pi < 0 ? Integer.MIN_VALUE : hi[pi];
                fromBase[x] = pi < 0 ? 0 : offset[pi] - lo[pi];
            }
            for (int j = lo[i]; j <= hi[i]; j++) {
                int c = offset[i] + j - lo[i];
                if (i == 0 && j == 0) {
                    best[c] = 0;
                    alpha[c] = 0;
                    back[c] = -1;
                    continue;
                }
                double b = Double.NEGATIVE_INFINITY;
                double al = Double.NEGATIVE_INFINITY;
                int bk = -1;
                for (int x = 0; x < k; x++) {
                    int pj = j - db[x];
                    if (pj < fromLo[x] || pj > fromHi[x]) {
                        continue;
                    }
                    int p = fromBase[x] + pj;
                    double bp = best[p];
                    if (bp == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double sc;
                    if (scoredOnce[x]) {
                        sc = once[x];
                    } else {
                        // score(), written out: the search's hottest call
                        sc = 0;
                        int s = s0 + i - da[x];
                        int t = t0 + pj;
                        for (BeadScorer scorer : shapeScorers[x]) {
                            sc += scorer.score(s, da[x], t, db[x]);
                        }
                    }
                    if (cache != null) {
                        cache[c * k + x] = (float) sc;
                    }
                    double v = bp + sc;
                    if (v > b) {
                        b = v;
                        bk = x;
                    }
                    al = LogSum.add(al, alpha[p] + sc * inv);
                }
                best[c] = b;
                alpha[c] = al;
                back[c] = (byte) bk;
            }
        }
        double z = alpha[cells - 1];
        double[] sourceAlone = new double[rows];
        double[] targetAlone = new double[band.columns()];
        double[] beta = backward(s0, t0, band, offset, da, db, inv, cache, alpha, z, sourceAlone, targetAlone);
        List<Bead> beads = new ArrayList<>();
        boolean edge = false;
        int i = rows;
        int j = band.columns();
        while (i > 0 || j > 0) {
            int c = offset[i] + j - lo[i];
            int x = back[c];
            if (x < 0) {
                throw new IllegalStateException("no path through the band at " + i + "," + j);
            }
            int pi = i - da[x];
            int pj = j - db[x];
            int p = offset[pi] + pj - lo[pi];
            if (da[x] == 0 || db[x] == 0) {
                // a run of sentences with no counterpart: one bead each, latest first (the list is reversed)
                for (int r = da[x] + db[x] - 1; r >= 0; r--) {
                    double alone = da[x] == 0 ? targetAlone[pj + r] : sourceAlone[pi + r];
                    beads.add(Bead.auto(da[x] == 0 ? List.of() : List.of(s0 + pi + r),
                            da[x] == 0 ? List.of(t0 + pj + r) : List.of(), probability(alone)));
                }
            } else {
                double sc = score(s0 + pi, da[x], t0 + pj, db[x]);
                beads.add(Bead.auto(range(s0 + pi, da[x]), range(t0 + pj, db[x]),
                        probability(Math.exp(alpha[p] + sc * inv + beta[c] - z))));
            }
            if ((j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < band.columns())) {
                edge = true;
            }
            i = pi;
            j = pj;
        }
        Collections.reverse(beads);
        return new Result(beads, edge);
    }

    /**
     * The backward sums; on the way, the posterior that each source (target) sentence is left
     * alone, summed over the cells where that can happen, into {@code sourceAlone} ({@code
     * targetAlone}).
     */
    private double[] backward(int s0, int t0, Band band, int[] offset, int[] da, int[] db, double inv,
            float[] cache, double[] alpha, double z, double[] sourceAlone, double[] targetAlone) {
        int rows = band.rows();
        int[] lo = band.lo();
        int[] hi = band.hi();
        double[] beta = new double[offset[rows + 1]];
        int k = da.length;
        // Per shape, the row its bead from row i ends in, as in run(): read once per row.
        int[] toLo = new int[k];
        int[] toHi = new int[k];
        int[] toBase = new int[k];
        for (int i = rows; i >= 0; i--) {
            for (int x = 0; x < k; x++) {
                int ni = i + da[x];
                toLo[x] = ni > rows ? Integer.MAX_VALUE : lo[ni];
                toHi[x] = ni > rows ? Integer.MIN_VALUE : hi[ni];
                toBase[x] = ni > rows ? 0 : offset[ni] - lo[ni];
            }
            for (int j = hi[i]; j >= lo[i]; j--) {
                int c = offset[i] + j - lo[i];
                if (i == rows && j == band.columns()) {
                    beta[c] = 0;
                    continue;
                }
                double be = Double.NEGATIVE_INFINITY;
                for (int x = 0; x < k; x++) {
                    int nj = j + db[x];
                    if (nj < toLo[x] || nj > toHi[x]) {
                        continue;
                    }
                    int n = toBase[x] + nj;
                    double bn = beta[n];
                    if (bn == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double sc = cache != null ? cache[n * k + x] : score(s0 + i, da[x], t0 + j, db[x]);
                    be = LogSum.add(be, sc * inv + bn);
                    if (da[x] != 0 && db[x] != 0) {
                        continue;
                    }
                    double logPosterior = alpha[c] + sc * inv + bn - z;
                    // below EXP_ZERO exp gives exactly 0: most of the band, far from the likely paths
                    if (logPosterior >= EXP_ZERO) {
                        double posterior = Math.exp(logPosterior);
                        for (int r = 0; r < da[x]; r++) {
                            sourceAlone[i + r] += posterior;
                        }
                        for (int r = 0; r < db[x]; r++) {
                            targetAlone[j + r] += posterior;
                        }
                    }
                }
                beta[c] = be;
            }
        }
        return beta;
    }

    private static double probability(double p) {
        return Double.isFinite(p) ? Math.max(0, Math.min(1, p)) : 0;
    }

    /** The sum of the scores; the scorers left out on one-sided beads would add exact zeros. */
    private double score(int s, int a, int t, int b) {
        double sum = 0;
        for (BeadScorer scorer : a == 0 || b == 0 ? oneSidedScorers : scorers) {
            sum += scorer.score(s, a, t, b);
        }
        return sum;
    }

    private static List<Integer> range(int start, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int x = 0; x < count; x++) {
            out.add(start + x);
        }
        return out;
    }
}
