package org.visavis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Side;
import org.visavis.terms.BilingualUnit;
import org.visavis.terms.Deviation;
import org.visavis.terms.RenderingDiscovery;
import org.visavis.terms.TermRenderings;

/**
 * {@code term-inconsistency}, no glossary needed: a recurring source term given its usual
 * rendering in most beads and something else in a few, a single one included, and the reverse, a
 * recurring target term standing for another source term than usual (both found by {@link
 * RenderingDiscovery}). One finding per term and deviating rendering: {@code beads} are the beads
 * that deviate, {@code contextBeads} those that use the usual rendering. A bead whose pairing the
 * sentence aligner doubts gives an {@code alignment-question} instead. The confidence grows with
 * the evidence that the bead renders the term otherwise and with the usual rendering's share and
 * count (see {@link #confidence}); below 0.6 a finding is info, from it a warning.
 *
 * <pre>{@code
 * new TermInconsistencyCheck(frTagger, enTagger, RenderingDiscovery.Options.DEFAULT).check(alignment);
 * // "paquet source": usually "source package" (beads 3, 9, 12), bead 20 has "package source"
 * }</pre>
 */
public final class TermInconsistencyCheck implements Check {
    public static final String ID = "term-inconsistency";
    /** The findings about beads whose pairing looks wrong from the terms' point of view. */
    public static final String ALIGNMENT_QUESTION_ID = "alignment-question";
    private static final String NO_RENDERING = "(no rendering found)";

    private final Tagger sourceTagger;
    private final Tagger targetTagger;
    private final RenderingDiscovery.Options options;

    public TermInconsistencyCheck(Tagger sourceTagger, Tagger targetTagger, RenderingDiscovery.Options options) {
        this.sourceTagger = sourceTagger;
        this.targetTagger = targetTagger;
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Alignment alignment) {
        return grounded(alignment).stream().map(Grounded::finding).toList();
    }

    /**
     * A finding with what it was made from: the term's renderings across the text, the deviations
     * it reports (one rendering), and the side of the term.
     */
    public record Grounded(Finding finding, TermRenderings term, List<Deviation> deviations, Side side) {
    }

    /** The findings, each with what it was made from (for measuring what tells them apart). */
    public List<Grounded> grounded(Alignment alignment) {
        List<BilingualUnit> units = units(alignment);
        RenderingDiscovery.Result result = new RenderingDiscovery(sourceTagger, targetTagger, options).discover(units);
        List<Grounded> findings = new ArrayList<>();
        for (TermRenderings t : result.sourceTerms()) {
            findings.addAll(findings(t, Side.SOURCE));
        }
        for (TermRenderings t : result.targetTerms()) {
            findings.addAll(findings(t, Side.TARGET));
        }
        return findings;
    }

    /** The units the check reads: the beads with both sides, each with its pairing confidence (1 when confirmed). */
    public static List<BilingualUnit> units(Alignment alignment) {
        List<BilingualUnit> units = new ArrayList<>();
        List<Bead> beads = alignment.beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isOneSided()) {
                continue;
            }
            units.add(new BilingualUnit(b, alignment.sourceText(bead), alignment.targetText(bead),
                    bead.isConfirmed() ? 1.0 : bead.confidence()));
        }
        return units;
    }

    /** One finding per kind of deviation and rendering. */
    private static List<Grounded> findings(TermRenderings t, Side side) {
        Map<String, List<Deviation>> groups = new LinkedHashMap<>();
        for (Deviation d : t.deviations()) {
            groups.computeIfAbsent(d.kind() + "\t" + d.rendering().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(d);
        }
        List<Grounded> out = new ArrayList<>();
        for (List<Deviation> group : groups.values()) {
            out.add(new Grounded(finding(t, group, side), t, group, side));
        }
        return out;
    }

    private static Finding finding(TermRenderings t, List<Deviation> group, Side side) {
        Deviation first = group.get(0);
        List<Integer> beads = group.stream().map(Deviation::unit).toList();
        String where = (beads.size() == 1 ? "bead " : "beads ") + BeadNumbers.list(beads);
        String usual = "“" + t.usual() + "”";
        String term = "“" + t.term() + "”";
        String usually = side == Side.SOURCE
                ? term + " is rendered " + usual + " in " + t.usualUnits().size() + " of " + t.units() + " beads"
                : term + " stands for " + usual + " in " + t.usualUnits().size() + " of " + t.units() + " beads";
        String other = "“" + first.rendering() + "”";
        String message;
        String reason;
        String rendering;
        switch (first.kind()) {
            case OTHER -> {
                message = usually + (side == Side.SOURCE ? "; " + where + " " + (beads.size() == 1 ? "has " : "have ")
                        + other + " instead" : "; in " + where + " it stands for " + other);
                reason = DeviationReason.other(t, group, side);
                rendering = first.rendering();
            }
            case UNTRANSLATED -> {
                message = usually + "; " + where + (beads.size() == 1 ? " leaves" : " leave") + " it as in the source ("
                        + other + ")";
                reason = "the word aligner links " + term + " to the same words on the other side, and " + usual
                        + " is missing";
                rendering = first.rendering();
            }
            case NONE -> {
                message = usually + "; " + where + (beads.size() == 1 ? " has" : " have") + " no rendering of it";
                reason = "the " + (side == Side.SOURCE ? "translation" : "source") + " has no " + usual
                        + " and the word aligner links nothing to " + term + ": an omission or a rewording";
                rendering = NO_RENDERING;
            }
            default -> {
                message = where + ": no " + usual + " where " + term + " is; is the pairing of "
                        + (beads.size() == 1 ? "this bead" : "these beads") + " right?";
                reason = "the sentence aligner doubts this pairing, and " + usually.replace(term + " is", "the term is")
                        .replace(term + " stands", "the term stands");
                rendering = first.rendering().isEmpty() ? NO_RENDERING : first.rendering();
            }
        }
        Map<String, List<Integer>> renderings = new LinkedHashMap<>();
        renderings.put(t.usual(), t.usualUnits());
        renderings.merge(rendering, beads, (a, b) -> {
            List<Integer> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
        Set<String> highlights = new LinkedHashSet<>();
        highlights.add(t.term());
        highlights.add(t.usual());
        group.forEach(d -> highlights.addAll(d.highlights()));
        double confidence = confidence(t, group, side);
        boolean doubtful = first.kind() == Deviation.Kind.DOUBTFUL_PAIRING;
        Severity severity = !doubtful && confidence >= 0.6 ? Severity.WARNING : Severity.INFO;
        return Finding.builder(doubtful ? ALIGNMENT_QUESTION_ID : ID).severity(severity).side(side).subject(t.term())
                .message(message).beads(beads).contextBeads(t.usualUnits()).renderings(renderings).highlights(highlights)
                .reason(reason + String.format(Locale.ROOT, " (usual rendering's share %.0f%%, word alignment %.2f)",
                        100 * t.usualShare(), alignment(group)))
                .confidence(confidence).build();
    }

    /**
     * The beads a term deviates in, besides a finding's own, from which its variation is
     * widespread: on the four judged real pairs none of the 15 findings of such terms above the
     * default threshold was worth a look. (The finding's own beads do not count: a slip in two
     * beads would otherwise make a term varied in three others look rendered by its context.)
     */
    static final int WIDESPREAD = 5;

    /**
     * How sure the finding is: the evidence that the bead renders the term otherwise ({@link
     * Deviation.Evidence}: another rendering the dictionary relates to the term is surer than a
     * weak link, and nothing found the least sure), times the support of the usual rendering (its
     * share of the beads, and how many beads back it: 2 → 0.75, 9 → 0.91), less when the other
     * rendering is itself common (of a single word, three beads or more, or two against fewer
     * than four; of a phrase, which has one sense, three beads or more against fewer than twice
     * as many), less when the term deviates in many other beads ({@link #WIDESPREAD} or more
     * besides the finding's own, whatever the renderings: a word the text renders by its context,
     * legitimately varied, more often than a slip; of the term left as in the source, only the
     * other beads that leave it so count, see {@link TermRenderings#deviatingUnitsBesides}), less
     * for a single word, and half for the reverse question (a target term standing for two source
     * terms was, on the judged real pairs, the source's own variety every
     * time, never the translator's slip).
     */
    static double confidence(TermRenderings t, List<Deviation> group, Side side) {
        double evidence = group.stream().mapToDouble(Deviation::evidence).max().orElse(0);
        double support = (0.55 + 0.45 * t.usualShare()) * (1 - 1.0 / (t.usualUnits().size() + 2));
        // a rendering many beads share is a second usage the text settled on, less often a slip;
        // but a phrase's rival in three beads against seven ("Installations automatiques" beside
        // "Installation automatisée") is a choice the reviser must make, as sure as one slip
        int many = group.size();
        // and, for a single word (words have senses), two beads against fewer than four are two
        // usages, not a dominant one and a slip
        double rival = many > 2 && t.isPhrase() && many * 2 <= t.usualUnits().size() ? 1.0
                : many > 2 ? Math.max(0.4, 1 - 2.0 * many / t.usualUnits().size())
                : !t.isPhrase() && many * 2 > t.usualUnits().size() ? 0.6 : 1.0;
        double spread = t.deviatingUnitsBesides(group.stream().map(Deviation::unit).toList(), group.get(0).kind())
                >= WIDESPREAD ? 0.7 : 1.0;
        double c = evidence * support * rival * spread * (t.isPhrase() ? 1.0 : 0.9) * (side == Side.TARGET ? 0.5 : 1.0);
        return Math.max(0, Math.min(1, c));
    }

    private static double alignment(List<Deviation> group) {
        return group.stream().mapToDouble(Deviation::alignmentConfidence).max().orElse(0);
    }
}
