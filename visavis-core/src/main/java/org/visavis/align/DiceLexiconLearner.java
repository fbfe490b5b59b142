package org.visavis.align;

import java.util.Arrays;
import java.util.List;
import org.visavis.model.Bead;

/**
 * Learns word translations from the document pair itself: over the beads a first pass found with
 * confidence, a source and a target word type that keep occurring in the same beads (Dice
 * coefficient {@code 2 c(s,t) / (c(s) + c(t))} at least {@code minDice}, together at least {@code
 * minTogether} times) are linked. Names, recurring terms and the translator's habits come out of
 * this even when no dictionary knows them.
 */
final class DiceLexiconLearner {

    private final double minDice;
    private final int minTogether;
    private final int maxPerWord;

    DiceLexiconLearner(double minDice, int minTogether, int maxPerWord) {
        this.minDice = minDice;
        this.minTogether = minTogether;
        this.maxPerWord = maxPerWord;
    }

    /** Adds the learned pairs to {@code links}; returns how many were new. */
    int learn(SideFeatures source, SideFeatures target, List<Bead> beads, TypeLinks links) {
        int[] sourceCount = new int[source.typeCount()];
        int[] targetCount = new int[target.typeCount()];
        long pairCount = 0;
        int[][] sourceSets = new int[beads.size()][];
        int[][] targetSets = new int[beads.size()][];
        for (int x = 0; x < beads.size(); x++) {
            Bead b = beads.get(x);
            sourceSets[x] = distinct(source, b.source());
            targetSets[x] = distinct(target, b.target());
            for (int w : sourceSets[x]) {
                sourceCount[w]++;
            }
            for (int w : targetSets[x]) {
                targetCount[w]++;
            }
            pairCount += (long) sourceSets[x].length * targetSets[x].length;
        }
        if (pairCount == 0 || pairCount > 200_000_000L) {
            return 0;
        }
        // Co-occurrences counted without a boxed hash map or a sort: the pairs bucketed by target
        // word, then (a second counting sort, stable) by source word, so that each source word's
        // bucket holds its beads' target words in increasing order (sorting the buckets took a
        // sixth of a second at 24,000 sentences a side).
        int types = source.typeCount();
        int[] start = new int[types + 1];
        int[] targetStart = new int[target.typeCount() + 1];
        for (int x = 0; x < beads.size(); x++) {
            for (int s : sourceSets[x]) {
                start[s + 1] += targetSets[x].length;
            }
            for (int t : targetSets[x]) {
                targetStart[t + 1] += sourceSets[x].length;
            }
        }
        for (int s = 0; s < types; s++) {
            start[s + 1] += start[s];
        }
        for (int t = 0; t < target.typeCount(); t++) {
            targetStart[t + 1] += targetStart[t];
        }
        int[] byTarget = new int[(int) pairCount];
        int[] nextOfTarget = Arrays.copyOf(targetStart, target.typeCount());
        for (int x = 0; x < beads.size(); x++) {
            for (int t : targetSets[x]) {
                for (int s : sourceSets[x]) {
                    byTarget[nextOfTarget[t]++] = s;
                }
            }
        }
        int[] cooccurring = new int[(int) pairCount];
        int[] next = Arrays.copyOf(start, types);
        for (int t = 0; t < target.typeCount(); t++) {
            for (int y = targetStart[t]; y < targetStart[t + 1]; y++) {
                cooccurring[next[byTarget[y]]++] = t;
            }
        }
        // Best candidates per source word, kept in small arrays; source words and their targets in increasing order.
        int[][] bestTarget = new int[types][];
        double[][] bestDice = new double[types][];
        for (int s = 0; s < types; s++) {
            for (int x = start[s]; x < start[s + 1]; ) {
                int y = x;
                while (y < start[s + 1] && cooccurring[y] == cooccurring[x]) {
                    y++;
                }
                int together = y - x;
                int t = cooccurring[x];
                double dice = 2.0 * together / (sourceCount[s] + targetCount[t]);
                if (together >= minTogether && dice >= minDice) {
                    keep(bestTarget, bestDice, s, t, dice);
                }
                x = y;
            }
        }
        int added = 0;
        for (int s = 0; s < bestTarget.length; s++) {
            if (bestTarget[s] == null) {
                continue;
            }
            for (int t : bestTarget[s]) {
                if (t >= 0 && !links.contains(s, t)) {
                    links.add(s, t);
                    added++;
                }
            }
        }
        return added;
    }

    private void keep(int[][] bestTarget, double[][] bestDice, int s, int t, double dice) {
        if (bestTarget[s] == null) {
            bestTarget[s] = new int[maxPerWord];
            bestDice[s] = new double[maxPerWord];
            Arrays.fill(bestTarget[s], -1);
        }
        int worst = 0;
        for (int k = 1; k < maxPerWord; k++) {
            if (bestDice[s][k] < bestDice[s][worst]) {
                worst = k;
            }
        }
        if (dice > bestDice[s][worst]) {
            bestDice[s][worst] = dice;
            bestTarget[s][worst] = t;
        }
    }

    private static int[] distinct(SideFeatures side, List<Integer> sentences) {
        return sentences.stream().flatMapToInt(i -> Arrays.stream(side.words[i])).distinct().toArray();
    }
}
