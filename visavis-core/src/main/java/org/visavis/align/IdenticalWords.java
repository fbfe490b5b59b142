package org.visavis.align;

import java.util.List;
import java.util.Locale;
import org.visavis.model.Bead;
import org.visavis.model.BeadShape;

/**
 * Rare words written the same on both sides (the names, numbers and codes of a passage:
 * "Skardu", "Cambridge", "debsums") go with their sentence into the translation far more reliably
 * than other words find a translation the lexicon knows: in the confident 1-1 beads of the first
 * pass of Text+Berg 91 % of them are matched against 46 % of all content words, in Vingt mille
 * lieues 90 % against 62 %, in Candide 84 % against 55 %. The word scorer charges every unmatched
 * word alike; a bead that leaves one of these unmatched is charged more, a weight ({@link
 * AlignerOptions#IDENTICAL_MISS_WEIGHT}) times the
 * log ratio of their miss rate to the other words' ({@code log((1 - carried) / (1 - translated))}).
 * So "Cambridge" at the end of a German sentence and in the next French one makes the two beads
 * around it one (a 3-2 of Text+Berg's gold, given as 1-1 + 2-1 before). They are counted one to
 * one: the same word written twice on one side and once on the other leaves one of the two
 * unmatched, whichever bead holds them. 1-0 and 0-1 beads are not charged: a table full of package
 * names that a PDF placed elsewhere in each language must not outweigh the paragraph paired beside
 * it (charging them, the Debian Reference's PDFs lost seven right 1-1 beads to such a table).
 *
 * <p>Fitted to the document pair on the first pass's confident 1-1 beads. A word counts when
 * it and the same string on the other side each occur in at most {@link #MAX_SENTENCES}
 * sentences: a main character's name ("Alice", "Candide") is as often a pronoun in the
 * translation, and as often matched by the neighbouring sentence. With fewer than {@link
 * #MIN_WORDS} such words in the confident beads on a side, or no more reliably carried than the
 * other words, that side is not charged.
 */
final class IdenticalWords {

    /**
     * The most sentences a word and its identical counterpart may occur in (each on its side). On
     * dev, 4 and 5 give the same figures, 7 and 10 the novels' and 0.914-0.917 on textberg-dev;
     * without a limit a word repeated through a chapter ("configuration", "USB") draws the
     * neighbouring sentence into 2-2 beads on real manuals.
     */
    static final int MAX_SENTENCES = 5;

    /** The fewest such words in the confident beads for a side to be charged. */
    static final int MIN_WORDS = 30;

    /** Per sentence, which of its first 64 content words are rare identical words. */
    private final long[] sourceMasks;
    private final long[] targetMasks;
    /** Prefix sums of the masks' bits: sourceCounts[i] = such words in sentences [0, i). */
    private final int[] sourceCounts;
    private final int[] targetCounts;
    /** The score of one such word left unmatched, per side (0 or less). */
    final double sourceMiss;
    final double targetMiss;

    IdenticalWords(long[] sourceMasks, long[] targetMasks, double sourceMiss, double targetMiss) {
        this.sourceMasks = sourceMasks;
        this.targetMasks = targetMasks;
        this.sourceCounts = prefix(sourceMasks);
        this.targetCounts = prefix(targetMasks);
        this.sourceMiss = sourceMiss;
        this.targetMiss = targetMiss;
    }

    /**
     * The rare identical words of both sides and what a miss costs, from the confident ({@code >=
     * confident}) 1-1 beads of {@code firstPass}, where content words are matched with probability
     * {@code translated}.
     */
    static IdenticalWords fit(SideFeatures source, SideFeatures target, TypeLinks links, PairMatches matches,
            List<Bead> firstPass, double confident, double translated, double weight) {
        long[] sm = masks(source, links.sourceIdentical());
        long[] tm = masks(target, links.targetIdentical());
        long[] carried = new long[2];
        long[] total = new long[2];
        for (Bead b : firstPass) {
            if (b.shape().equals(BeadShape.ONE_ONE) && b.confidence() >= confident) {
                int s = b.source().get(0);
                int t = b.target().get(0);
                if (sm[s] != 0) {
                    total[0] += Long.bitCount(sm[s]);
                    carried[0] += Long.bitCount(sm[s] & matches.sourceMask(s, t));
                }
                if (tm[t] != 0) {
                    total[1] += Long.bitCount(tm[t]);
                    carried[1] += Long.bitCount(tm[t] & matches.targetMask(s, t));
                }
            }
        }
        IdenticalWords out = new IdenticalWords(sm, tm, miss(carried[0], total[0], translated, weight),
                miss(carried[1], total[1], translated, weight));
        LengthLexicalAligner.LOG.log(System.Logger.Level.DEBUG, () -> String.format(Locale.ROOT,
                "rare identical words matched in the confident 1-1 beads: source %d of %d, target %d of %d "
                        + "(content words: %.2f); %s", carried[0], total[0], carried[1], total[1], translated, out));
        return out;
    }

    /**
     * {@code weight} times log((1 - carried) / (1 - translated)), the share carried add-one
     * smoothed; 0 with fewer than {@link #MIN_WORDS} words or a share no higher than {@code
     * translated}.
     */
    static double miss(long carried, long total, double translated, double weight) {
        if (total < MIN_WORDS) {
            return 0;
        }
        double rate = Math.min(0.98, (carried + 1.0) / (total + 2.0));
        return rate > translated && weight > 0 ? weight * Math.log((1 - rate) / (1 - translated)) : 0;
    }

    /** Whether any miss costs something. */
    boolean charges() {
        return sourceMiss < 0 || targetMiss < 0;
    }

    /**
     * The score of the rare identical words that source sentences [s, s + a) and target sentences
     * [t, t + b) leave unmatched: on each side those without a link in the other (by {@code
     * matches}), or, if more, as many as that side has beyond the other's.
     */
    double misses(PairMatches matches, int s, int a, int t, int b) {
        int sourceCount = sourceCounts[s + a] - sourceCounts[s];
        int targetCount = targetCounts[t + b] - targetCounts[t];
        if (sourceCount == 0 && targetCount == 0) {
            return 0;
        }
        int sourceMissed = Math.max(0, sourceCount - targetCount);
        int targetMissed = Math.max(0, targetCount - sourceCount);
        if (sourceCount > sourceMissed) {
            int unmatched = 0;
            for (int i = s; i < s + a; i++) {
                if (sourceMasks[i] != 0) {
                    unmatched += Long.bitCount(sourceMasks[i] & ~matches.sourceMaskUnion(i, t, b));
                }
            }
            sourceMissed = Math.max(sourceMissed, unmatched);
        }
        if (targetCount > targetMissed) {
            int unmatched = 0;
            for (int j = t; j < t + b; j++) {
                if (targetMasks[j] != 0) {
                    unmatched += Long.bitCount(targetMasks[j] & ~matches.targetMaskUnion(s, a, j));
                }
            }
            targetMissed = Math.max(targetMissed, unmatched);
        }
        return sourceMissed * sourceMiss + targetMissed * targetMiss;
    }

    /** Per sentence, the bits of its first 64 content words whose type occurs, as its identical counterparts do, in at most {@link #MAX_SENTENCES} sentences. */
    private static long[] masks(SideFeatures side, int[] identicalSentences) {
        long[] out = new long[side.size];
        for (int i = 0; i < side.size; i++) {
            int[] ws = side.words[i];
            for (int k = 0; k < Math.min(64, ws.length); k++) {
                int sentences = identicalSentences[ws[k]];
                if (sentences > 0 && sentences <= MAX_SENTENCES) {
                    out[i] |= 1L << k;
                }
            }
        }
        return out;
    }

    private static int[] prefix(long[] masks) {
        int[] out = new int[masks.length + 1];
        for (int i = 0; i < masks.length; i++) {
            out[i + 1] = out[i] + Long.bitCount(masks[i]);
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "IdenticalWords[sourceMiss=%.2f, targetMiss=%.2f, words=%d/%d]",
                sourceMiss, targetMiss, sourceCounts[sourceCounts.length - 1], targetCounts[targetCounts.length - 1]);
    }
}
