package org.visavis.wordalign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trained word-alignment model ({@link WordAligner#train}): aligns the words of a sentence pair
 * in both directions, symmetrised by grow-diag-final-and (Koehn et al. 2005), and spots which
 * target words render a source span. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * List<WordLink> links = model.align(pair);
 * Optional<Spotting> s = model.spot(pair, new Span(1, 3));   // "paquet source" → "source package"
 * }</pre>
 */
public final class WordAlignmentModel {
    /** The probability given to a pair never met in training (or a word never seen). */
    private static final float UNSEEN = 1e-6f;
    private static final float UNSEEN_SEEDED = 1e-2f;
    private static final double WEAK_LINK_SHARE = 0.3;

    private final Vocabulary sourceWords;
    private final Vocabulary targetWords;
    private final LongIntMap pairs;
    private final float[] forward;
    private final float[] backward;
    private final Seeds seeds;
    private final WordAligner.Options options;

    WordAlignmentModel(Vocabulary sourceWords, Vocabulary targetWords, LongIntMap pairs, float[] forward,
                       float[] backward, Seeds seeds, WordAligner.Options options) {
        this.sourceWords = sourceWords;
        this.targetWords = targetWords;
        this.pairs = pairs;
        this.forward = forward;
        this.backward = backward;
        this.seeds = seeds;
        this.options = options;
    }

    /** p(target word | source word) as trained; the NULL source word is "". */
    public double translationProbability(String source, String target) {
        return probability(source.isEmpty() ? 0 : sourceWords.id(source), targetWords.id(target), source, target,
                forward);
    }

    /** The links of a pair, symmetrised, sorted by source then target token. */
    public List<WordLink> align(SentencePair pair) {
        int m = pair.source().size();
        int n = pair.target().size();
        if (m == 0 || n == 0) {
            return List.of();
        }
        double[][] f = posteriors(pair, true);   // f[i][j], i = 0 for NULL, over i for each j
        double[][] b = posteriors(pair, false);  // b[i][j], j = 0 for NULL, over j for each i
        boolean[][] fwd = new boolean[m + 1][n + 1];
        boolean[][] bwd = new boolean[m + 1][n + 1];
        for (int j = 1; j <= n; j++) {
            int best = 0;
            for (int i = 1; i <= m; i++) {
                if (f[i][j] > f[best][j]) {
                    best = i;
                }
            }
            fwd[best][j] = best > 0;
        }
        for (int i = 1; i <= m; i++) {
            int best = 0;
            for (int j = 1; j <= n; j++) {
                if (b[i][j] > b[i][best]) {
                    best = j;
                }
            }
            bwd[i][best] = best > 0;
        }
        boolean[][] links = Symmetrisation.growDiagFinalAnd(fwd, bwd, m, n);
        List<WordLink> out = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (links[i][j]) {
                    out.add(new WordLink(i - 1, j - 1, Math.min(1, (f[i][j] + b[i][j]) / 2)));
                }
            }
        }
        return out;
    }

    /**
     * The target tokens that render {@code sourceSpan}: those linked to its words (links under a
     * third of the strongest one's confidence left out), as one
     * contiguous span; when the links fall in separate groups (gaps of more than two tokens), the
     * group with the most confident links. Empty when no word of the span is linked.
     */
    public Optional<Spotting> spot(SentencePair pair, Span sourceSpan) {
        return spot(pair, sourceSpan, align(pair));
    }

    /** {@link #spot(SentencePair, Span)} with the pair's links already computed. */
    public static Optional<Spotting> spot(SentencePair pair, Span sourceSpan, List<WordLink> links) {
        if (sourceSpan.end() > pair.source().size()) {
            throw new IllegalArgumentException("span " + sourceSpan + " beyond the source's "
                    + pair.source().size() + " tokens");
        }
        int n = pair.target().size();
        double[] weight = new double[n];
        List<WordLink> inSpan = new ArrayList<>();
        boolean[] linkedSource = new boolean[sourceSpan.length()];
        double strongest = 0;
        for (WordLink l : links) {
            if (sourceSpan.contains(l.source())) {
                strongest = Math.max(strongest, l.confidence());
            }
        }
        for (WordLink l : links) {
            // links far weaker than the span's best are what symmetrisation grew around it
            if (sourceSpan.contains(l.source()) && l.confidence() >= WEAK_LINK_SHARE * strongest) {
                weight[l.target()] += l.confidence();
                inSpan.add(l);
                linkedSource[l.source() - sourceSpan.start()] = true;
            }
        }
        if (inSpan.isEmpty()) {
            return Optional.empty();
        }
        int bestStart = -1;
        int bestEnd = -1;
        double bestWeight = -1;
        int start = -1;
        int last = -1;
        double w = 0;
        for (int j = 0; j <= n; j++) {
            boolean linked = j < n && weight[j] > 0;
            if (linked && start >= 0 && j - last > 3) {
                if (w > bestWeight) {
                    bestStart = start;
                    bestEnd = last + 1;
                    bestWeight = w;
                }
                start = -1;
            }
            if (linked) {
                if (start < 0) {
                    start = j;
                    w = 0;
                }
                last = j;
                w += weight[j];
            }
            if (j == n && start >= 0 && w > bestWeight) {
                bestStart = start;
                bestEnd = last + 1;
                bestWeight = w;
            }
        }
        Span target = new Span(bestStart, bestEnd);
        List<WordLink> kept = inSpan.stream().filter(l -> target.contains(l.target())).toList();
        int covered = 0;
        for (boolean b : linkedSource) {
            covered += b ? 1 : 0;
        }
        double mean = kept.stream().mapToDouble(WordLink::confidence).average().orElse(0);
        return Optional.of(new Spotting(target, kept, mean * covered / sourceSpan.length()));
    }

    /** Normalised posteriors of one direction: forward p(a_j = i), backward p(b_i = j); index 0 is NULL. */
    private double[][] posteriors(SentencePair pair, boolean isForward) {
        int m = pair.source().size();
        int n = pair.target().size();
        int[] s = new int[m + 1];
        int[] t = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            s[i] = sourceWords.id(pair.source().get(i - 1));
        }
        for (int j = 1; j <= n; j++) {
            t[j] = targetWords.id(pair.target().get(j - 1));
        }
        double[][] post = new double[m + 1][n + 1];
        int lenG = isForward ? n : m;
        int lenH = isForward ? m : n;
        float[] table = isForward ? forward : backward;
        float[] prob = new float[lenH + 1];
        int[] cells = new int[lenH + 1];
        double[] weights = new double[lenH + 1];
        for (int g = 1; g <= lenG; g++) {
            for (int h = 0; h <= lenH; h++) {
                int i = isForward ? h : g;
                int j = isForward ? g : h;
                prob[h] = probability(s[i], t[j], i == 0 ? "" : pair.source().get(i - 1),
                        j == 0 ? "" : pair.target().get(j - 1), table);
                cells[h] = h;
            }
            double sum = WordAligner.posteriors(prob, cells, 0, 1, g, lenG, lenH, options, weights);
            for (int h = 0; h <= lenH; h++) {
                int i = isForward ? h : g;
                int j = isForward ? g : h;
                post[i][j] = weights[h] / sum;
            }
        }
        return post;
    }

    private float probability(int s, int t, String source, String target, float[] table) {
        if (s >= 0 && t >= 0) {
            int id = pairs.get(WordAligner.PairTable.key(s, t));
            if (id >= 0 && table[id] > 0) {
                return table[id];
            }
        }
        return !source.isEmpty() && !target.isEmpty() && seeds.strength(source, target) > 0 ? UNSEEN_SEEDED : UNSEEN;
    }
}
