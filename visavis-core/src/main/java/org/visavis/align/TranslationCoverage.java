package org.visavis.align;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.visavis.model.Bead;
import org.visavis.model.Language;

/**
 * Which stretch of each document has a counterpart in the other, found before aligning from the
 * rare words they share in order: sentence pairs sharing two or more linked words rare in the
 * whole of both documents (in at most {@link #MAX_OCCURRENCES} sentences), no other sentence
 * sharing as many ({@link RareWordAnchors} with a window as large as the documents), and the
 * longest chain of them monotone on both sides. Nothing assumes the documents run in parallel from
 * start to end: the French of the first third of an English book chains along that third, two
 * unrelated texts hardly at all. The stretches: all of both for a text and its translation; the
 * first third of the English for the French of its first chapters. Stretches are
 * half-open sentence ranges. {@code partialWarning} words it for a person ("the French covers 34 %
 * of the English: sentences 1–600"); {@code refusal} says, after aligning, whether the documents
 * look like translations of each other at all.
 *
 * @param pairs the sentence pairs that share rare words and lie on one monotone chain in step
 *     with their neighbours: the evidence that the texts run in parallel
 */
public record TranslationCoverage(int sourceSize, int targetSize, int pairs, int sourceFrom, int sourceTo,
        int targetFrom, int targetTo) {

    /** A word in more sentences than this, on either side, does not count as rare. */
    static final int MAX_OCCURRENCES = 3;

    /** A document with less than this share of it covered is only partly translated. */
    public static final double PARTIAL_SHARE = 0.8;

    /** The fewest chained pairs from which a partial coverage is believed. */
    static final int MIN_PAIRS = 3;

    /**
     * Chained pairs this close to a document's start or end (a share of its sentences, at least
     * {@link #MIN_EDGE} sentences) count as reaching it: the first shared rare word may come a
     * few sentences in.
     */
    static final double EDGE_SHARE = 0.1;

    static final int MIN_EDGE = 10;

    /**
     * Below this share of confident pairs (1-1 and larger beads at {@link #CONFIDENT} or more,
     * over the smaller side of the aligned stretch), the documents are not translations: on
     * unrelated chapters of one manual it is 0 to 4 %, on translated novels and manuals 58 to
     * 100 %.
     */
    public static final double MIN_CONFIDENT_SHARE = 0.2;

    static final double CONFIDENT = 0.9;

    /** Documents shorter than this (in sentences) are never refused: too little to judge. */
    static final int MIN_SENTENCES_TO_JUDGE = 10;

    /** The chain of candidate pairs {source sentence, target sentence}, kept where in step. */
    static TranslationCoverage of(int n, int m, List<int[]> candidates) {
        List<Band.Point> chain = RareWordAnchors.longestChain(candidates);
        int k = chain.size();
        int inStep = 0;
        int first = -1;
        int last = -1;
        for (int x = 0; x < k; x++) {
            if ((x > 0 && inStep(chain.get(x - 1), chain.get(x))) || (x + 1 < k && inStep(chain.get(x), chain.get(x + 1)))) {
                inStep++;
                first = first < 0 ? x : first;
                last = x;
            }
        }
        if (inStep < MIN_PAIRS) {
            return new TranslationCoverage(n, m, inStep, 0, n, 0, m);
        }
        Band.Point a = chain.get(first);
        Band.Point b = chain.get(last);
        // Points are after each pair: the pair itself is (i - 1, j - 1).
        return new TranslationCoverage(n, m, inStep, reachStart(a.i() - 1, n), reachEnd(b.i(), n),
                reachStart(a.j() - 1, m), reachEnd(b.j(), m));
    }

    /** Two successive pairs advance about as far on both sides. */
    private static boolean inStep(Band.Point p, Band.Point q) {
        int di = q.i() - p.i();
        int dj = q.j() - p.j();
        return Math.abs(di - dj) <= 2 + 0.25 * Math.max(di, dj);
    }

    private static int edge(int size) {
        return Math.max(MIN_EDGE, (int) Math.ceil(EDGE_SHARE * size));
    }

    private static int reachStart(int from, int size) {
        return from <= edge(size) ? 0 : from;
    }

    private static int reachEnd(int to, int size) {
        return size - to <= edge(size) ? size : to;
    }

    public double sourceShare() {
        return sourceSize == 0 ? 1 : (double) (sourceTo - sourceFrom) / sourceSize;
    }

    public double targetShare() {
        return targetSize == 0 ? 1 : (double) (targetTo - targetFrom) / targetSize;
    }

    /** One side covers only part of the other. */
    public boolean isPartial() {
        return pairs >= MIN_PAIRS && (sourceShare() < PARTIAL_SHARE || targetShare() < PARTIAL_SHARE);
    }

    /**
     * The stretches to align, widened by {@link #EDGE_SHARE} of their length on the partly covered
     * side (the last shared rare word may come before the end of what is translated), as {sourceFrom,
     * sourceTo, targetFrom, targetTo}.
     */
    int[] widenedStretches() {
        int sw = (int) Math.ceil(EDGE_SHARE * (sourceTo - sourceFrom)) + MIN_EDGE;
        int tw = (int) Math.ceil(EDGE_SHARE * (targetTo - targetFrom)) + MIN_EDGE;
        return new int[] {Math.max(0, sourceFrom - sw), Math.min(sourceSize, sourceTo + sw),
            Math.max(0, targetFrom - tw), Math.min(targetSize, targetTo + tw)};
    }

    /**
     * For a partial coverage, e.g. "the French covers 34% of the English: sentences 1–600;
     * only those are aligned, the others are left unpaired".
     */
    public Optional<String> partialWarning(Language source, Language target) {
        if (!isPartial()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        if (targetShare() < PARTIAL_SHARE) {
            sb.append(covers(source, target, targetShare(), targetFrom, targetTo));
        }
        if (sourceShare() < PARTIAL_SHARE) {
            sb.append(sb.length() > 0 ? "; " : "").append(covers(target, source, sourceShare(), sourceFrom, sourceTo));
        }
        return Optional.of(sb + "; the rest is left unpaired");
    }

    private static String covers(Language by, Language of, double share, int from, int to) {
        return String.format(Locale.ROOT, "the %s covers %d%% of the %s: sentences %d–%d", name(by),
                Math.round(share * 100), name(of), from + 1, to);
    }

    private static String name(Language l) {
        String n = new Locale(l.code()).getDisplayLanguage(Locale.ENGLISH);
        return n.isEmpty() ? l.code() : n;
    }

    /**
     * Whether the aligned {@code beads} show the documents are not translations of each other,
     * and the evidence: e.g. "2 confident sentence pairs for 117 sentences, where a translation has
     * most of them; 3 pairs of sentences sharing rare words in order".
     */
    public Optional<String> refusal(List<Bead> beads) {
        int[] s = isPartial() ? widenedStretches() : new int[] {0, sourceSize, 0, targetSize};
        int smaller = Math.min(s[1] - s[0], s[3] - s[2]);
        if (Math.min(sourceSize, targetSize) < MIN_SENTENCES_TO_JUDGE || smaller == 0) {
            return Optional.empty();
        }
        long confident = beads.stream().filter(b -> !b.isOneSided() && b.confidence() >= CONFIDENT).count();
        if (confident >= MIN_CONFIDENT_SHARE * smaller) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "%d confident sentence pairs for %d sentences, where a translation has most of them; %d pairs"
                        + " of sentences sharing rare words in order", confident, smaller, pairs));
    }
}
