package org.visavis.termbench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;

/**
 * An alignment tagged for the benchmark: each two-sided bead's source and target words and
 * candidate terms, and for each term key the beads it occurs in. Bead numbers are indexes into
 * {@code alignment.beads()}, as in findings.
 */
final class BenchCorpus {
    private final Alignment alignment;
    private final Tagger targetTagger;
    private final Map<Integer, BeadSide> sources = new LinkedHashMap<>();
    private final Map<Integer, BeadSide> targets = new LinkedHashMap<>();
    private final Map<String, Set<Integer>> sourceBeads = new HashMap<>();
    private final Map<String, Set<Integer>> targetBeads = new HashMap<>();
    /** Every target word form by lemma and tag, for inflecting a planted word like its neighbour. */
    private final Map<String, Map<String, String>> targetForms = new HashMap<>();

    BenchCorpus(Alignment alignment, Tagger sourceTagger, Tagger targetTagger) {
        this.alignment = alignment;
        this.targetTagger = targetTagger;
        List<Bead> beads = alignment.beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isOneSided()) {
                continue;
            }
            BeadSide s = BeadSide.of(alignment.source(), bead.source(), sourceTagger);
            BeadSide t = BeadSide.of(alignment.target(), bead.target(), targetTagger);
            sources.put(b, s);
            targets.put(b, t);
            for (TermSpan span : s.terms()) {
                sourceBeads.computeIfAbsent(span.key(), k -> new TreeSet<>()).add(b);
            }
            for (TermSpan span : t.terms()) {
                targetBeads.computeIfAbsent(span.key(), k -> new TreeSet<>()).add(b);
            }
            for (BeadWord w : t.words()) {
                if (w.isTermWord()) {
                    targetForms.computeIfAbsent(w.lemma(), k -> new HashMap<>())
                            .putIfAbsent(w.tag(), w.text().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    Alignment alignment() {
        return alignment;
    }

    Tagger targetTagger() {
        return targetTagger;
    }

    /** The two-sided beads, in order. */
    List<Integer> beads() {
        return new ArrayList<>(sources.keySet());
    }

    BeadSide source(int bead) {
        return sources.get(bead);
    }

    BeadSide target(int bead) {
        return targets.get(bead);
    }

    Set<Integer> sourceBeads(String key) {
        return Collections.unmodifiableSet(sourceBeads.getOrDefault(key, Set.of()));
    }

    Set<Integer> targetBeads(String key) {
        return Collections.unmodifiableSet(targetBeads.getOrDefault(key, Set.of()));
    }

    Set<String> sourceKeys() {
        return sourceBeads.keySet();
    }

    /** The target lemmas seen in the text. */
    Set<String> targetLemmas() {
        return targetForms.keySet();
    }

    /** A form of {@code lemma} with the tagger's tag {@code tag} seen in the target text, if any. */
    java.util.Optional<String> targetForm(String lemma, String tag) {
        return java.util.Optional.ofNullable(targetForms.getOrDefault(lemma, Map.of()).get(tag));
    }

    /** The forms of a lemma seen in the target text. */
    java.util.Collection<String> targetForms(String lemma) {
        return targetForms.getOrDefault(lemma, Map.of()).values();
    }

    /** The form a key is written in most often on the source side (or the target side). */
    String commonestForm(String key, boolean sourceSide) {
        Map<String, Integer> counts = new HashMap<>();
        for (int b : sourceSide ? sourceBeads(key) : targetBeads(key)) {
            BeadSide side = sourceSide ? sources.get(b) : targets.get(b);
            for (TermSpan span : side.spans(key)) {
                String form = side.surface(span, sourceSide ? alignment.source() : alignment.target());
                counts.merge(form, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().chars().noneMatch(Character::isUpperCase))
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(key);
    }
}
