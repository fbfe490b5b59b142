package org.visavis.terms;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * The source context of each unit of one side, to tell in which sense a term is used there: the
 * content lemmas of the unit and, at half weight, of the unit before and after it (a short
 * sentence takes its topic from its neighbours), each weighed by how rare it is in the text
 * (tf-idf, so "installation" in an installation guide counts little, "window" much). Two
 * occurrences of a word whose contexts share few rare words are used about different things:
 * "port" of a serial line and "port" of Debian to an architecture, "room" for space and the room
 * of a house. Language-independent: lemmas and word classes come from each language's tagger.
 *
 * <pre>{@code
 * OccurrenceContext contexts = OccurrenceContext.of(units);
 * OccurrenceContext.Typicality t = contexts.usual(usualUnits, Set.of("port")).typicality(462);
 * t.atypical();   // true: bead 462 speaks of porting Debian, the usual beads of serial ports
 * }</pre>
 */
final class OccurrenceContext {

    /** The weight of a neighbouring unit's words beside the unit's own. */
    private static final double NEIGHBOUR = 0.5;

    private final Map<Integer, Map<String, Integer>> ownWords = new HashMap<>();
    private final Map<Integer, Integer> before = new HashMap<>();
    private final Map<Integer, Integer> after = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    /** The stems of each unit's other side, to find where a rendering is written. */
    private final Map<Integer, Set<String>> otherSide = new java.util.LinkedHashMap<>();

    private OccurrenceContext() {
    }

    /** The contexts of the units of one side (their {@code from} side), in text order. */
    static OccurrenceContext of(List<OrientedUnit> units) {
        OccurrenceContext c = new OccurrenceContext();
        Map<String, Integer> df = new HashMap<>();
        Integer previous = null;
        for (OrientedUnit u : units) {
            Map<String, Integer> words = contentLemmas(u.from().tokens());
            c.ownWords.put(u.index(), words);
            c.otherSide.put(u.index(), u.to().stems());
            words.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            if (previous != null) {
                c.before.put(u.index(), previous);
                c.after.put(previous, u.index());
            }
            previous = u.index();
        }
        double n = Math.max(1, units.size());
        df.forEach((w, f) -> c.idf.put(w, Math.log(n / f)));
        return c;
    }

    /**
     * The units whose other side has every word of {@code rendering} of three letters or more
     * (inflection aside), but for those of {@code except}: where the project writes the rendering.
     */
    List<Integer> unitsWriting(String rendering, Set<Integer> except) {
        Set<String> stems = new java.util.HashSet<>();
        for (String w : rendering.split("[^\\p{L}\\p{N}]+")) {
            if (w.codePointCount(0, w.length()) >= 3) {
                stems.add(TermText.stem(w.toLowerCase(Locale.ROOT)));
            }
        }
        List<Integer> units = new java.util.ArrayList<>();
        if (stems.isEmpty()) {
            return units;
        }
        otherSide.forEach((unit, written) -> {
            if (!except.contains(unit) && written.containsAll(stems)) {
                units.add(unit);
            }
        });
        return units;
    }

    private static Map<String, Integer> contentLemmas(List<TaggedToken> tokens) {
        Map<String, Integer> words = new HashMap<>();
        for (TaggedToken t : tokens) {
            if (TermText.isContent(t) && t.text().codePoints().anyMatch(Character::isLetter)) {
                words.merge(t.lemma().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return words;
    }

    /**
     * The context of a unit as a unit-length vector of weighted lemmas, without the words of
     * {@code leftOut} (the term's own words, which every occurrence shares).
     */
    Map<String, Double> vector(int unit, Set<String> leftOut) {
        Map<String, Double> v = new HashMap<>();
        add(v, ownWords.get(unit), 1, leftOut);
        Integer b = before.get(unit);
        if (b != null) {
            add(v, ownWords.get(b), NEIGHBOUR, leftOut);
        }
        Integer a = after.get(unit);
        if (a != null) {
            add(v, ownWords.get(a), NEIGHBOUR, leftOut);
        }
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((k, x) -> x / norm);
        }
        return v;
    }

    private void add(Map<String, Double> v, Map<String, Integer> words, double weight, Set<String> leftOut) {
        if (words == null) {
            return;
        }
        words.forEach((w, count) -> {
            if (!leftOut.contains(w)) {
                v.merge(w, weight * count * idf.getOrDefault(w, 0.0), Double::sum);
            }
        });
    }

    /**
     * How like the contexts of {@code others} the context of {@code unit} is: the cosine of its
     * vector with the sum of theirs (itself left out of them), 0..1; 0 when either is empty.
     */
    double similarity(int unit, Collection<Integer> others, Set<String> leftOut) {
        Map<String, Double> sum = new HashMap<>();
        for (int o : others) {
            if (o != unit) {
                vector(o, leftOut).forEach((w, x) -> sum.merge(w, x, Double::sum));
            }
        }
        return cosine(vector(unit, leftOut), sum);
    }

    /**
     * The contexts of the units {@code usual} (those that use a term's usual rendering), to tell
     * how typical of them another unit's context is ({@link Usual#typicality}).
     */
    Usual usual(List<Integer> usual, Set<String> leftOut) {
        Map<Integer, Map<String, Double>> vectors = new HashMap<>();
        Map<String, Double> sum = new HashMap<>();
        for (int o : usual) {
            Map<String, Double> v = vector(o, leftOut);
            vectors.put(o, v);
            v.forEach((w, x) -> sum.merge(w, x, Double::sum));
        }
        double[] own = new double[vectors.size()];
        int i = 0;
        for (Map<String, Double> v : vectors.values()) {
            own[i++] = cosine(v, without(sum, v));
        }
        Arrays.sort(own);
        return new Usual(this, leftOut, vectors, sum, own);
    }

    /** The usual units' contexts: their vectors, their sum, and each one's similarity to the others, sorted. */
    static final class Usual {
        private final OccurrenceContext contexts;
        private final Set<String> leftOut;
        private final Map<Integer, Map<String, Double>> vectors;
        private final Map<String, Double> sum;
        private final double[] own;

        private Usual(OccurrenceContext contexts, Set<String> leftOut, Map<Integer, Map<String, Double>> vectors,
                      Map<String, Double> sum, double[] own) {
            this.contexts = contexts;
            this.leftOut = leftOut;
            this.vectors = vectors;
            this.sum = sum;
            this.own = own;
        }

        /**
         * How typical the context of {@code unit} is of the usual units: its similarity to them
         * (itself left out), beside each usual unit's own similarity to the other usual units.
         */
        Typicality typicality(int unit) {
            Map<String, Double> v = contexts.vector(unit, leftOut);
            double similarity = cosine(v, vectors.containsKey(unit) ? without(sum, vectors.get(unit)) : sum);
            return own.length == 0 ? new Typicality(similarity, 0, 0)
                    : new Typicality(similarity, own[own.length / 4], own[own.length / 2]);
        }
    }

    private static Map<String, Double> without(Map<String, Double> sum, Map<String, Double> v) {
        Map<String, Double> rest = new HashMap<>(sum);
        v.forEach((w, x) -> rest.merge(w, -x, Double::sum));
        return rest;
    }

    /**
     * A unit's similarity to the usual units' contexts, beside the usual units' own: the lower
     * quartile and the median of each usual unit's similarity to the others.
     */
    record Typicality(double similarity, double usualLowerQuartile, double usualMedian) {

        /** True when the unit's context is less like the usual ones than three usual units in four are. */
        boolean atypical() {
            return similarity < usualLowerQuartile;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "context %.2f (usual q1 %.2f, median %.2f)", similarity,
                    usualLowerQuartile, usualMedian);
        }
    }

    private static double cosine(Map<String, Double> unitVector, Map<String, Double> other) {
        double dot = 0;
        for (var e : unitVector.entrySet()) {
            dot += e.getValue() * other.getOrDefault(e.getKey(), 0.0);
        }
        double norm = Math.sqrt(other.values().stream().mapToDouble(x -> x * x).sum());
        return norm == 0 || unitVector.isEmpty() ? 0 : Math.max(0, dot / norm);
    }
}
