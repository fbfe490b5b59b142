package org.visavis.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds confident anchor points before any search: sentence pairs that share at least two linked
 * words rare around them (each occurring in at most {@code maxOccurrences} sentences of a window
 * around the diagonal on each side) and no other sentence of the window shares as many, then keeps
 * the longest chain of them that is monotone on both sides. Rarity is local so that a word
 * recurring over a long book (or a book repeated) still anchors its own chapter. One pass over
 * the words plus an n log n chain: the band the search runs in is built in linear time.
 */
final class RareWordAnchors {

    private final int maxOccurrences;

    RareWordAnchors(int maxOccurrences) {
        this.maxOccurrences = maxOccurrences;
    }

    /** Anchor points (i, j) = after source sentence i - 1 and target sentence j - 1, in order. */
    List<Band.Point> find(SideFeatures source, SideFeatures target, TypeLinks links) {
        int n = source.size;
        int m = target.size;
        // Local enough that a word recurring over a long book is rare in its own chapter, wide
        // enough for a long passage missing on one side.
        int window = Math.max(150, Math.min(1000, (n + m) / 32));
        // Centred on the chain of words rare in the whole of both documents rather than on the
        // diagonal: where one side lacks a long stretch (the last chapters of a translation), the
        // pairs drift off the diagonal by more than the window.
        int[] centers = centers(n, m, longestChain(candidates(source, target, links, Math.max(n, m) + 1)));
        return longestChain(candidates(source, target, links, window, centers));
    }

    /**
     * For each source sentence, the target sentence its window is centred on: on the straight
     * line between the points of {@code chain} around it (the diagonal where there are none).
     */
    static int[] centers(int n, int m, List<Band.Point> chain) {
        List<Band.Point> points = new ArrayList<>();
        points.add(new Band.Point(0, 0));
        for (Band.Point p : chain) {
            Band.Point last = points.get(points.size() - 1);
            if (p.i() > last.i() && p.j() > last.j() && p.i() < n && p.j() < m) {
                points.add(p);
            }
        }
        points.add(new Band.Point(n, m));
        int[] centers = new int[n];
        int k = 0;
        for (int s = 0; s < n; s++) {
            while (k + 2 < points.size() && points.get(k + 1).i() <= s) {
                k++;
            }
            Band.Point p = points.get(k);
            Band.Point q = points.get(k + 1);
            centers[s] = (int) (p.j() + (long) (q.j() - p.j()) * (s - p.i()) / (q.i() - p.i()));
        }
        return centers;
    }

    /**
     * The candidate pairs {source sentence, target sentence}, in source order, with rarity and
     * the target sentences looked at within {@code window} of the diagonal; a window as large as
     * the documents makes both global (for {@link TranslationCoverage}).
     */
    List<int[]> candidates(SideFeatures source, SideFeatures target, TypeLinks links, int window) {
        int n = source.size;
        int m = target.size;
        int[] diagonal = new int[n];
        for (int s = 0; s < n; s++) {
            diagonal[s] = (int) ((long) s * m / n);
        }
        return candidates(source, target, links, window, diagonal);
    }

    /** The same, the target window of source sentence s centred on {@code centers[s]}. */
    private List<int[]> candidates(SideFeatures source, SideFeatures target, TypeLinks links, int window,
            int[] centers) {
        int n = source.size;
        int m = target.size;
        int maxPostings = maxOccurrences * Math.max(8, 2 * (n + m) / window);
        int[][] targetPostings = postings(target, maxPostings);
        int[][] sourcePostings = postings(source, maxPostings);
        int[][] toTarget = links.sourceToTarget();
        int[] votes = new int[m];
        int[] sentenceStamp = new int[m];
        int[] wordStamp = new int[m];
        java.util.Arrays.fill(sentenceStamp, -1);
        java.util.Arrays.fill(wordStamp, -1);
        int[] seenType = new int[source.typeCount()];
        java.util.Arrays.fill(seenType, -1);
        List<int[]> candidates = new ArrayList<>();
        int[] touched = new int[m];
        int wordCounter = 0;
        for (int s = 0; s < n; s++) {
            int center = centers[s];
            int tFrom = center - window;
            int tTo = center + window;
            int sWindow = (int) ((long) window * n / Math.max(1, m)) + 1;
            int nTouched = 0;
            for (int w : source.words[s]) {
                if (seenType[w] == s || sourcePostings[w] == null
                        || within(sourcePostings[w], s - sWindow, s + sWindow) > maxOccurrences) {
                    continue;
                }
                seenType[w] = s;
                wordCounter++;
                for (int tt : toTarget[w]) {
                    int[] posting = targetPostings[tt];
                    if (posting == null || within(posting, tFrom, tTo) > maxOccurrences) {
                        continue;
                    }
                    for (int x = firstAtLeast(posting, tFrom); x < posting.length && posting[x] <= tTo; x++) {
                        int t = posting[x];
                        if (sentenceStamp[t] != s) {
                            sentenceStamp[t] = s;
                            votes[t] = 0;
                            touched[nTouched++] = t;
                        }
                        // One vote per source word and target sentence, however many links.
                        if (wordStamp[t] != wordCounter) {
                            wordStamp[t] = wordCounter;
                            votes[t]++;
                        }
                    }
                }
            }
            int best = -1;
            int second = 0;
            for (int x = 0; x < nTouched; x++) {
                int t = touched[x];
                if (best < 0 || votes[t] > votes[best]) {
                    second = best < 0 ? 0 : Math.max(second, votes[best]);
                    best = t;
                } else {
                    second = Math.max(second, votes[t]);
                }
            }
            if (best >= 0 && votes[best] >= 2 && votes[best] > second) {
                candidates.add(new int[] {s, best});
            }
        }
        return candidates;
    }

    private static int within(int[] sorted, int from, int to) {
        return firstAtLeast(sorted, to + 1) - firstAtLeast(sorted, from);
    }

    private static int firstAtLeast(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** For each type occurring in at most maxPostings sentences, those sentences in order. */
    private static int[][] postings(SideFeatures side, int maxPostings) {
        int[] count = side.documentFrequency;
        int[][] out = new int[side.typeCount()][];
        int[] seen = new int[side.typeCount()];
        java.util.Arrays.fill(seen, -1);
        int[] fill = new int[side.typeCount()];
        for (int t = 0; t < side.size; t++) {
            for (int w : side.words[t]) {
                if (count[w] > maxPostings || seen[w] == t) {
                    continue;
                }
                seen[w] = t;
                if (out[w] == null) {
                    out[w] = new int[count[w]];
                }
                out[w][fill[w]++] = t;
            }
        }
        return out;
    }

    /** Longest chain increasing on both sides (patience sorting), as points after each pair. */
    static List<Band.Point> longestChain(List<int[]> pairs) {
        int n = pairs.size();
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int x = 0; x < n; x++) {
            int t = pairs.get(x)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tailIndex[mid])[1] < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[x] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = x;
            if (lo == length) {
                length++;
            }
        }
        List<Band.Point> chain = new ArrayList<>();
        for (int x = length > 0 ? tailIndex[length - 1] : -1; x >= 0; x = previous[x]) {
            chain.add(new Band.Point(pairs.get(x)[0] + 1, pairs.get(x)[1] + 1));
        }
        java.util.Collections.reverse(chain);
        return chain;
    }
}
