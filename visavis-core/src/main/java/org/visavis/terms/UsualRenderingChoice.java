package org.visavis.terms;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.wordalign.WordLink;

/**
 * Which rendering of a term is the usual one, and which occurrences use it: the rendering most
 * occurrences' spotted renderings hold, headings aside unless the term is met in headings mostly;
 * its text, lemmas and words as the text writes them most often.
 */
final class UsualRenderingChoice {

    private UsualRenderingChoice() {
    }

    /**
     * The stems of each spotted rendering with the number of occurrences it is spotted for.
     * Headings are worded in their own style ("Checking Package Authenticity"): the sentences say
     * what the usual rendering is, unless the term is met in headings mostly.
     */
    static Map<Set<String>, Integer> spottedCounts(List<Occurrence> occurrences) {
        Map<Set<String>, Integer> counts = spottedCounts(occurrences, false);
        if (counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) < 2) {
            counts = spottedCounts(occurrences, true);
        }
        return counts;
    }

    private static Map<Set<String>, Integer> spottedCounts(List<Occurrence> occurrences, boolean headings) {
        Map<Set<String>, Integer> counts = new HashMap<>();
        for (Occurrence o : occurrences) {
            if (headings || !TermText.looksLikeTitle(o.unit().to().tokens())) {
                o.spotted().ifPresent(s -> counts.merge(s.stems(), 1, Integer::sum));
            }
        }
        return counts;
    }

    /**
     * The stems of the usual rendering, or null when the spotted renderings settle none: the one
     * most occurrences' spotted renderings hold ("error" in "error", "error message", "errors"),
     * and of a single word also one word of a longer spotted rendering ("package" in "source
     * package"); among equals the one more units' translations hold, then the longer.
     */
    static Set<String> usual(String key, Map<Set<String>, Integer> spottedCount, List<Occurrence> occurrences) {
        boolean phrase = key.contains(" ");
        Set<Set<String>> candidates = new HashSet<>(spottedCount.keySet());
        if (!phrase) {
            spottedCount.keySet().forEach(k -> k.forEach(stem -> candidates.add(Set.of(stem))));
        }
        Set<String> usual = null;
        int usualSpotted = 0;
        int usualSupport = 0;
        for (Set<String> candidate : candidates) {
            int holding = 0;
            for (var e : spottedCount.entrySet()) {
                if (phrase ? e.getKey().equals(candidate) : e.getKey().containsAll(candidate)) {
                    holding += e.getValue(); // of a phrase, the spotted rendering as a whole
                }
            }
            int support = unitsHolding(candidate, occurrences);
            if (usual == null || holding > usualSpotted || (holding == usualSpotted && (support > usualSupport
                    || support == usualSupport && candidate.size() > usual.size()))) {
                usual = candidate;
                usualSpotted = holding;
                usualSupport = support;
            }
        }
        return usual == null || usualSpotted < 2 || TermText.hasPlaceholder(usual) ? null : usual;
    }

    private static int unitsHolding(Set<String> stems, List<Occurrence> occurrences) {
        int n = 0;
        for (Occurrence o : occurrences) {
            if (o.unit().to().stems().containsAll(stems)) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when the occurrence's unit gives the term the usual rendering: the rendering spotted for
     * it holds the usual one, or the translation has the usual rendering's words where the aligner
     * links them to the term or to nothing. The usual words rendering another word of the source
     * ("package" for "empaquetage" beside "paquet" → "parcel") do not count.
     */
    static boolean usesUsual(Occurrence o, Set<String> usual, Relatedness related) {
        if (o.spotted().isPresent() && o.spotted().get().stems().containsAll(usual)) {
            return true;
        }
        if (o.spotted().isPresent() && familyWordInstead(o.spotted().get(), usual)) {
            // what the aligner links to the term is the usual rendering with one word replaced by
            // another of its family ("partitionnement logiques" for "partitions logiques"): the
            // usual words elsewhere in the bead render another term ("partition étendue")
            return false;
        }
        UnitSide to = o.unit().to();
        if (!to.stems().containsAll(usual)) {
            return false;
        }
        UnitSide.WordRange term = o.unit().from().wordsOf(o.term());
        Set<String> free = new HashSet<>();
        for (int w = 0; w < to.words().size(); w++) {
            Set<String> stems = RenderingWords.tokenStems(to.tokens().get(to.tokenOf()[w]));
            stems.retainAll(usual);
            if (!stems.isEmpty() && !renderingAnotherWord(o.unit(), w, term, related)) {
                free.addAll(stems);
            }
        }
        return free.containsAll(usual);
    }

    /**
     * True when the spotted rendering is the {@code usual} one (two words or more) with one word
     * replaced by another of that word's family, the usual word not written in it (not "image"
     * read as the verb "imager").
     */
    static boolean familyWordInstead(SpottedRendering spotted, Set<String> usual) {
        if (usual.size() < 2 || spotted.stems().size() != usual.size()) {
            return false;
        }
        Set<String> added = new HashSet<>(spotted.stems());
        added.removeAll(usual);
        Set<String> lost = new HashSet<>(usual);
        lost.removeAll(spotted.stems());
        return added.size() == 1 && lost.size() == 1 && TermText.sameFamily(added.iterator().next(), lost.iterator().next())
                && !RenderingWords.renderingStems(spotted.text()).contains(lost.iterator().next());
    }

    /**
     * True when the aligner links target word {@code w} to a related source content word outside
     * the term and not to the term.
     */
    private static boolean renderingAnotherWord(OrientedUnit u, int w, UnitSide.WordRange term, Relatedness related) {
        boolean elsewhere = false;
        for (WordLink l : u.links()) {
            if (l.target() != w) {
                continue;
            }
            if (term.contains(l.source())) {
                return false;
            } else if (u.fromContentWord(l) && u.strength(related, l) > 0) {
                elsewhere = true;
            }
        }
        return elsewhere;
    }

    /** The usual rendering's words as written in the first unit whose spotted rendering is just it. */
    static List<TaggedToken> usualTokens(List<Occurrence> occurrences, Set<String> stems) {
        for (Occurrence o : occurrences) {
            if (o.spotted().isPresent() && o.spotted().get().stems().equals(stems)) {
                SpottedRendering s = o.spotted().get();
                return List.copyOf(o.unit().to().tokens().subList(s.firstToken(), s.endToken()));
            }
        }
        return List.of();
    }

    /** The lemmas of the usual rendering, as spotted (of its words within longer spotted renderings). */
    static List<String> usualLemmas(List<Occurrence> occurrences, Set<String> stems) {
        for (Occurrence o : occurrences) {
            if (o.spotted().isPresent() && o.spotted().get().stems().equals(stems)) {
                return o.spotted().get().lemmas();
            }
        }
        for (Occurrence o : occurrences) {
            if (o.spotted().isPresent() && o.spotted().get().stems().containsAll(stems)) {
                return o.spotted().get().lemmas().stream().filter(l -> stems.contains(TermText.stem(l))).toList();
            }
        }
        return List.of();
    }

    /** The usual rendering's commonest text, as spotted (or its words within longer spotted renderings). */
    static String commonestText(List<Occurrence> occurrences, Set<String> stems) {
        Map<String, Integer> counts = new HashMap<>();
        for (Occurrence o : occurrences) {
            o.spotted().filter(s -> s.stems().equals(stems)).ifPresent(s -> counts.merge(s.text(), 1, Integer::sum));
        }
        if (counts.isEmpty()) {
            for (Occurrence o : occurrences) {
                if (o.spotted().isEmpty() || !o.spotted().get().stems().containsAll(stems)) {
                    continue;
                }
                SpottedRendering s = o.spotted().get();
                List<TaggedToken> tokens = o.unit().to().tokens();
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    if (!Collections.disjoint(RenderingWords.tokenStems(tokens.get(k)), stems)) {
                        counts.merge(tokens.get(k).text(), 1, Integer::sum);
                    }
                }
            }
        }
        return commonest(counts);
    }

    /** The term as most often written. */
    static String commonestForm(List<Occurrence> occurrences) {
        Map<String, Integer> counts = new HashMap<>();
        occurrences.forEach(o -> counts.merge(o.term().surface(), 1, Integer::sum));
        return commonest(counts);
    }

    /** The most frequent text; among equals, one in lower case, then the first in order. */
    private static String commonest(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().chars().noneMatch(Character::isUpperCase))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }

    /** True when most of the units that use the usual rendering are headings. */
    static boolean headings(List<Occurrence> occurrences, List<Integer> usualUnits) {
        Set<Integer> usual = new HashSet<>(usualUnits);
        int headings = 0;
        for (Occurrence o : occurrences) {
            if (usual.contains(o.unit().index()) && o.unit().heading()) {
                headings++;
            }
        }
        return headings * 2 > usualUnits.size();
    }
}
