package org.visavis.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds which stretch of each document has a counterpart in the other, before any alignment:
 * sentence pairs sharing at least {@link #MIN_SHARED} linked words rare in the whole of both
 * documents (each in at most {@link #MAX_OCCURRENCES} sentences), with no other sentence sharing
 * as many, and the longest chain of them monotone on both sides. Unlike {@link RareWordAnchors},
 * nothing assumes the documents run in parallel from start to end: the French of the first third
 * of an English book chains along the first third, and two unrelated texts chain hardly at all.
 */
final class CoverageFinder {

    /** A word occurring in more sentences than this, on either side, is not used. */
    static final int MAX_OCCURRENCES = 3;

    /** Rare linked words a candidate pair must share. */
    static final int MIN_SHARED = 2;

    private CoverageFinder() {
    }

    /** The candidate pairs {source sentence, target sentence}, in source order. */
    static List<int[]> candidates(SideFeatures source, SideFeatures target, TypeLinks links) {
        int m = target.size;
        int[][] targetPostings = postings(target);
        int[][] toTarget = links.sourceToTarget();
        int[] votes = new int[m];
        int[] sentenceStamp = new int[m];
        int[] wordStamp = new int[m];
        java.util.Arrays.fill(sentenceStamp, -1);
        java.util.Arrays.fill(wordStamp, -1);
        int[] seenType = new int[source.typeCount()];
        java.util.Arrays.fill(seenType, -1);
        int[] touched = new int[m];
        List<int[]> candidates = new ArrayList<>();
        int wordCounter = 0;
        for (int s = 0; s < source.size; s++) {
            int nTouched = 0;
            for (int w : source.words[s]) {
                if (seenType[w] == s || source.documentFrequency[w] > MAX_OCCURRENCES) {
                    continue;
                }
                seenType[w] = s;
                wordCounter++;
                for (int tt : toTarget[w]) {
                    int[] posting = targetPostings[tt];
                    if (posting == null) {
                        continue;
                    }
                    for (int t : posting) {
                        if (sentenceStamp[t] != s) {
                            sentenceStamp[t] = s;
                            votes[t] = 0;
                            touched[nTouched++] = t;
                        }
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
            if (best >= 0 && votes[best] >= MIN_SHARED && votes[best] > second) {
                candidates.add(new int[] {s, best});
            }
        }
        return candidates;
    }

    /** For each type in at most MAX_OCCURRENCES sentences, those sentences. */
    private static int[][] postings(SideFeatures side) {
        int[][] out = new int[side.typeCount()][];
        int[] fill = new int[side.typeCount()];
        int[] seen = new int[side.typeCount()];
        java.util.Arrays.fill(seen, -1);
        for (int t = 0; t < side.size; t++) {
            for (int w : side.words[t]) {
                int df = side.documentFrequency[w];
                if (df > MAX_OCCURRENCES || seen[w] == t) {
                    continue;
                }
                seen[w] = t;
                if (out[w] == null) {
                    out[w] = new int[df];
                }
                out[w][fill[w]++] = t;
            }
        }
        return out;
    }
}
