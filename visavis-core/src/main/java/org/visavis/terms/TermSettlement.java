package org.visavis.terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Settles each recurring term of one side: its usual rendering ({@link UsualRenderingChoice}),
 * whether it dominates (at least {@code minShare} of the units, {@code minWordShare} and three
 * units for a single word), and the deviations of the other occurrences ({@link DeviationJudge}),
 * less a set phrase given one rendering of its own in several beads.
 */
final class TermSettlement {

    /** What {@link #renderings} answers when the occurrences do not settle a usual rendering. */
    private static final TermRenderings UNSETTLED = new TermRenderings("", "", "", List.of(), List.of(), 0);

    private final RenderingDiscovery.Options options;
    private final Direction direction;
    private final RenderingDiscovery.Trace trace;
    private final DeviationJudge judge;

    TermSettlement(RenderingDiscovery.Options options, Direction direction, RenderingDiscovery.Trace trace) {
        this.options = options;
        this.direction = direction;
        this.trace = trace;
        this.judge = new DeviationJudge(options, direction, trace);
    }

    /**
     * The renderings of each term with their deviations, weighed against the usual renderings of
     * the side's terms ({@code termRenderings}, by key); the usual rendering of each term that has
     * one goes to {@code usuals}.
     */
    List<TermRenderings> settle(Map<String, List<Occurrence>> byKey, Map<String, Set<String>> termRenderings,
                                Map<String, Set<String>> usuals) {
        List<TermRenderings> found = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            List<Occurrence> own = e.getValue().stream().filter(o -> !o.nested()).toList();
            TermRenderings t = renderings(e.getKey(), own, termRenderings, usuals);
            if (t == UNSETTLED && own.size() < e.getValue().size()) {
                // the word's own occurrences are too few to tell its usual rendering: its
                // renderings inside longer terms tell it ("gestionnaire" in "gestionnaire de paquets")
                t = renderings(e.getKey(), e.getValue(), termRenderings, usuals);
            }
            if (t != null && t != UNSETTLED) {
                found.add(t);
            }
        }
        return found;
    }

    /** The occurrences that use the usual rendering (their units), the others, and what the usual ones tell. */
    private record Uses(List<Integer> usualUnits, List<Occurrence> others, Set<String> usualSetPhrases,
                        boolean writtenLower) {
    }

    /**
     * The term's usual rendering and its deviations among the occurrences; null when there are
     * none, {@link #UNSETTLED} when the occurrences do not settle a usual rendering.
     */
    private TermRenderings renderings(String key, List<Occurrence> occurrences,
                                      Map<String, Set<String>> termRenderings, Map<String, Set<String>> usuals) {
        if (occurrences.size() < options.minUnits()) {
            return UNSETTLED; // occurrences left out (glued, nested) may leave too few
        }
        // (« stations de » before « travail sans disque » in nearly every bead is part of it)
        occurrences = CommonLeadingWords.widened(occurrences);
        Map<Set<String>, Integer> spottedCount = UsualRenderingChoice.spottedCounts(occurrences);
        Set<String> usual = UsualRenderingChoice.usual(key, spottedCount, occurrences);
        if (usual == null) {
            for (Occurrence o : occurrences) {
                trace.note(o.unit().index(), key, "no usual rendering: " + spottedCount);
            }
            return UNSETTLED;
        }
        String usualText = UsualRenderingChoice.commonestText(occurrences, usual);
        Uses uses = uses(key, occurrences, usual, usualText, termRenderings);
        boolean dominant = dominant(key, uses.usualUnits().size(), occurrences.size());
        if (dominant) {
            usuals.put(key, usual);
        }
        if (uses.others().isEmpty()) {
            return null;
        }
        if (!dominant) {
            for (Occurrence o : uses.others()) {
                trace.note(o.unit().index(), key, String.format(Locale.ROOT,
                        "usual %s too weak: %d of %d", usual, uses.usualUnits().size(), occurrences.size()));
            }
            return UNSETTLED;
        }
        UsualRendering.Frame frame = new UsualRendering.Frame(key, UsualRenderingChoice.usualTokens(occurrences, usual),
                termRenderings, UsualRenderingChoice.headings(occurrences, uses.usualUnits()));
        // (a rendering the term is given only in set phrases, "mise en paquet" → "packaging", is
        // the phrase's, not a second usage of the term)
        // (and a phrase written again, a heading and its contents entry, is one choice: RepeatedPhrase)
        Map<Set<String>, Integer> elsewhere = new HashMap<>(UsualRenderingChoice.spottedCounts(
                RepeatedPhrase.once(occurrences.stream().filter(o -> o.setPhrasePreposition() == null
                        || uses.usualSetPhrases().contains(o.setPhrasePreposition())).toList())));
        elsewhere.keySet().removeIf(r -> r.containsAll(usual));
        UsualRendering rendering = new UsualRendering(usualText, usual,
                UsualRenderingChoice.usualLemmas(occurrences, usual), uses.usualUnits().size(), elsewhere, uses.usualSetPhrases(),
                uses.writtenLower(), frame);
        List<Deviation> deviations = deviations(key, occurrences, uses, rendering);
        if (deviations.isEmpty()) {
            return null;
        }
        return new TermRenderings(UsualRenderingChoice.commonestForm(occurrences), key, usualText, uses.usualUnits(),
                deviations, occurrences.size());
    }

    /** Which occurrences use the usual rendering (or have its compound written in) and which do not. */
    private Uses uses(String key, List<Occurrence> occurrences, Set<String> usual, String usualText,
                      Map<String, Set<String>> termRenderings) {
        String compound = usualText.matches(".*[\\s\u2010\u2011-].*") ? usualText : "";
        List<Integer> usualUnits = new ArrayList<>();
        List<Occurrence> others = new ArrayList<>();
        // the set phrases ("par défaut") that the usual rendering renders too ("by default"): in
        // them another rendering is no idiom of its own
        Set<String> usualSetPhrases = new HashSet<>();
        boolean writtenLower = false;
        for (Occurrence o : occurrences) {
            writtenLower |= o.term().surface().codePoints().anyMatch(Character::isLowerCase);
            // (the term copied in the source's order is no use of the usual rendering, though it
            // has its words: "la candidate version" beside "version candidate")
            // (nor is the usual rendering's words in another order: "private virtual network")
            if ((UsualRenderingChoice.usesUsual(o, usual, direction.related())
                    || RenderingWords.writtenIn(o.unit().to().text(), compound)) && !SourceOrderCopy.copied(o, usualText)
                    && o.spotted().filter(s -> ReorderedRendering.of(s, o.unit().to(), usualText, key, termRenderings)).isEmpty()) {
                String preposition = o.setPhrasePreposition();
                if (preposition != null) {
                    usualSetPhrases.add(preposition);
                }
                usualUnits.add(o.unit().index());
                trace.note(o.unit().index(), key, "uses usual " + usual + ", spotted "
                        + o.spotted().map(SpottedRendering::text).orElse("nothing"));
            } else if (!o.nested()) {
                others.add(o);
            }
        }
        return new Uses(usualUnits, others, usualSetPhrases, writtenLower);
    }

    /** True when the usual rendering dominates: a single word's needs three beads, two against one is no dominance. */
    private boolean dominant(String key, int usualUnits, int units) {
        double share = (double) usualUnits / units;
        boolean phrase = key.contains(" ");
        return usualUnits >= (phrase ? 2 : 3) && share >= (phrase ? options.minShare() : options.minWordShare());
    }

    /** The deviations of the occurrences that do not use the usual rendering. */
    private List<Deviation> deviations(String key, List<Occurrence> occurrences, Uses uses, UsualRendering usual) {
        List<Deviation> deviations = new ArrayList<>();
        Map<String, List<Deviation>> inSetPhrases = new HashMap<>();
        // a usual rendering only the longer terms the word is in give it ("mailing" of "diffusion"
        // in "listes de diffusion"): the word alone may well be used in another sense ("sa diffusion")
        Set<Integer> usualSet = new HashSet<>(uses.usualUnits());
        boolean onlyNested = occurrences.stream().noneMatch(o -> !o.nested() && usualSet.contains(o.unit().index()));
        for (Occurrence o : uses.others()) {
            Deviation d = judge.deviation(o, usual);
            if (d != null && onlyNested) {
                d = d.weighed(Deviation.Evidence.USUAL_IN_LONGER_TERMS);
            }
            if (d != null && d.kind() == Deviation.Kind.OTHER && CompositionalVariant.of(key,
                    uses.usualUnits().size(), usual.stems(), d.rendering(), usual.frame().termRenderings())) {
                d = d.weighed(Deviation.Evidence.COMPOSITIONAL);
            }
            if (d != null) {
                deviations.add(d);
                String preposition = o.setPhrasePreposition();
                if (preposition != null && !uses.usualSetPhrases().contains(preposition)) {
                    inSetPhrases.computeIfAbsent(preposition + "\t" + RenderingWords.renderingStems(d.rendering()),
                            k -> new ArrayList<>()).add(d);
                }
            }
            trace.note(o.unit().index(), key, decision(o, d, usual, uses.usualUnits().size(), occurrences.size()));
        }
        // a set phrase given one rendering of its own in several beads ("mise en paquet" →
        // "packaging") is rendered as a whole, consistently: no slip
        for (List<Deviation> same : inSetPhrases.values()) {
            if (same.size() >= 2) {
                deviations.removeAll(same);
                same.forEach(d -> trace.note(d.unit(), key, "dropped: a set phrase with a rendering of its own"));
            }
        }
        return deviations;
    }

    /** What was decided about an occurrence, for the trace. */
    private static String decision(Occurrence o, Deviation d, UsualRendering usual, int usualUnits, int units) {
        return (d == null ? "no deviation" : "deviation " + d.kind() + " '" + d.rendering() + "' evidence "
                + d.evidence()) + "; usual '" + usual.text() + "' " + usualUnits + "/" + units + ", spotted "
                + o.spotted().map(sp -> "'" + sp.text() + "' " + sp.confidence() + (sp.nominal() ? "" : " not nominal")
                + (sp.claimed() ? " claimed" : "")).orElse("nothing");
    }
}
