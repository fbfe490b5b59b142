package org.visavis.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds confident anchor points before any search: sentence pairs that share at least two linked
 * rare words (each occurring in at most {@code maxOccurrences} sentences per side) and no other
 * sentence shares as many, then keeps the longest chain of them that is monotone on both sides.
 * One linear pass over the words plus an n log n chain, so the band the search runs in can be
 * built in linear time whatever the document sizes.
 */
final class RareWordAnchors {

    private final int maxOccurrences;

    RareWordAnchors(int maxOccurrences) {
        this.maxOccurrences = maxOccurrences;
    }

    /** Anchor points (i, j) = after source sentence i - 1 and target sentence j - 1, in order. */
    List<Band.Point> find(SideFeatures source, SideFeatures target, TypeLinks links) {
        int[][] postings = postings(target);
        int[][] toTarget = links.sourceToTarget();
        int[] votes = new int[target.size];
        int[] sentenceStamp = new int[target.size];
        int[] wordStamp = new int[target.size];
        Arrays.fill(sentenceStamp, -1);
        Arrays.fill(wordStamp, -1);
        int[] seenType = new int[source.typeCount()];
        Arrays.fill(seenType, -1);
        List<int[]> candidates = new ArrayList<>();
        int[] touched = new int[target.size];
        int wordCounter = 0;
        for (int s = 0; s < source.size; s++) {
            int nTouched = 0;
            for (int w : source.words[s]) {
                if (seenType[w] == s || source.documentFrequency[w] > maxOccurrences) {
                    continue;
                }
                seenType[w] = s;
                wordCounter++;
                for (int tt : toTarget[w]) {
                    if (postings[tt] == null) {
                        continue;
                    }
                    for (int t : postings[tt]) {
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
        return longestChain(candidates);
    }

    private int[][] postings(SideFeatures target) {
        int[] count = new int[target.typeCount()];
        int[] seen = new int[target.typeCount()];
        Arrays.fill(seen, -1);
        for (int t = 0; t < target.size; t++) {
            for (int w : target.words[t]) {
                if (seen[w] != t) {
                    seen[w] = t;
                    count[w]++;
                }
            }
        }
        int[][] out = new int[target.typeCount()][];
        Arrays.fill(seen, -1);
        int[] fill = new int[target.typeCount()];
        for (int t = 0; t < target.size; t++) {
            for (int w : target.words[t]) {
                if (count[w] > maxOccurrences || seen[w] == t) {
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
