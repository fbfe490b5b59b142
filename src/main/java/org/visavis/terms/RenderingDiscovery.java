package org.visavis.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;

/**
 * Finds, without a glossary, terms of one text that its translation renders in several ways. The
 * candidate terms of both sides are nouns and noun phrases ({@link NounPhraseExtractor}), keyed
 * by lemmas so that "lutte revendicative" and "luttes revendicatives" are one term. For a term
 * repeated in the source:
 * <ol>
 * <li>its main rendering is the target phrase most associated with it over the units (Dice
 *     coefficient), provided the term is in turn the source phrase most associated with that
 *     rendering (mutual best match);</li>
 * <li>among the units the main rendering does not explain, another rendering must occur in at
 *     least {@code minUnits} of them (a single word: one more), occur mostly with the term
 *     ({@code minSpecificity} of its occurrences), have the term (or a part of it) as its own best
 *     source, not be part of a rendering already found ("package" is not another rendering next
 *     to "source package"), and hold every word of the main rendering present in its unit
 *     ("francophones" beside "liste" is not a rendering of what "liste de diffusion" renders).</li>
 * </ol>
 * Pairs written in the same language on both sides (a passage left untranslated) are left out.
 * Run it with the sides swapped for the reverse question: one target term standing for several
 * source terms.
 *
 * <pre>{@code
 * var discovery = new RenderingDiscovery(frTagger, enTagger, RenderingDiscovery.Options.DEFAULT);
 * for (RenderingVariation v : discovery.discover(units)) { ... v.renderings() ... }
 * }</pre>
 */
public final class RenderingDiscovery {

    /**
     * Thresholds: the fewest units a rendering needs, the lowest Dice score of a main rendering,
     * the share of a secondary rendering's occurrences that must come with the term.
     */
    public record Options(int minUnits, double minMainDice, double minSpecificity) {
        public static final Options DEFAULT = new Options(2, 0.3, 0.6);

        public Options {
            if (minUnits < 1) {
                throw new IllegalArgumentException("minUnits must be >= 1: " + minUnits);
            }
        }
    }

    private final Tagger sourceTagger;
    private final Tagger targetTagger;
    private final Options options;
    private final NounPhraseExtractor extractor = new NounPhraseExtractor();

    public RenderingDiscovery(Tagger sourceTagger, Tagger targetTagger, Options options) {
        this.sourceTagger = sourceTagger;
        this.targetTagger = targetTagger;
        this.options = options;
    }

    /** The terms rendered in several ways, the most frequent first. */
    public List<RenderingVariation> discover(List<BilingualUnit> units) {
        Side source = new Side();
        Side target = new Side();
        List<BilingualUnit> translated = new ArrayList<>();
        for (BilingualUnit u : units) {
            List<TaggedToken> sourceTokens = sourceTagger.tag(u.source());
            List<TaggedToken> targetTokens = targetTagger.tag(u.target());
            if (looksUntranslated(sourceTokens, targetTokens)) {
                continue; // a passage left in the other language would pass for a rendering of each of its words
            }
            translated.add(u);
            source.add(u.index(), extractor.extract(sourceTokens));
            target.add(u.index(), extractor.extract(targetTokens));
        }
        Map<String, Map<String, Integer>> cooccurrence = new HashMap<>();
        for (BilingualUnit u : translated) {
            for (String s : source.keysIn(u.index())) {
                if (source.frequency(s) < options.minUnits()) {
                    continue;
                }
                Map<String, Integer> row = cooccurrence.computeIfAbsent(s, k -> new HashMap<>());
                for (String t : target.keysIn(u.index())) {
                    row.merge(t, 1, Integer::sum);
                }
            }
        }
        Map<String, String> bestSourceOf = bestSources(cooccurrence, source, target, options.minUnits());
        List<RenderingVariation> found = new ArrayList<>();
        for (var e : cooccurrence.entrySet()) {
            RenderingVariation v = variation(e.getKey(), e.getValue(), source, target, bestSourceOf);
            if (v != null) {
                found.add(v);
            }
        }
        found.sort(Comparator.comparingInt((RenderingVariation v) -> -v.renderings().stream()
                .mapToInt(r -> r.units().size()).sum()).thenComparing(RenderingVariation::key));
        return withoutNested(found);
    }

    private RenderingVariation variation(String s, Map<String, Integer> row, Side source, Side target,
                                         Map<String, String> bestSourceOf) {
        Set<Integer> sourceUnits = source.units(s);
        if (sourceUnits.size() < 2 * options.minUnits()) {
            return null;
        }
        String main = null;
        double mainDice = 0;
        for (var e : row.entrySet()) {
            String t = e.getKey();
            int c = e.getValue();
            if (c < options.minUnits()) {
                continue;
            }
            double dice = 2.0 * c / (sourceUnits.size() + target.frequency(t));
            if (main == null || dice > mainDice + 1e-9
                    || (Math.abs(dice - mainDice) < 1e-9 && longer(t, main))) {
                main = t;
                mainDice = dice;
            }
        }
        main = main == null ? null : widened(main, row);
        if (main == null || mainDice < options.minMainDice() || !rendersNoLongerTerm(bestSourceOf.get(main), s)) {
            return null;
        }
        List<String> chosen = new ArrayList<>();
        chosen.add(main);
        // a single word is more often a general word than a term: its variation needs more evidence
        int minUnits = s.contains(" ") ? options.minUnits() : options.minUnits() + 1;
        Set<Integer> rest = new LinkedHashSet<>(sourceUnits);
        rest.removeAll(target.units(main));
        while (true) {
            Map<String, Integer> restCounts = new HashMap<>();
            Set<String> mainWords = Set.of(target.contentKey(main).split(" "));
            for (int u : rest) {
                Set<String> present = new HashSet<>(target.contentWordsIn(u));
                present.retainAll(mainWords);
                for (String t : target.keysIn(u)) {
                    // where a word of the main rendering is there, a phrase without it is not the term's
                    // rendering: "francophones" beside "liste" where "liste de diffusion" is the main one
                    if (Set.of(target.contentKey(t).split(" ")).containsAll(present)) {
                        restCounts.merge(t, 1, Integer::sum);
                    }
                }
            }
            String next = null;
            int nextCount = 0;
            for (var e : restCounts.entrySet()) {
                String t = e.getKey();
                int c = e.getValue();
                if (c < minUnits || chosen.stream().anyMatch(x -> CandidateTerm.overlaps(x, t)
                        || target.contentKey(x).equals(target.contentKey(t)))) {
                    continue;
                }
                if (modifiesMainRendering(t, main, target)) {
                    continue;
                }
                double specificity = (double) row.getOrDefault(t, 0) / target.frequency(t);
                if (specificity < options.minSpecificity() || !rendersNoLongerTerm(bestSourceOf.get(t), s)) {
                    continue;
                }
                if (next == null || c > nextCount || (c == nextCount && longer(t, next))) {
                    next = t;
                    nextCount = c;
                }
            }
            if (next == null) {
                break;
            }
            chosen.add(next);
            rest.removeAll(target.units(next));
        }
        if (chosen.size() < 2) {
            return null;
        }
        List<Rendering> renderings = new ArrayList<>();
        for (String t : chosen) {
            List<Integer> where = new ArrayList<>(target.units(t));
            where.retainAll(sourceUnits);
            renderings.add(new Rendering(target.commonestForm(t, where), t, target.forms(t, where), where));
        }
        renderings.sort(Comparator.comparingInt((Rendering r) -> -r.units().size()));
        return new RenderingVariation(source.commonestForm(s, sourceUnits), s,
                source.forms(s, sourceUnits), renderings);
    }

    /** True when most words of the shorter side occur as they are on the other side. */
    static boolean looksUntranslated(List<TaggedToken> source, List<TaggedToken> target) {
        Set<String> sourceWords = new HashSet<>();
        for (TaggedToken t : source) {
            if (t.isWord()) {
                sourceWords.add(t.folded());
            }
        }
        Set<String> targetWords = new HashSet<>();
        for (TaggedToken t : target) {
            if (t.isWord()) {
                targetWords.add(t.folded());
            }
        }
        int smaller = Math.min(sourceWords.size(), targetWords.size());
        if (smaller == 0) {
            return true;
        }
        Set<String> shared = new HashSet<>(sourceWords);
        shared.retainAll(targetWords);
        // names, commands and numbers are shared by any two translations: only a large share counts
        return smaller >= 4 && shared.size() * 10 >= smaller * 7;
    }

    /**
     * For each target phrase, the source phrase it is most associated with, among those it meets at
     * least {@code minUnits} times (one meeting says nothing: any rare phrase beside it would win).
     */
    private static Map<String, String> bestSources(Map<String, Map<String, Integer>> cooccurrence, Side source,
                                                   Side target, int minUnits) {
        Map<String, String> best = new HashMap<>();
        Map<String, Double> bestScore = new HashMap<>();
        for (var row : cooccurrence.entrySet()) {
            String s = row.getKey();
            int fs = source.frequency(s);
            for (var cell : row.getValue().entrySet()) {
                if (cell.getValue() < minUnits) {
                    continue;
                }
                String t = cell.getKey();
                double dice = 2.0 * cell.getValue() / (fs + target.frequency(t));
                Double old = bestScore.get(t);
                if (old == null || dice > old + 1e-9 || (Math.abs(dice - old) < 1e-9 && longer(s, best.get(t)))) {
                    best.put(t, s);
                    bestScore.put(t, dice);
                }
            }
        }
        return best;
    }

    /**
     * The longest phrase containing the main rendering that renders the term at least half as
     * often: "software" renders "logiciel libre" everywhere, but "free software" is its rendering
     * when two beads out of ten say "open source software".
     */
    private String widened(String main, Map<String, Integer> row) {
        int count = row.get(main);
        String best = main;
        for (var e : row.entrySet()) {
            String t = e.getKey();
            if (e.getValue() >= Math.max(options.minUnits(), (count + 1) / 2) && !t.equals(best)
                    && (" " + t + " ").contains(" " + best + " ")
                    && (e.getValue() > row.get(best) || longer(t, best))) {
                best = t;
            }
        }
        return best;
    }

    /**
     * True when, wherever {@code t} occurs, it is part of a longer phrase that has a word of the main
     * rendering {@code t} lacks: "francophones" in "listes francophones" beside the main rendering
     * "listes de diffusion" qualifies the main rendering, it does not replace it.
     */
    private static boolean modifiesMainRendering(String t, String main, Side target) {
        Set<String> mainWords = Set.of(target.contentKey(main).split(" "));
        Set<String> ownWords = Set.of(target.contentKey(t).split(" "));
        for (int u : target.units(t)) {
            boolean inside = false;
            for (String k : target.keysIn(u)) {
                if (!k.equals(t) && (" " + k + " ").contains(" " + t + " ")) {
                    for (String w : target.contentKey(k).split(" ")) {
                        if (mainWords.contains(w) && !ownWords.contains(w)) {
                            inside = true;
                        }
                    }
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a target phrase whose best source is {@code best} may render {@code term}: its best
     * source is the term or a part of it. When it is a longer phrase ("site web" for "website"),
     * the target phrase renders that phrase, not the term ("web").
     */
    private static boolean rendersNoLongerTerm(String best, String term) {
        return best != null && (" " + term + " ").contains(" " + best + " ");
    }

    private static boolean longer(String a, String b) {
        int la = a.split(" ").length;
        int lb = b.split(" ").length;
        return la > lb || (la == lb && a.compareTo(b) < 0);
    }

    /** Drops a variation whose term lies inside a longer term reported with overlapping renderings. */
    private static List<RenderingVariation> withoutNested(List<RenderingVariation> all) {
        List<RenderingVariation> kept = new ArrayList<>();
        for (RenderingVariation v : all) {
            boolean nested = false;
            for (RenderingVariation w : all) {
                if (w != v && CandidateTerm.overlaps(v.key(), w.key()) && w.key().length() > v.key().length()
                        && sameRenderings(v, w)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                kept.add(v);
            }
        }
        return kept;
    }

    private static boolean sameRenderings(RenderingVariation a, RenderingVariation b) {
        for (Rendering r : a.renderings()) {
            boolean matched = b.renderings().stream().anyMatch(x -> CandidateTerm.overlaps(x.key(), r.key()));
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    /** The candidates of one side: per unit the keys, per key the units and the forms met. */
    private static final class Side {
        private final Map<Integer, Set<String>> keysByUnit = new HashMap<>();
        private final Map<String, Set<Integer>> unitsByKey = new HashMap<>();
        private final Map<String, Map<Integer, List<String>>> forms = new HashMap<>();
        private final Map<String, String> contentKeys = new HashMap<>();

        String contentKey(String key) {
            return contentKeys.getOrDefault(key, key);
        }

        void add(int unit, List<CandidateTerm> candidates) {
            Set<String> keys = keysByUnit.computeIfAbsent(unit, u -> new HashSet<>());
            for (CandidateTerm c : candidates) {
                keys.add(c.key());
                contentKeys.putIfAbsent(c.key(), c.contentKey());
                unitsByKey.computeIfAbsent(c.key(), k -> new java.util.TreeSet<>()).add(unit);
                forms.computeIfAbsent(c.key(), k -> new HashMap<>())
                        .computeIfAbsent(unit, u -> new ArrayList<>()).add(c.surface());
            }
        }

        Set<String> contentWordsIn(int unit) {
            Set<String> words = new HashSet<>();
            for (String k : keysIn(unit)) {
                words.addAll(List.of(contentKey(k).split(" ")));
            }
            return words;
        }

        Set<String> keysIn(int unit) {
            return keysByUnit.getOrDefault(unit, Set.of());
        }

        Set<Integer> units(String key) {
            return unitsByKey.getOrDefault(key, Set.of());
        }

        int frequency(String key) {
            return units(key).size();
        }

        Set<String> forms(String key, java.util.Collection<Integer> units) {
            Set<String> result = new LinkedHashSet<>();
            Map<Integer, List<String>> byUnit = forms.getOrDefault(key, Map.of());
            for (int u : units) {
                result.addAll(byUnit.getOrDefault(u, List.of()));
            }
            return result;
        }

        String commonestForm(String key, java.util.Collection<Integer> units) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<Integer, List<String>> byUnit = forms.getOrDefault(key, Map.of());
            for (int u : units) {
                for (String f : byUnit.getOrDefault(u, List.of())) {
                    counts.merge(f.toLowerCase(java.util.Locale.ROOT).equals(f) ? f : f, 1, Integer::sum);
                }
            }
            return counts.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                            .thenComparing(e -> e.getKey().chars().noneMatch(Character::isUpperCase)))
                    .map(Map.Entry::getKey).orElse(key);
        }
    }
}
