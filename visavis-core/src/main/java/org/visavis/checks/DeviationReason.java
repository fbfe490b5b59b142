package org.visavis.checks;

import java.util.List;
import java.util.Locale;
import org.visavis.model.Side;
import org.visavis.terms.Deviation;
import org.visavis.terms.TermRenderings;

/**
 * Why a term finding says a bead renders the term otherwise, naming the evidence that made it
 * ({@link Deviation.Basis}): the dictionary, the usual rendering's words or word family, the same
 * rendering in other beads, or only the word aligner.
 *
 * <pre>{@code
 * DeviationReason.other(terms, group, Side.SOURCE);
 * // "the dictionary relates “safety” to “sécurité”, and the translation has no “security” there"
 * }</pre>
 */
final class DeviationReason {
    private DeviationReason() {
    }

    /** The reason of a finding about another rendering: {@code group} are its deviations, one rendering. */
    static String other(TermRenderings t, List<Deviation> group, Side side) {
        Deviation d = group.stream().max(java.util.Comparator.comparingDouble(Deviation::evidence)).orElseThrow();
        String term = quoted(t.term());
        String other = quoted(d.rendering());
        String usual = quoted(t.usual());
        String otherSide = side == Side.SOURCE ? "translation" : "source";
        String missing = ", and the " + otherSide + " has no " + usual + " there";
        return switch (d.basis()) {
            case DICTIONARY -> "the dictionary (or the spelling) relates " + other + " to " + term + missing;
            case SHARES_WORD -> other + " shares a word with " + usual + ": the same term, worded otherwise" + missing;
            case ANOTHER_TERMS_RENDERING -> other + " is how the text renders another term, which this bead's "
                    + (side == Side.SOURCE ? "source" : "translation") + " does not have" + missing + ": a wrong term?";
            case WORD_FAMILY -> other + " is of the word family of " + usual + ": the same term, another word"
                    + missing;
            case RENDERED_ELSEWHERE -> elsewhere(t, group, d, term, other) + missing;
            case WEAKLY_LINKED -> "only the word aligner links " + term + " to " + other
                    + " here, and weakly (no dictionary entry or other bead says so)" + missing;
            case UNLINKED_NOUN -> "the word aligner links nothing to " + term + " here, and " + other
                    + " is the noun nothing is linked to" + missing;
            case UNTRANSLATED -> "the " + otherSide + " keeps " + other + " as in the " + (side == Side.SOURCE
                    ? "source" : "translation") + missing;
            case NOTHING -> "nothing in the " + otherSide + " renders " + term + missing;
            default -> "only the word aligner links " + term + " to " + other
                    + " here (no dictionary entry or other bead says so)" + missing;
        };
    }

    /** "the text renders “term” as “other” in bead 12 too", or "elsewhere too" when no finding's bead shows it. */
    private static String elsewhere(TermRenderings t, List<Deviation> group, Deviation d, String term, String other) {
        List<Integer> own = group.stream().map(Deviation::unit).toList();
        String folded = d.rendering().toLowerCase(Locale.ROOT);
        List<Integer> beads = t.deviations().stream()
                .filter(x -> !own.contains(x.unit()) && x.rendering().toLowerCase(Locale.ROOT).equals(folded))
                .map(Deviation::unit).distinct().sorted().toList();
        return "the text renders " + term + " as " + other + (beads.isEmpty() ? " elsewhere too"
                : " in " + (beads.size() == 1 ? "bead " : "beads ") + BeadNumbers.list(beads) + " too");
    }

    private static String quoted(String s) {
        return "“" + s + "”";
    }
}
