package org.visavis.eval;

import java.util.List;
import org.visavis.model.Bead;

/**
 * The sentence indexes of a bead as a bead file states them, without the checks a {@link Bead}
 * makes: gold files may pair non-consecutive sentences ({@code [250]:[291,293,294]}).
 */
public record BeadIndexes(List<Integer> source, List<Integer> target) {
    public BeadIndexes {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public static BeadIndexes of(Bead bead) {
        return new BeadIndexes(bead.source(), bead.target());
    }

    public static List<BeadIndexes> of(List<Bead> beads) {
        return beads.stream().map(BeadIndexes::of).toList();
    }

    boolean oneSided() {
        return source.isEmpty() || target.isEmpty();
    }

    boolean empty() {
        return source.isEmpty() && target.isEmpty();
    }
}
