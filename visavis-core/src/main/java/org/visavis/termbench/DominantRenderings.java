package org.visavis.termbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the recurring source terms of a corpus and their dominant renderings from counts alone,
 * with no help from the checks under test: for a source term in at least {@code minBeads} beads,
 * the target candidate term met in most of its beads (at least {@code minShare} of them, ties
 * broken by the Dice coefficient) among those the lexicon supports word by word ({@link
 * LexiconSupport#renders}) or, where the lexicon is silent, strongly associated with it (Dice of
 * 0.6 or more, in 70% of its beads, and the term its own most frequent companion).
 */
final class DominantRenderings {
    private static final double STRONG_DICE = 0.6;
    private static final double STRONG_SHARE = 0.7;

    private final int minBeads;
    private final double minShare;

    DominantRenderings(int minBeads, double minShare) {
        this.minBeads = minBeads;
        this.minShare = minShare;
    }

    List<TermRendering> find(BenchCorpus corpus, LexiconSupport lexicon) {
        List<TermRendering> found = new ArrayList<>();
        List<String> keys = new ArrayList<>(corpus.sourceKeys());
        keys.sort(Comparator.naturalOrder());
        for (String s : keys) {
            Set<Integer> beads = corpus.sourceBeads(s);
            if (beads.size() < minBeads) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Boolean> supported = new HashMap<>();
            for (int b : beads) {
                BeadSide source = corpus.source(b);
                List<BeadWord> sourceWords = source.words(source.spans(s).get(0));
                BeadSide target = corpus.target(b);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (TermSpan t : target.terms()) {
                    if (seen.add(t.key())) {
                        counts.merge(t.key(), 1, Integer::sum);
                        supported.merge(t.key(), lexicon.renders(sourceWords, target.words(t)), Boolean::logicalOr);
                    }
                }
            }
            String best = null;
            double bestScore = 0;
            for (var e : counts.entrySet()) {
                String t = e.getKey();
                int c = e.getValue();
                if (c < minShare * beads.size() || c < minBeads - 1 || t.equals(s)) {
                    continue;
                }
                double dice = 2.0 * c / (beads.size() + corpus.targetBeads(t).size());
                // what the lexicon does not know ("paquet" / "package") the counts may tell: a strong
                // association, each the other's most frequent companion
                boolean associated = dice >= STRONG_DICE && c >= STRONG_SHARE * beads.size()
                        && mostFrequentCompanion(corpus, t, s);
                if (!supported.get(t) && !associated) {
                    continue;
                }
                double score = c + dice;
                if (best == null || score > bestScore || (score == bestScore && t.compareTo(best) < 0)) {
                    best = t;
                    bestScore = score;
                }
            }
            if (best != null) {
                List<Integer> rendered = new ArrayList<>();
                for (int b : beads) {
                    if (corpus.targetBeads(best).contains(b)) {
                        rendered.add(b);
                    }
                }
                found.add(new TermRendering(s, corpus.commonestForm(s, true), best, corpus.commonestForm(best, false),
                        beads.size(), rendered));
            }
        }
        return found;
    }

    private static boolean mostFrequentCompanion(BenchCorpus corpus, String target, String source) {
        Map<String, Integer> counts = new HashMap<>();
        for (int b : corpus.targetBeads(target)) {
            for (TermSpan s : corpus.source(b).terms()) {
                counts.merge(s.key(), 1, Integer::sum);
            }
        }
        int mine = counts.getOrDefault(source, 0);
        return counts.values().stream().allMatch(c -> c <= mine);
    }
}
