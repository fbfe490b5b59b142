package org.visavis.terms;

import java.util.Collection;
import java.util.List;

/**
 * How a recurring term is rendered across a text: the term as most often written and its lemma
 * key, the usual rendering (as most often written) with the units that use it, the units that do
 * not ({@link Deviation}s), and how many units the term occurs in.
 * {@code "paquet source" → "source package" in 14 units; unit 77 has "package source"}.
 */
public record TermRenderings(String term, String key, String usual, List<Integer> usualUnits,
                             List<Deviation> deviations, int units) {
    public TermRenderings {
        usualUnits = List.copyOf(usualUnits);
        deviations = List.copyOf(deviations);
    }

    /** True when the term is a phrase of several words (more often a term than a single word is). */
    public boolean isPhrase() {
        return key.contains(" ");
    }

    /**
     * How many units the term deviates in besides {@code own} (one finding's beads, of deviations
     * of kind {@code kind}): how widely the text varies the term apart from the deviation weighed.
     * A slip in two beads of a term varied in three others is no term rendered by its context;
     * counting the slip's own beads would say so. Of a term left as in the source, only the other
     * beads that leave it so count: a text that varies its renderings by context ("taille",
     * "place", "mesure" for "size") still renders the word, and keeping the source's word is
     * none of those choices ("le hardware" beside "matériel" in 49 beads), unless the text keeps
     * it elsewhere too.
     */
    public int deviatingUnitsBesides(Collection<Integer> own, Deviation.Kind kind) {
        return (int) deviations.stream()
                .filter(d -> kind != Deviation.Kind.UNTRANSLATED || d.kind() == Deviation.Kind.UNTRANSLATED)
                .map(Deviation::unit).filter(u -> !own.contains(u)).distinct().count();
    }

    /** The share of the term's units that use the usual rendering. */
    public double usualShare() {
        return units == 0 ? 0 : (double) usualUnits.size() / units;
    }
}
