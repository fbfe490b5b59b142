package org.visavis.align;

import java.util.Arrays;

/**
 * For sentence pairs near the expected path, how many content words of the source sentence
 * have a linked word in the target sentence, and the reverse. Stored only for a band of target
 * sentences per source sentence so memory stays linear; pairs outside are computed on demand.
 */
final class PairMatches {

    private final SideFeatures source;
    private final SideFeatures target;
    private final int[][] links;
    private final int[] lo;
    private final int[] hi;
    private final int[] offset;
    private final short[] sourceMatches;
    private final short[] targetMatches;
    private final float[] sourceWeights;
    private final float[] targetWeights;
    private final double[] sourceSurprise;
    private final double[] targetSurprise;
    private float lastSourceWeight;
    private float lastTargetWeight;
    private long lastSourceMask;
    private long lastTargetMask;
    /** The pair {@link #onDemand} computed last, and its counts; -1: none. */
    private int lastS = -1;
    private int lastT = -1;
    private long lastBoth;
    private final long[] sourceMasks;
    private final long[] targetMasks;

    // Scratch space for one source sentence: per target type, a stamp and a slot of token bits.
    private final int[] stamp;
    private final int[] slot;
    private long[] bits = new long[64];
    private long[] acc = new long[1];
    private int current = -1;
    /** Stamps are per preparation, not per sentence: a sentence prepared again must start clean. */
    private int generation = -1;

    /** {@code lo[s]..hi[s]} (exclusive) are the target sentences kept for source sentence {@code s}. */
    PairMatches(SideFeatures source, SideFeatures target, TypeLinks typeLinks, double[] sourceSurprise,
            double[] targetSurprise, int[] lo, int[] hi) {
        this.sourceSurprise = sourceSurprise;
        this.targetSurprise = targetSurprise;
        this.source = source;
        this.target = target;
        this.links = typeLinks.sourceToTarget();
        this.lo = lo;
        this.hi = hi;
        this.stamp = new int[target.typeCount()];
        this.slot = new int[target.typeCount()];
        Arrays.fill(stamp, -1);
        offset = new int[source.size + 1];
        for (int s = 0; s < source.size; s++) {
            offset[s + 1] = offset[s] + Math.max(0, hi[s] - lo[s]);
        }
        sourceMatches = new short[offset[source.size]];
        targetMatches = new short[offset[source.size]];
        sourceWeights = new float[offset[source.size]];
        targetWeights = new float[offset[source.size]];
        sourceMasks = new long[offset[source.size]];
        targetMasks = new long[offset[source.size]];
        for (int s = 0; s < source.size; s++) {
            prepare(s);
            for (int t = lo[s]; t < hi[s]; t++) {
                long both = compute(s, t);
                sourceMatches[offset[s] + t - lo[s]] = (short) (both >>> 32);
                targetMatches[offset[s] + t - lo[s]] = (short) both;
                sourceWeights[offset[s] + t - lo[s]] = lastSourceWeight;
                targetWeights[offset[s] + t - lo[s]] = lastTargetWeight;
                sourceMasks[offset[s] + t - lo[s]] = lastSourceMask;
                targetMasks[offset[s] + t - lo[s]] = lastTargetMask;
            }
        }
    }

    int sourceMatches(int s, int t) {
        if (t >= lo[s] && t < hi[s]) {
            return sourceMatches[offset[s] + t - lo[s]];
        }
        return (int) (onDemand(s, t) >>> 32);
    }

    int targetMatches(int s, int t) {
        if (t >= lo[s] && t < hi[s]) {
            return targetMatches[offset[s] + t - lo[s]];
        }
        return (int) onDemand(s, t);
    }

    double[] sourceSurprise() {
        return sourceSurprise;
    }

    double[] targetSurprise() {
        return targetSurprise;
    }

    /** The summed surprise of the source words of s matched in t. */
    double sourceWeight(int s, int t) {
        if (t >= lo[s] && t < hi[s]) {
            return sourceWeights[offset[s] + t - lo[s]];
        }
        onDemand(s, t);
        return lastSourceWeight;
    }

    double targetWeight(int s, int t) {
        if (t >= lo[s] && t < hi[s]) {
            return targetWeights[offset[s] + t - lo[s]];
        }
        onDemand(s, t);
        return lastTargetWeight;
    }

    /** Which of the first 64 content words of source sentence s have a link in t (bit k: word k). */
    long sourceMask(int s, int t) {
        if (t >= lo[s] && t < hi[s]) {
            return sourceMasks[offset[s] + t - lo[s]];
        }
        onDemand(s, t);
        return lastSourceMask;
    }

    /** {@code sourceMask(s, t) | ... | sourceMask(s, t + b - 1)}: the words of s linked in any of the b sentences from t. */
    long sourceMaskUnion(int s, int t, int b) {
        long mask = 0;
        if (t >= lo[s] && t + b <= hi[s]) {
            int at = offset[s] + t - lo[s];
            for (int x = at; x < at + b; x++) {
                mask |= sourceMasks[x];
            }
            return mask;
        }
        for (int j = t; j < t + b; j++) {
            mask |= sourceMask(s, j);
        }
        return mask;
    }

    /** {@code targetMask(s, t) | ... | targetMask(s + a - 1, t)}: the words of t linked in any of the a sentences from s. */
    long targetMaskUnion(int s, int a, int t) {
        long mask = 0;
        for (int i = s; i < s + a; i++) {
            mask |= t >= lo[i] && t < hi[i] ? targetMasks[offset[i] + t - lo[i]] : targetMask(i, t);
        }
        return mask;
    }

    /** Which of the first 64 content words of target sentence t have a link in s. */
    long targetMask(int s, int t) {
        if (t >= lo[s] && t < hi[s]) {
            return targetMasks[offset[s] + t - lo[s]];
        }
        onDemand(s, t);
        return lastTargetMask;
    }

    /**
     * {@link #compute} of a pair outside the kept band, with its weights and masks in the last*
     * fields; the pair computed last is kept, as its counts, weights and masks are usually asked
     * for one after the other (the check of one-sided beads reads all of them off the band).
     */
    private long onDemand(int s, int t) {
        if (s != lastS || t != lastT) {
            prepare(s);
            lastBoth = compute(s, t);
            lastS = s;
            lastT = t;
        }
        return lastBoth;
    }

    /** Marks, for each target type linked from sentence s, which of s's words link to it. */
    private void prepare(int s) {
        if (current == s) {
            return;
        }
        current = s;
        generation++;
        int[] ws = source.words[s];
        int words = (ws.length + 63) / 64;
        if (acc.length < words) {
            acc = new long[words];
        }
        int slots = 0;
        for (int p = 0; p < ws.length; p++) {
            for (int tt : links[ws[p]]) {
                if (stamp[tt] != generation) {
                    stamp[tt] = generation;
                    slot[tt] = slots++;
                    if ((long) slots * words > bits.length) {
                        bits = Arrays.copyOf(bits, (int) Math.max(bits.length * 2L, (long) slots * words));
                    }
                    // (loops, not Arrays.fill: the quick JIT calls that, for one or two longs)
                    for (int w = slot[tt] * words; w < slot[tt] * words + words; w++) {
                        bits[w] = 0;
                    }
                }
                bits[slot[tt] * words + p / 64] |= 1L << (p % 64);
            }
        }
    }

    /** Source matches in the high half, target matches in the low half. */
    private long compute(int s, int t) {
        int words = (source.words[s].length + 63) / 64;
        for (int w = 0; w < words; w++) {
            acc[w] = 0;
        }
        int targetHits = 0;
        double targetWeight = 0;
        long targetMask = 0;
        int[] targetWords = target.words[t];
        for (int p = 0; p < targetWords.length; p++) {
            int tt = targetWords[p];
            if (stamp[tt] == generation) {
                targetHits++;
                if (p < 64) {
                    targetMask |= 1L << p;
                }
                targetWeight += targetSurprise[tt];
                int base = slot[tt] * words;
                for (int w = 0; w < words; w++) {
                    acc[w] |= bits[base + w];
                }
            }
        }
        int sourceHits = 0;
        double sourceWeight = 0;
        int[] ws = source.words[s];
        for (int w = 0; w < words; w++) {
            long bits = acc[w];
            sourceHits += Long.bitCount(bits);
            while (bits != 0) {
                int b = LowestBit.index(bits);
                sourceWeight += sourceSurprise[ws[w * 64 + b]];
                bits &= bits - 1;
            }
        }
        lastSourceMask = words > 0 ? acc[0] : 0;
        lastTargetMask = targetMask;
        lastSourceWeight = (float) sourceWeight;
        lastTargetWeight = (float) targetWeight;
        return ((long) Math.min(sourceHits, Short.MAX_VALUE) << 32) | Math.min(targetHits, Short.MAX_VALUE);
    }
}
