package org.visavis.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.WordClass;
import org.visavis.wordalign.WordLink;

/**
 * Spotted renderings widened to the noun and preposition that stand before them in nearly all the
 * beads that give them: the aligner links "diskless workstations" to « travail sans disque » and
 * leaves « stations de » out, though every bead writes « stations de travail sans disque ». Only a
 * noun linked to nothing outside the term is taken in (« modules du noyau » is no rendering of
 * "kernel" where "modules" renders "modules").
 */
final class CommonLeadingWords {
    /** The share of a rendering's beads that must have the same words before it. */
    static final double SHARE = 0.8;
    /** The fewest beads that tell. */
    static final int MIN_BEADS = 3;

    private CommonLeadingWords() {
    }

    /** The occurrences, those whose spotted rendering nearly always follows the same noun and preposition widened to them. */
    static List<Occurrence> widened(List<Occurrence> occurrences) {
        // each occurrence's leading words, and each spotted rendering's occurrences by theirs
        List<String> leadingOf = new ArrayList<>(occurrences.size());
        Map<Set<String>, Integer> beads = new HashMap<>();
        Map<Set<String>, Map<String, Integer>> leadingCounts = new HashMap<>();
        for (Occurrence o : occurrences) {
            String words = o.spotted().map(s -> leadingWords(o)).orElse(null);
            leadingOf.add(words);
            o.spotted().ifPresent(s -> {
                beads.merge(s.stems(), 1, Integer::sum);
                if (words != null) {
                    leadingCounts.computeIfAbsent(s.stems(), k -> new HashMap<>()).merge(words, 1, Integer::sum);
                }
            });
        }
        Map<Set<String>, String> leading = new HashMap<>();
        leadingCounts.forEach((stems, counts) -> counts.forEach((words, n) -> {
            if (n >= MIN_BEADS && n >= SHARE * beads.get(stems)) {
                leading.put(stems, words);
            }
        }));
        if (leading.isEmpty()) {
            return occurrences;
        }
        List<Occurrence> out = new ArrayList<>(occurrences.size());
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence o = occurrences.get(i);
            String words = o.spotted().map(s -> leading.get(s.stems())).orElse(null);
            out.add(words != null && words.equals(leadingOf.get(i)) ? widen(o) : o);
        }
        return out;
    }

    /**
     * The noun and preposition just before the spotted rendering, folded ("stations de"), or null
     * when they are not there or the noun is linked to a source word outside the term.
     */
    private static String leadingWords(Occurrence o) {
        SpottedRendering s = o.spotted().orElseThrow();
        List<TaggedToken> tokens = o.unit().to().tokens();
        int k = s.firstToken();
        if (k < 2) {
            return null;
        }
        TaggedToken preposition = tokens.get(k - 1);
        TaggedToken noun = tokens.get(k - 2);
        if (preposition.wordClass() != WordClass.PREPOSITION || noun.wordClass() != WordClass.NOUN
                || linkedOutsideTerm(o, k - 2)) {
            return null;
        }
        return (noun.lemma() + " " + preposition.text()).toLowerCase(Locale.ROOT);
    }

    private static boolean linkedOutsideTerm(Occurrence o, int token) {
        UnitSide.WordRange term = o.unit().from().wordsOf(o.term());
        int[] tokenOf = o.unit().to().tokenOf();
        for (WordLink l : o.unit().links()) {
            if (tokenOf[l.target()] == token && !term.contains(l.source())) {
                return true;
            }
        }
        return false;
    }

    private static Occurrence widen(Occurrence o) {
        SpottedRendering s = o.spotted().orElseThrow();
        List<TaggedToken> tokens = o.unit().to().tokens();
        int from = s.firstToken() - 2;
        List<String> lemmas = new ArrayList<>();
        lemmas.add(tokens.get(from).lemma());
        lemmas.addAll(s.lemmas());
        String text = o.unit().to().text().substring(tokens.get(from).start(), tokens.get(s.endToken() - 1).end());
        SpottedRendering wider = new SpottedRendering(text, lemmas, TermText.stems(lemmas), from, s.endToken(),
                s.confidence(), true, s.claimed());
        return new Occurrence(o.unit(), o.term(), Optional.of(wider), o.nested());
    }
}
