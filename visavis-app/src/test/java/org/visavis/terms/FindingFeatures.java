package org.visavis.terms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visavis.checks.Finding;
import org.visavis.checks.TermInconsistencyCheck;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.Side;

/**
 * What is known about a term finding beside its confidence, each a {@link Features} field that
 * means the same in any language pair: the deviation's evidence and shape, the usual rendering's
 * support, how the term varies, the bead, how widely the text writes the rendering's words, and
 * how like the deviating bead's context ({@link BeadContext}) is to the usual beads' and to the
 * beads that write the other rendering. For measuring which of them tell the findings worth a
 * reviser's look from the others ({@link org.visavis.termbench.FindingFeatureTable}); on the five
 * judged pairs none does so beyond the pairs it is fitted on (README, "Measuring the term checks").
 *
 * <pre>{@code
 * for (FindingFeatures.Described d : FindingFeatures.of(check, alignment)) {
 *     d.features().sharesUsualWord();   // "partitionnement automatique" beside "partitionnement manuel": true
 * }
 * }</pre>
 */
public final class FindingFeatures {

    /**
     * What is known about one finding (a term and the deviating beads that share one rendering).
     *
     * @param kind what the beads have instead of the usual rendering
     * @param evidence the surest deviation's evidence ({@link Deviation.Evidence}, with its factors)
     * @param alignment the word aligner's surest link of the term to the rendering (0 when none)
     * @param usualBeads the beads that use the usual rendering
     * @param usualShare their share of the term's beads
     * @param beads the deviating beads of this finding
     * @param termDeviations all the beads in which the term deviates, whatever the rendering
     * @param otherRenderings how many other renderings the term's deviations have beside this one
     * @param phrase the term has several words
     * @param reverse the reverse question (a target term standing for another source term)
     * @param sharesUsualWord the rendering keeps a word of the usual rendering
     * @param shorter the rendering has fewer words than the usual one
     * @param pairing the sentence aligner's lowest confidence in the deviating beads' pairing
     * @param sourceWords the fewest words on the term's side of a deviating bead (a heading, a table cell)
     * @param generalTerm a word of the term is a general word of its language ("example", "system")
     * @param renderingSpread the share of the text's beads whose other side has the rendering's words
     * @param termSpread the share of the text's beads the term occurs in
     * @param substituteBeads the beads whose other side has the rendering's words that the usual
     *                        rendering has not (the rarest of them; all its words when it shares none)
     * @param substituteWithTerm the share of those beads where the term is too (low: the words
     *                           render something else in the text)
     * @param contextUsual how like the beads with the usual rendering the deviating bead's context
     *                     is on the term's side ({@link BeadContext}: mean cosine, 0..1)
     * @param contextOther how like the beads that write the substituted words without this finding's
     *                     beads it is (0 when there are none)
     */
    public record Features(Deviation.Kind kind, double evidence, double alignment, int usualBeads, double usualShare,
                           int beads, int termDeviations, int otherRenderings, boolean phrase, boolean reverse,
                           boolean sharesUsualWord, boolean shorter, double pairing, int sourceWords,
                           boolean generalTerm, double renderingSpread, double termSpread, int substituteBeads,
                           double substituteWithTerm, double contextUsual, double contextOther) {
    }

    /** A finding with its features. */
    public record Described(Finding finding, Features features) {
    }

    /** The findings of {@code check} on {@code alignment}, each with its features. */
    public static List<Described> of(TermInconsistencyCheck check, Alignment alignment) {
        FindingFeatures features = new FindingFeatures(TermInconsistencyCheck.units(alignment),
                alignment.source().language(), alignment.target().language());
        return check.grounded(alignment).stream().map(g -> new Described(g.finding(),
                features.features(g.term(), g.deviations(), g.side() == Side.TARGET))).toList();
    }

    private final Map<Integer, BilingualUnit> units = new HashMap<>();
    private final Map<String, Integer> sourceStems;
    private final Map<String, Integer> targetStems;
    private final Map<String, List<Integer>> sourceUnits;
    private final Map<String, List<Integer>> targetUnits;
    private final GeneralWords sourceGeneral;
    private final GeneralWords targetGeneral;
    private final BeadContext sourceContext;
    private final BeadContext targetContext;

    FindingFeatures(List<BilingualUnit> units, Language source, Language target) {
        units.forEach(u -> this.units.put(u.index(), u));
        this.sourceUnits = stemUnits(units, true);
        this.targetUnits = stemUnits(units, false);
        this.sourceStems = counts(sourceUnits);
        this.targetStems = counts(targetUnits);
        this.sourceGeneral = GeneralWords.of(source);
        this.targetGeneral = GeneralWords.of(target);
        this.sourceContext = new BeadContext(units, true);
        this.targetContext = new BeadContext(units, false);
    }

    /** The features of the finding about {@code group}, deviations of {@code t} sharing one rendering. */
    Features features(TermRenderings t, List<Deviation> group, boolean reverse) {
        Deviation first = group.get(0);
        double evidence = group.stream().mapToDouble(Deviation::evidence).max().orElse(0);
        double alignment = group.stream().mapToDouble(Deviation::alignmentConfidence).max().orElse(0);
        Set<String> renderings = new HashSet<>();
        t.deviations().forEach(d -> renderings.add(d.rendering().toLowerCase(Locale.ROOT)));
        int otherRenderings = renderings.size() - 1;
        Set<String> usualStems = RenderingWords.renderingStems(t.usual().toLowerCase(Locale.ROOT));
        Set<String> stems = RenderingWords.renderingStems(first.rendering().toLowerCase(Locale.ROOT));
        boolean shares = stems.stream().anyMatch(usualStems::contains);
        boolean shorter = !first.rendering().isBlank() && words(first.rendering()) < words(t.usual());
        double pairing = 1;
        int sourceWords = Integer.MAX_VALUE;
        for (Deviation d : group) {
            BilingualUnit u = units.get(d.unit());
            if (u != null) {
                pairing = Math.min(pairing, u.confidence());
                sourceWords = Math.min(sourceWords, words(reverse ? u.target() : u.source()));
            }
        }
        GeneralWords general = reverse ? targetGeneral : sourceGeneral;
        boolean generalTerm = List.of(t.key().split(" ")).stream().anyMatch(general::contains);
        Map<String, Integer> otherSide = reverse ? sourceStems : targetStems;
        int spread = stems.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (String s : stems) {
            spread = Math.min(spread, otherSide.getOrDefault(s, 0));
        }
        Set<String> substitutes = new HashSet<>(stems);
        substitutes.removeAll(usualStems);
        if (substitutes.isEmpty()) {
            substitutes = stems;
        }
        Map<String, List<Integer>> otherUnits = reverse ? sourceUnits : targetUnits;
        Map<String, List<Integer>> termUnits = reverse ? targetUnits : sourceUnits;
        List<Integer> rarest = null;
        for (String x : substitutes) {
            List<Integer> u = otherUnits.getOrDefault(x, List.of());
            if (rarest == null || u.size() < rarest.size()) {
                rarest = u;
            }
        }
        Set<Integer> withTerm = null;
        for (String x : TermText.stems(List.of(t.key().toLowerCase(Locale.ROOT).split(" ")))) {
            Set<Integer> u = new HashSet<>(termUnits.getOrDefault(x, List.of()));
            if (withTerm == null) {
                withTerm = u;
            } else {
                withTerm.retainAll(u);
            }
        }
        int substituteBeads = rarest == null ? 0 : rarest.size();
        int together = 0;
        if (rarest != null && withTerm != null) {
            for (int u : rarest) {
                together += withTerm.contains(u) ? 1 : 0;
            }
        }
        BeadContext context = reverse ? targetContext : sourceContext;
        Set<String> termStems = TermText.stems(List.of(t.key().toLowerCase(Locale.ROOT).split(" ")));
        List<Integer> beads = group.stream().map(Deviation::unit).toList();
        double contextUsual = 0;
        double contextOther = 0;
        List<Integer> writing = rarest == null ? List.of() : BeadContext.except(rarest, beads);
        for (int b : beads) {
            contextUsual = Math.max(contextUsual, context.similarity(b, t.usualUnits(), termStems));
            contextOther = Math.max(contextOther, context.similarity(b, writing, termStems));
        }
        double all = Math.max(1, units.size());
        return new Features(first.kind(), evidence, alignment, t.usualUnits().size(), t.usualShare(), group.size(),
                t.deviations().size(), otherRenderings, t.isPhrase(), reverse, shares, shorter, pairing,
                sourceWords == Integer.MAX_VALUE ? 0 : sourceWords, generalTerm, spread / all, t.units() / all,
                substituteBeads, substituteBeads == 0 ? 0 : (double) together / substituteBeads, contextUsual, contextOther);
    }

    private static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("[\\s\u2010\u2011-]+").length;
    }

    private static Map<String, List<Integer>> stemUnits(List<BilingualUnit> units, boolean source) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (BilingualUnit u : units) {
            String text = (source ? u.source() : u.target()).toLowerCase(Locale.ROOT);
            for (String s : TermText.stems(List.of(text.split("[^\\p{L}\\p{N}]+")))) {
                out.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(u.index());
            }
        }
        return out;
    }

    private static Map<String, Integer> counts(Map<String, List<Integer>> units) {
        Map<String, Integer> counts = new HashMap<>();
        units.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }
}
