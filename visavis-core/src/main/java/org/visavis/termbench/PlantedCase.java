package org.visavis.termbench;

import java.util.List;

/**
 * One planted inconsistency: in {@code beads} of round {@code round} of a pair, the dominant
 * rendering of a term was replaced by {@code planted}; {@code before} and {@code after} are the
 * target sentences changed, one per bead.
 */
public record PlantedCase(String pair, int round, DeviationKind kind, TermRendering term, String planted, String plantedKey,
                   List<Integer> beads, List<String> before, List<String> after) {

    public PlantedCase {
        beads = List.copyOf(beads);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public String words() {
        return term.isMultiWord() ? "multi-word" : "single-word";
    }
}
