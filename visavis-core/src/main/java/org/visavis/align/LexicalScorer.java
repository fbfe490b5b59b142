package org.visavis.align;

/**
 * Lexical evidence: how many content words of each side find a linked word on the other side.
 * Each word counts as a log-likelihood ratio between "the bead is a translation" (a word is
 * matched with probability {@code p1}, plus chance) and "the sentences are unrelated" (matched by
 * chance only, probability {@code 1 - (1 - q)^n} against {@code n} words on the other side). Both
 * probabilities are estimated on the document pair itself. 1-0 and 0-1 beads score 0.
 */
final class LexicalScorer implements BeadScorer {

    private static final int TABLE = 1024;

    /**
     * Under "unrelated", the chance that a word is matched is taken against {@code other^share *
     * average^(1 - share)} words of the other side, where {@code other} is the bead's and {@code
     * average} the document's words per sentence. With the bead's own size in full (share 1), the
     * chance grows with each sentence a bead takes in, so the same matched words weigh less in a
     * 2-2 bead than in two 1-1 beads, and sentences whose translations cross a boundary were split
     * into wrong 1-1 beads; with the average alone (share 0), paths of different shapes are
     * compared on one scale, but long sentences match by chance more than it allows. 0.6 was best
     * on the development benchmarks (strict F1 of the novels 0.957 to 0.965, textberg-dev 0.873 to
     * 0.891; 0.5 gives 0.960 and 0.894, 0.7 0.965 and 0.879).
     */
    static final double BEAD_SIZE_SHARE = 0.6;

    private final SideFeatures source;
    private final SideFeatures target;
    private final PairMatches matches;
    private final double weight;
    private final double[] logChance = new double[TABLE];
    private final double[] logChanceMiss = new double[TABLE];
    private final double[] logHigh = new double[TABLE];
    private final double[] logHighMiss = new double[TABLE];
    private final double[] logLow = new double[TABLE];
    private final double[] logLowMiss = new double[TABLE];
    private final double logHighWeight;
    private final double logLowWeight;

    private final double rarity;
    private final double logNeighbour;
    private final ChanceSizes sourceSizes;
    private final ChanceSizes targetSizes;
    private static final double LOG_HIGHEST_CHANCE = Math.log(0.95);

    private final double[] sourceSurprise;
    private final double[] targetSurprise;
    /** What misses of rare identical words cost ({@link IdenticalWords}); null: nothing. */
    private final IdenticalWords identical;

    LexicalScorer(SideFeatures source, SideFeatures target, PairMatches matches, LexicalModel model, double weight) {
        this(source, target, matches, model, weight, null);
    }

    /** With the misses of rare identical words charged as {@code identical} says (null, or charging nothing: not charged). */
    LexicalScorer(SideFeatures source, SideFeatures target, PairMatches matches, LexicalModel model, double weight,
            IdenticalWords identical) {
        this.identical = identical != null && identical.charges() ? identical : null;
        this.sourceSurprise = matches.sourceSurprise();
        this.targetSurprise = matches.targetSurprise();
        this.rarity = model.rarity();
        this.logNeighbour = Math.log(model.neighbourFactor());
        this.sourceSizes = ChanceSizes.of(average(source));
        this.targetSizes = ChanceSizes.of(average(target));
        this.source = source;
        this.target = target;
        this.matches = matches;
        this.weight = weight;
        logHighWeight = Math.log(1 - model.paraphraseShare());
        logLowWeight = Math.log(model.paraphraseShare());
        for (int n = 1; n < TABLE; n++) {
            double chance = Math.min(0.95, 1 - Math.pow(1 - model.chance(), n));
            double high = Math.max(chance + 1e-3, Math.min(0.99, 1 - (1 - model.translated()) * (1 - chance)));
            double low = Math.max(chance + 1e-3, Math.min(0.99, 1 - (1 - model.translated() / 3) * (1 - chance)));
            logChance[n] = Math.log(chance);
            logChanceMiss[n] = Math.log(1 - chance);
            logHigh[n] = Math.log(high);
            logHighMiss[n] = Math.log(1 - high);
            logLow[n] = Math.log(low);
            logLowMiss[n] = Math.log(1 - low);
        }
    }

    /**
     * Match probabilities: of a word in a translation, and of a pair of words by chance. Freer
     * translations (a share {@code paraphraseShare} of them) match a third as often: without
     * them, a loosely translated sentence would look like no translation at all.
     */
    record LexicalModel(double translated, double chance, double paraphraseShare, double rarity,
            double neighbourFactor) {
    }

    private static double surprise(long mask, int[] words, double[] surprise) {
        double sum = 0;
        while (mask != 0) {
            sum += surprise[words[LowestBit.index(mask)]];
            mask &= mask - 1;
        }
        return sum;
    }

    private static double average(SideFeatures side) {
        long words = 0;
        for (int i = 0; i < side.size; i++) {
            words += side.wordCount(i);
        }
        return Math.max(1, (double) words / Math.max(1, side.size));
    }

    @Override
    public boolean scoresOneSided() {
        return false;
    }

    @Override
    public double score(int s, int a, int t, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        int ns = 0;
        int ms = 0;
        double ws = 0;
        for (int i = s; i < s + a; i++) {
            int n = source.wordCount(i);
            ns += n;
            if (b > 1 && n <= 64) {
                // Exact: a word matched in two target sentences counts once.
                long mask = matches.sourceMaskUnion(i, t, b);
                ms += Long.bitCount(mask);
                ws += rarity > 0 ? surprise(mask, source.words[i], sourceSurprise) : 0;
                continue;
            }
            int m = 0;
            double w = 0;
            for (int j = t; j < t + b; j++) {
                m += matches.sourceMatches(i, j);
                if (rarity > 0) {
                    w += matches.sourceWeight(i, j);
                }
            }
            if (m > n) {
                w = w * n / m;
            }
            ms += Math.min(n, m);
            ws += w;
        }
        int nt = 0;
        int mt = 0;
        double wt = 0;
        for (int j = t; j < t + b; j++) {
            int n = target.wordCount(j);
            nt += n;
            if (a > 1 && n <= 64) {
                long mask = matches.targetMaskUnion(s, a, j);
                mt += Long.bitCount(mask);
                wt += rarity > 0 ? surprise(mask, target.words[j], targetSurprise) : 0;
                continue;
            }
            int m = 0;
            double w = 0;
            for (int i = s; i < s + a; i++) {
                m += matches.targetMatches(i, j);
                if (rarity > 0) {
                    w += matches.targetWeight(i, j);
                }
            }
            if (m > n) {
                w = w * n / m;
            }
            mt += Math.min(n, m);
            wt += w;
        }
        double misses = identical == null ? 0 : identical.misses(matches, s, a, t, b);
        if (ns == 0 || nt == 0) {
            return misses;
        }
        return weight * (ratio(ms, ns, Math.min(TABLE - 1, nt), ws, targetSizes)
                + ratio(mt, nt, Math.min(TABLE - 1, ns), wt, sourceSizes)) + misses;
    }

    /**
     * One half of a 1-1 score: the evidence that the content words of source sentence {@code s}
     * are translated in target sentence {@code t} (or, with {@code fromSource} false, those of
     * {@code t} in {@code s}), whatever the other sentence holds besides. A sentence that is part
     * of a longer one's translation scores high here and low on the full 1-1 score; 0 when the
     * sentence has no content words.
     */
    double contained(boolean fromSource, int s, int t) {
        int ns = source.wordCount(s);
        int nt = target.wordCount(t);
        if (ns == 0 || nt == 0) {
            return 0;
        }
        if (fromSource) {
            double w = rarity > 0 ? matches.sourceWeight(s, t) : 0;
            return weight * ratio(Math.min(ns, matches.sourceMatches(s, t)), ns, Math.min(TABLE - 1, nt), w,
                    targetSizes);
        }
        double w = rarity > 0 ? matches.targetWeight(s, t) : 0;
        return weight * ratio(Math.min(nt, matches.targetMatches(s, t)), nt, Math.min(TABLE - 1, ns), w,
                sourceSizes);
    }

    /**
     * Log-likelihood ratio of m matched words out of n against `other` words: translation or
     * chance. Under chance, each matched word has its own probability (its surprise, summed in
     * {@code surprise}), blended with the average one by {@code rarity}; both against the other
     * side's size as {@code sizes} gives it.
     */
    private double ratio(int m, int n, int other, double surprise, ChanceSizes sizes) {
        double high = logHighWeight + m * logHigh[other] + (n - m) * logHighMiss[other];
        double low = logLowWeight + m * logLow[other] + (n - m) * logLowMiss[other];
        double translated = LogSum.add(high, low);
        int chanceOther = sizes.size[other];
        double matchedChance = m * logChance[chanceOther];
        if (rarity > 0 && m > 0) {
            // (a comparison, not Math.min: the search's compiled code calls that one, at every bead)
            double highest = m * LOG_HIGHEST_CHANCE;
            double perWord = -surprise + m * (logNeighbour + sizes.logShare[other]);
            if (highest <= perWord) {
                perWord = highest;
            }
            matchedChance = (1 - rarity) * matchedChance + rarity * perWord;
        }
        return translated - (matchedChance + (n - m) * logChanceMiss[chanceOther]);
    }

    /**
     * For each count of words on the other side of a bead, the count that its chance of a match is
     * taken against ({@link #BEAD_SIZE_SHARE}) and the log of that count over the document's
     * average.
     */
    private record ChanceSizes(int[] size, double[] logShare) {
        static ChanceSizes of(double average) {
            int[] size = new int[TABLE];
            double[] logShare = new double[TABLE];
            for (int other = 1; other < TABLE; other++) {
                size[other] = (int) Math.max(1, Math.min(TABLE - 1,
                        Math.round(Math.pow(other, BEAD_SIZE_SHARE) * Math.pow(average, 1 - BEAD_SIZE_SHARE))));
                logShare[other] = Math.log(size[other] / average);
            }
            return new ChanceSizes(size, logShare);
        }
    }

    /** Matched words over all words, for a bead. Used to estimate {@link LexicalModel}. */
    static long[] matchedAndTotal(SideFeatures source, SideFeatures target, PairMatches matches, int s, int t) {
        return new long[] {matches.sourceMatches(s, t) + (long) matches.targetMatches(s, t),
            source.wordCount(s) + (long) target.wordCount(t)};
    }
}
