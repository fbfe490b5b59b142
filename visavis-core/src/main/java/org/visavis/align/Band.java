package org.visavis.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the alignment matrix the search looks at: for each number {@code i} of source
 * sentences consumed, the numbers of target sentences {@code lo[i]..hi[i]} (inclusive) the path
 * may have reached. Both bounds never decrease, so the band is a monotone corridor from (0, 0) to
 * (rows, columns) and its area grows linearly with the documents.
 */
record Band(int rows, int columns, int[] lo, int[] hi) {

    /** A point the path is expected to pass near: i source and j target sentences consumed. */
    record Point(int i, int j) {
    }

    /** The whole matrix: for small inputs, where a band would only risk errors. */
    static Band full(int rows, int columns) {
        int[] lo = new int[rows + 1];
        int[] hi = new int[rows + 1];
        java.util.Arrays.fill(hi, columns);
        return new Band(rows, columns, lo, hi);
    }

    /**
     * A corridor around a monotone chain of points: row {@code i} may reach from {@code width}
     * below the last point at or before row {@code i - width} up to {@code width} beyond the first
     * point at or after row {@code i + width}; and never farther than {@code maxOffset} from the
     * straight line between the points around it (long stretches without points).
     */
    static Band around(int rows, int columns, List<Point> points, int width, int maxOffset) {
        List<Point> chain = new ArrayList<>();
        chain.add(new Point(0, 0));
        for (Point p : points) {
            Point last = chain.get(chain.size() - 1);
            if (p.i() > last.i() && p.j() > last.j() && p.i() < rows && p.j() < columns) {
                chain.add(p);
            }
        }
        chain.add(new Point(rows, columns));
        int[] lo = new int[rows + 1];
        int[] hi = new int[rows + 1];
        int before = 0; // index of the last chain point with i <= row - width
        int after = 0; // index of the first chain point with i >= row + width
        int around = 0; // index of the last chain point with i <= row
        for (int i = 0; i <= rows; i++) {
            while (before + 1 < chain.size() && chain.get(before + 1).i() <= i - width) {
                before++;
            }
            while (after < chain.size() - 1 && chain.get(after).i() < i + width) {
                after++;
            }
            while (around + 1 < chain.size() - 1 && chain.get(around + 1).i() <= i) {
                around++;
            }
            Point p = chain.get(around);
            Point q = chain.get(Math.min(around + 1, chain.size() - 1));
            double line = q.i() == p.i() ? p.j() : p.j() + (double) (q.j() - p.j()) * (i - p.i()) / (q.i() - p.i());
            lo[i] = Math.max(0, Math.max(chain.get(before).j() - width, (int) Math.floor(line - maxOffset)));
            hi[i] = Math.min(columns, Math.min(chain.get(after).j() + width, (int) Math.ceil(line + maxOffset)));
        }
        return repaired(rows, columns, lo, hi);
    }

    /** Makes the band start at (0, 0), end at (rows, columns), and keeps successive rows connected. */
    private static Band repaired(int rows, int columns, int[] lo, int[] hi) {
        lo[0] = 0;
        hi[rows] = columns;
        for (int i = 1; i <= rows; i++) {
            lo[i] = Math.max(lo[i], lo[i - 1]);
        }
        for (int i = rows - 1; i >= 0; i--) {
            hi[i] = Math.min(hi[i], hi[i + 1]);
        }
        for (int i = rows - 1; i >= 0; i--) {
            hi[i] = Math.max(hi[i], Math.min(lo[i + 1], columns));
        }
        for (int i = 0; i <= rows; i++) {
            lo[i] = Math.min(lo[i], hi[i]);
        }
        return new Band(rows, columns, lo, hi);
    }

    long cells() {
        long n = 0;
        for (int i = 0; i <= rows; i++) {
            n += hi[i] - lo[i] + 1;
        }
        return n;
    }

    /** The same band, twice as wide around its own middle. */
    Band widened(int extra) {
        int[] l = new int[rows + 1];
        int[] h = new int[rows + 1];
        for (int i = 0; i <= rows; i++) {
            l[i] = Math.max(0, lo[Math.max(0, i - extra)] - extra);
            h[i] = Math.min(columns, hi[Math.min(rows, i + extra)] + extra);
        }
        return repaired(rows, columns, l, h);
    }
}
