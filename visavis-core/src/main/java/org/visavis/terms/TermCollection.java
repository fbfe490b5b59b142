package org.visavis.terms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The term collection step of {@link RenderingDiscovery}: the candidate terms of one side met in
 * at least {@code minUnits} units, each occurrence with the rendering the aligner spots for it.
 * Left out as legitimate variation: a term left as it is in a passage not translated, glued to
 * code, a placeholder, a general word, an adjective of a noun beside it, and a term inside a longer
 * recurring term (the longer one is checked; a word rendered word by word inside it only votes).
 */
final class TermCollection {

    private final int minUnits;
    private final GeneralWords general;
    private final Direction direction;
    private final RenderingDiscovery.Trace trace;
    /** What the last {@link #occurrences} call collected: its units, their recurring terms, each unit's occurrences, its unsettled terms, the terms collected anew. */
    private List<OrientedUnit> collectedUnits;
    private Set<String> recurring;
    private List<Map<String, Occurrence>> byUnit;
    private Set<String> collectedUnsettled;
    private Set<String> changed = Set.of();

    TermCollection(int minUnits, GeneralWords general, Direction direction, RenderingDiscovery.Trace trace) {
        this.minUnits = minUnits;
        this.general = general;
        this.direction = direction;
        this.trace = trace;
    }

    /** The occurrences of each recurring term, by key, in the order the units first hold them. */
    Map<String, List<Occurrence>> occurrences(List<OrientedUnit> units) {
        return occurrences(units, Set.of());
    }

    /**
     * The occurrences of each recurring term, by key; a term inside one of the {@code unsettled}
     * longer terms (those the text gives no dominant rendering, so that nothing checks them) is
     * checked there as anywhere else ("conditional expression" inside "comparison operators in
     * the conditional expression", a caption worded anew each time). Asked again of the same
     * units with more unsettled terms, only the units that hold one of the new ones are
     * collected anew.
     */
    Map<String, List<Occurrence>> occurrences(List<OrientedUnit> units, Set<String> unsettled) {
        if (units != collectedUnits) {
            collectedUnits = units;
            recurring = recurringKeys(units, minUnits, false);
            byUnit = new ArrayList<>(Collections.nCopies(units.size(), null));
            collectedUnsettled = Set.of();
        }
        changed = new HashSet<>();
        Set<String> added = new HashSet<>(unsettled);
        added.removeAll(collectedUnsettled);
        Set<String> enclosing = new HashSet<>(recurring);
        enclosing.removeAll(unsettled);
        Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
        for (int k = 0; k < units.size(); k++) {
            OrientedUnit u = units.get(k);
            Map<String, Occurrence> seen = byUnit.get(k);
            if (seen == null || u.from().candidates().stream().anyMatch(c -> added.contains(c.key()))) {
                if (seen != null) {
                    changed.addAll(seen.keySet());
                }
                seen = collect(u, enclosing);
                changed.addAll(seen.keySet());
                byUnit.set(k, seen);
            }
            seen.forEach((key, o) -> byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(o));
        }
        collectedUnsettled = Set.copyOf(unsettled);
        return byKey;
    }

    /** The terms whose occurrences the last {@link #occurrences} call collected anew (all of them the first time). */
    Set<String> changed() {
        return changed;
    }

    /** The occurrences of the recurring terms in one unit, by key. */
    private Map<String, Occurrence> collect(OrientedUnit u, Set<String> enclosing) {
        Map<String, Occurrence> seen = new LinkedHashMap<>();
        for (CandidateTerm c : u.from().candidates()) {
            if (!recurring.contains(c.key()) || seen.containsKey(c.key()) && !seen.get(c.key()).nested()) {
                continue;
            }
            occurrence(u, c, enclosing, seen.containsKey(c.key())).ifPresent(o -> seen.put(c.key(), o));
        }
        return seen;
    }

    /** The content stems of the recurring candidate terms of the units' checked side (copied passages aside). */
    static Set<Set<String>> recurringStems(List<OrientedUnit> units, int minUnits) {
        Map<String, Set<String>> stems = new HashMap<>();
        for (OrientedUnit u : units) {
            for (CandidateTerm c : u.from().candidates()) {
                if (!(u.copied() && u.copiedAsIs(c))) {
                    stems.computeIfAbsent(c.key(), k -> TermText.stems(List.of(c.contentKey().split(" "))));
                }
            }
        }
        Set<Set<String>> out = new HashSet<>();
        for (String key : recurringKeys(units, minUnits, true)) {
            out.add(stems.get(key));
        }
        return out;
    }

    /** The keys of the candidate terms met in {@code minUnits} units or more. */
    private static Set<String> recurringKeys(List<OrientedUnit> units, int minUnits, boolean skipCopied) {
        Map<String, Set<Integer>> unitsByKey = new HashMap<>();
        for (OrientedUnit u : units) {
            for (CandidateTerm c : u.from().candidates()) {
                if (!(skipCopied && u.copied() && u.copiedAsIs(c))) {
                    unitsByKey.computeIfAbsent(c.key(), k -> new HashSet<>()).add(u.index());
                }
            }
        }
        Set<String> recurring = new HashSet<>();
        unitsByKey.forEach((k, v) -> {
            if (v.size() >= minUnits) {
                recurring.add(k);
            }
        });
        return recurring;
    }

    /**
     * The occurrence of {@code c} in {@code u} with its spotted rendering, or empty when it is left
     * out ({@code again}: the unit already holds one of the term, inside a longer term; {@code
     * enclosing}: the recurring terms that check what lies inside them).
     */
    private Optional<Occurrence> occurrence(OrientedUnit u, CandidateTerm c, Set<String> enclosing, boolean again) {
        boolean nested = insideLongerTerm(c, u, enclosing);
        String left = leftOut(u, c);
        if (left != null) {
            trace.note(u.index(), c.key(), "left out: " + left);
            return Optional.empty();
        }
        Optional<SpottedRendering> spotted = RenderingSpotter.spot(u, c, direction.related());
        if (nested) {
            // the longer term is checked; this occurrence of a word only tells how the word
            // is rendered ("gestionnaire" → "manager" in "gestionnaire de paquets" → "package
            // manager"), unless the longer one is rendered as a whole ("mise à jour" →
            // "update"); a phrase inside a longer one is mostly the longer one's wording
            // ("version stable de Debian"), no vote
            if (again || c.lemmas().size() > 1 || !renderedWordByWord(c, u, enclosing, spotted, direction.related())) {
                trace.note(u.index(), c.key(), "left out: inside a longer recurring term");
                return Optional.empty();
            }
            trace.note(u.index(), c.key(), "inside a longer recurring term: votes only");
        }
        return Optional.of(new Occurrence(u, c, spotted, nested));
    }

    /** Why the occurrence is legitimate variation not to check, or null. */
    private String leftOut(OrientedUnit u, CandidateTerm c) {
        if (u.copied() && u.copiedAsIs(c)) {
            return "left as it is in a passage not translated";
        }
        if (TermText.gluedToCode(u.from().tokens(), c.firstToken(), c.endToken())) {
            return "glued to code";
        }
        if (TermText.hasPlaceholder(c.lemmas())) {
            return "placeholder";
        }
        if (c.length() == 1 && !direction.singleWords()) {
            return "single word (reverse)";
        }
        if (c.length() == 1 && general.contains(c.key())) {
            return "general word";
        }
        if (c.length() == 1 && RenderingWords.modifier(u.from().tokens(), c.firstToken())) {
            return "an adjective of a noun beside it";
        }
        return null;
    }

    /** The longest recurring term of the unit that holds this occurrence, or null. */
    private static CandidateTerm longestAround(CandidateTerm c, OrientedUnit u, Set<String> recurring) {
        CandidateTerm longest = null;
        for (CandidateTerm other : u.from().candidates()) {
            if (other.length() > c.length() && other.firstToken() <= c.firstToken() && other.endToken() >= c.endToken()
                    && recurring.contains(other.key()) && (longest == null || other.length() > longest.length())) {
                longest = other;
            }
        }
        return longest;
    }

    /** True when a longer recurring term of the unit holds this occurrence: the longer one is checked. */
    private static boolean insideLongerTerm(CandidateTerm c, OrientedUnit u, Set<String> recurring) {
        return longestAround(c, u, recurring) != null;
    }

    /**
     * True when the longest recurring term of the unit that holds this occurrence is rendered word
     * by word: its spotted rendering has as many content words as it has, and the occurrence's
     * own spotted rendering is a part of it ("manager" of "package manager").
     */
    private static boolean renderedWordByWord(CandidateTerm c, OrientedUnit u, Set<String> recurring,
                                              Optional<SpottedRendering> own, Relatedness related) {
        CandidateTerm longest = longestAround(c, u, recurring);
        if (longest == null || own.isEmpty()) {
            return false;
        }
        Optional<SpottedRendering> whole = RenderingSpotter.spot(u, longest, related);
        return whole.isPresent() && whole.get().stems().size() >= longest.contentKey().split(" ").length
                && whole.get().stems().containsAll(own.get().stems()) && !own.get().stems().equals(whole.get().stems());
    }
}
