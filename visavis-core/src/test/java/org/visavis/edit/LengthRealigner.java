package org.visavis.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;

/**
 * A small length-based realigner (after Gale and Church): between two fixed beads it pairs the
 * sentences by dynamic programming over character lengths, with bead types 1-1, 1-0, 0-1, 2-1,
 * 1-2. It knows no language and loads nothing, which makes it a fast, predictable realigner for
 * editor tests; the workbench itself uses the sentence aligner's realign.
 *
 * <pre>{@code
 * List<Bead> beads = new LengthRealigner().realign(source, target, List.of(confirmedBead));
 * }</pre>
 */
public final class LengthRealigner implements Realigner {
    private static final int[][] TYPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    private static final double[] PENALTY = {0, 4.5, 4.5, 2.3, 2.3};

    @Override
    public List<Bead> realign(SegmentedDocument source, SegmentedDocument target, List<Bead> fixed) {
        int[] ls = lengths(source);
        int[] lt = lengths(target);
        double ratio = Math.max(1, sum(ls, 0, ls.length)) / (double) Math.max(1, sum(lt, 0, lt.length));
        List<Bead> out = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (Bead f : fixed) {
            int s1 = f.source().isEmpty() ? s : f.source().get(0);
            int t1 = f.target().isEmpty() ? t : f.target().get(0);
            out.addAll(gap(ls, lt, s, s1, t, t1, ratio));
            out.add(f);
            s = s1 + f.source().size();
            t = t1 + f.target().size();
        }
        out.addAll(gap(ls, lt, s, ls.length, t, lt.length, ratio));
        return out;
    }

    private static List<Bead> gap(int[] ls, int[] lt, int s0, int s1, int t0, int t1, double ratio) {
        int n = s1 - s0;
        int m = t1 - t0;
        if (n < 0 || m < 0) {
            throw new EditException("the confirmed beads are out of order at source " + s0 + ", target " + t0);
        }
        // a band around the diagonal keeps long gaps affordable in time and memory
        int band = Math.max(30, Math.abs(n - m) + 30);
        int[] lo = new int[n + 1];
        double[][] cost = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            int diag = (int) ((long) i * m / Math.max(1, n));
            lo[i] = Math.max(0, diag - band);
            int hi = Math.min(m, diag + band);
            if (i == n) {
                hi = m;
            }
            if (i == 0) {
                lo[i] = 0;
            }
            cost[i] = new double[hi - lo[i] + 1];
            back[i] = new byte[hi - lo[i] + 1];
            java.util.Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = lo[i]; j < lo[i] + cost[i].length; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int k = 0; k < TYPES.length; k++) {
                    int di = TYPES[k][0];
                    int dj = TYPES[k][1];
                    double prev = i < di || j < dj ? Double.POSITIVE_INFINITY : at(cost, lo, i - di, j - dj);
                    if (prev == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = prev + PENALTY[k]
                            + mismatch(sum(ls, s0 + i - di, s0 + i), sum(lt, t0 + j - dj, t0 + j), ratio);
                    if (c < cost[i][j - lo[i]]) {
                        cost[i][j - lo[i]] = c;
                        back[i][j - lo[i]] = (byte) k;
                    }
                }
            }
        }
        if (at(cost, lo, n, m) == Double.POSITIVE_INFINITY) {
            throw new EditException("realign found no path between source " + s0 + " and target " + t0);
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int k = back[i][j - lo[i]];
            int di = TYPES[k][0];
            int dj = TYPES[k][1];
            double step = at(cost, lo, i, j) - at(cost, lo, i - di, j - dj);
            beads.add(Bead.auto(range(s0 + i - di, di), range(t0 + j - dj, dj), Math.exp(-step / 4)));
            i -= di;
            j -= dj;
        }
        Collections.reverse(beads);
        return beads;
    }

    private static double at(double[][] cost, int[] lo, int i, int j) {
        int x = j - lo[i];
        return x < 0 || x >= cost[i].length ? Double.POSITIVE_INFINITY : cost[i][x];
    }

    private static double mismatch(int sourceChars, int targetChars, double ratio) {
        if (sourceChars == 0 || targetChars == 0) {
            return 0;
        }
        double expected = targetChars * ratio;
        return Math.abs(sourceChars - expected) / Math.sqrt((sourceChars + expected) * 6.8 / 2);
    }

    private static List<Integer> range(int from, int count) {
        List<Integer> r = new ArrayList<>(count);
        for (int x = 0; x < count; x++) {
            r.add(from + x);
        }
        return r;
    }

    private static int[] lengths(SegmentedDocument d) {
        int[] l = new int[d.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = d.segments().get(i).text().length();
        }
        return l;
    }

    private static int sum(int[] l, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += l[i];
        }
        return s;
    }
}
