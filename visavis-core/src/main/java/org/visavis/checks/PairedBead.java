package org.visavis.checks;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;

/**
 * A bead with sentences on both sides, with its index and its two texts: what a check that
 * compares a sentence with its translation reads, bead by bead.
 *
 * <pre>{@code
 * for (PairedBead p : PairedBead.of(alignment)) {
 *     compare(p.source(), p.target());   // one-sided beads are left out
 * }
 * }</pre>
 */
record PairedBead(int index, String source, String target) {

    /** The alignment's two-sided beads, in order. */
    static List<PairedBead> of(Alignment alignment) {
        List<Bead> beads = alignment.beads();
        List<PairedBead> paired = new ArrayList<>(beads.size());
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (!bead.isOneSided()) {
                paired.add(new PairedBead(b, alignment.sourceText(bead), alignment.targetText(bead)));
            }
        }
        return paired;
    }
}
