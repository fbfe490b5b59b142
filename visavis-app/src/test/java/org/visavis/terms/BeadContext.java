package org.visavis.terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one side of a unit speaks about: the stems of its words and, at half weight, of the units
 * before and after it, each weighed by how rare it is in the text (tf-idf), to compare where a term
 * deviates with where it gets its usual rendering. Stems only, so any language.
 *
 * <pre>{@code
 * BeadContext source = new BeadContext(units, true);
 * source.similarity(12, List.of(3, 9, 40), Set.of("partit"));   // 0..1
 * }</pre>
 */
final class BeadContext {
    private static final double NEIGHBOUR = 0.5;
    /** The most units a context is compared with (the first ones). */
    private static final int MOST = 40;

    private final List<BilingualUnit> units;
    private final Map<Integer, Integer> position = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> stems = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();

    BeadContext(List<BilingualUnit> units, boolean source) {
        this.units = units;
        Map<String, Integer> df = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            BilingualUnit u = units.get(i);
            position.put(u.index(), i);
            Map<String, Integer> own = new HashMap<>();
            String text = (source ? u.source() : u.target()).toLowerCase(Locale.ROOT);
            for (String w : text.split("[^\\p{L}]+")) {
                if (w.codePointCount(0, w.length()) >= 3) {
                    own.merge(TermText.stem(w), 1, Integer::sum);
                }
            }
            stems.put(u.index(), own);
            own.keySet().forEach(s -> df.merge(s, 1, Integer::sum));
        }
        double n = Math.max(1, units.size());
        df.forEach((s, f) -> idf.put(s, Math.log(n / f)));
    }

    /** The mean cosine of unit {@code unit}'s context with those of {@code others}, without the stems {@code leftOut}. */
    double similarity(int unit, Collection<Integer> others, Set<String> leftOut) {
        Map<String, Double> v = vector(unit, leftOut);
        double sum = 0;
        int n = 0;
        for (int o : others) {
            if (o == unit || !position.containsKey(o)) {
                continue;
            }
            sum += cosine(v, vector(o, leftOut));
            if (++n == MOST) {
                break;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private Map<String, Double> vector(int unit, Set<String> leftOut) {
        Map<String, Double> v = new HashMap<>();
        Integer p = position.get(unit);
        if (p == null) {
            return v;
        }
        add(v, units.get(p).index(), 1, leftOut);
        if (p > 0) {
            add(v, units.get(p - 1).index(), NEIGHBOUR, leftOut);
        }
        if (p + 1 < units.size()) {
            add(v, units.get(p + 1).index(), NEIGHBOUR, leftOut);
        }
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((k, x) -> x / norm);
        }
        return v;
    }

    private void add(Map<String, Double> v, int unit, double weight, Set<String> leftOut) {
        stems.getOrDefault(unit, Map.of()).forEach((s, f) -> {
            if (!leftOut.contains(s)) {
                v.merge(s, weight * f * idf.getOrDefault(s, 0.0), Double::sum);
            }
        });
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            Double x = b.get(e.getKey());
            if (x != null) {
                dot += e.getValue() * x;
            }
        }
        return dot;
    }

    static List<Integer> except(List<Integer> units, Collection<Integer> leftOut) {
        List<Integer> out = new ArrayList<>(units);
        out.removeAll(leftOut);
        return out;
    }
}
