package org.visavis.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.visavis.lang.BilingualLexicon;

/**
 * Which source word types may translate which target word types: pairs from a bilingual lexicon
 * matched on lemmas, identical strings (names, numbers), cognates, and pairs learned from the
 * document pair itself. Only content words (see {@link SideFeatures#frequent}) are linked.
 */
final class TypeLinks {

    private static final int COGNATE_MIN_LENGTH = 5;
    private static final double COGNATE_MIN_SIMILARITY = 0.9;

    private final Set<Long> pairs = new HashSet<>();
    private final SideFeatures source;
    private final SideFeatures target;
    private int[][] sourceToTarget;
    /** Per type, the most sentences that it or a type of the other side written the same occurs in; 0: none such. */
    private int[] sourceIdentical;
    private int[] targetIdentical;

    TypeLinks(SideFeatures source, SideFeatures target) {
        this.source = source;
        this.target = target;
    }

    /** Lexicon pairs, matched through the lemmas of both sides. */
    TypeLinks addLexicon(Optional<BilingualLexicon> lexicon) {
        if (lexicon.isEmpty()) {
            return this;
        }
        Map<String, List<Integer>> sourceByLemma = byLemma(source);
        Map<String, List<Integer>> targetByLemma = byLemma(target);
        for (BilingualLexicon.WordPair p : lexicon.get().pairs()) {
            List<Integer> ss = sourceByLemma.get(p.source());
            if (ss == null) {
                continue;
            }
            List<Integer> ts = targetByLemma.get(p.target());
            if (ts == null) {
                continue;
            }
            for (int s : ss) {
                for (int t : ts) {
                    add(s, t);
                }
            }
        }
        return this;
    }

    /** Identical strings and cognates, compared without case and accents. */
    TypeLinks addCognates() {
        Map<String, List<Integer>> targetByPrefix = new HashMap<>();
        Map<String, List<Integer>> targetByForm = new HashMap<>();
        List<String> targetPlain = new ArrayList<>();
        for (int t = 0; t < target.typeCount(); t++) {
            String p = SideFeatures.plain(target.types.get(t));
            targetPlain.add(p);
            if (target.frequent[t]) {
                continue;
            }
            targetByForm.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
            if (p.length() >= COGNATE_MIN_LENGTH) {
                targetByPrefix.computeIfAbsent(p.substring(0, 3), k -> new ArrayList<>()).add(t);
            }
        }
        sourceIdentical = new int[source.typeCount()];
        targetIdentical = new int[target.typeCount()];
        JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
        for (int s = 0; s < source.typeCount(); s++) {
            if (source.frequent[s]) {
                continue;
            }
            String p = SideFeatures.plain(source.types.get(s));
            if (p.isEmpty()) {
                continue; // a token with no letters or digits left once accents and marks are dropped
            }
            boolean number = Character.isDigit(p.charAt(0));
            if (number || p.length() >= 3) {
                for (int t : targetByForm.getOrDefault(p, List.of())) {
                    add(s, t);
                    int df = Math.max(source.documentFrequency[s], target.documentFrequency[t]);
                    sourceIdentical[s] = Math.max(sourceIdentical[s], df);
                    targetIdentical[t] = Math.max(targetIdentical[t], df);
                }
            }
            if (number || p.length() < COGNATE_MIN_LENGTH) {
                continue;
            }
            for (int t : targetByPrefix.getOrDefault(p.substring(0, 3), List.of())) {
                if (similarity.apply(p, targetPlain.get(t)) >= COGNATE_MIN_SIMILARITY) {
                    add(s, t);
                }
            }
        }
        return this;
    }

    /**
     * For each source type linked to the same string on the target side ({@link #addCognates}),
     * the most sentences that it or that string occurs in on its side; 0 for the other types.
     */
    int[] sourceIdentical() {
        return sourceIdentical == null ? new int[source.typeCount()] : sourceIdentical;
    }

    /** The same for the target types. */
    int[] targetIdentical() {
        return targetIdentical == null ? new int[target.typeCount()] : targetIdentical;
    }

    TypeLinks add(int sourceType, int targetType) {
        if (!source.frequent[sourceType] && !target.frequent[targetType]) {
            pairs.add(((long) sourceType << 32) | targetType);
            sourceToTarget = null;
        }
        return this;
    }

    boolean contains(int sourceType, int targetType) {
        return pairs.contains(((long) sourceType << 32) | targetType);
    }

    int size() {
        return pairs.size();
    }

    /** For each source type, the target types it links to. */
    int[][] sourceToTarget() {
        if (sourceToTarget == null) {
            int[] count = new int[source.typeCount()];
            for (long p : pairs) {
                count[(int) (p >>> 32)]++;
            }
            int[][] out = new int[source.typeCount()][];
            for (int s = 0; s < out.length; s++) {
                out[s] = new int[count[s]];
                count[s] = 0;
            }
            for (long p : pairs) {
                int s = (int) (p >>> 32);
                out[s][count[s]++] = (int) p;
            }
            sourceToTarget = out;
        }
        return sourceToTarget;
    }

    /**
     * For each source type, -log of the probability that a sentence of average length on the
     * other side contains one of its linked words by chance ({@code neighbourFactor} times the
     * share of target sentences holding one): a rare name matching says more than "grand" does.
     */
    double[] sourceSurprise(double neighbourFactor) {
        return surprise(sourceToTarget(), target, neighbourFactor);
    }

    double[] targetSurprise(double neighbourFactor) {
        int[] count = new int[target.typeCount()];
        for (long p : pairs) {
            count[(int) p]++;
        }
        int[][] reverse = new int[target.typeCount()][];
        for (int t = 0; t < reverse.length; t++) {
            reverse[t] = new int[count[t]];
            count[t] = 0;
        }
        for (long p : pairs) {
            int t = (int) p;
            reverse[t][count[t]++] = (int) (p >>> 32);
        }
        return surprise(reverse, source, neighbourFactor);
    }

    private static double[] surprise(int[][] links, SideFeatures other, double neighbourFactor) {
        double[] out = new double[links.length];
        for (int w = 0; w < links.length; w++) {
            double sentences = 0;
            for (int o : links[w]) {
                sentences += other.documentFrequency[o];
            }
            double p = Math.min(0.95, Math.max(1e-6, neighbourFactor * sentences / Math.max(1, other.size)));
            out[w] = -Math.log(p);
        }
        return out;
    }

    private static Map<String, List<Integer>> byLemma(SideFeatures side) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int id = 0; id < side.typeCount(); id++) {
            if (side.frequent[id]) {
                continue;
            }
            Set<String> keys = new HashSet<>(side.typeLemmas.get(id));
            keys.add(side.types.get(id));
            for (String k : keys) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
            }
        }
        return out;
    }
}
