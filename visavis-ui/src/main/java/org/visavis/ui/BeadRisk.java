package org.visavis.ui;

import java.util.BitSet;
import java.util.Collection;
import java.util.Locale;
import org.visavis.model.Bead;

/**
 * How much a bead needs a look, as one score on the confidence scale (0 risky .. 1 safe): the
 * aligner's confidence, but a one-sided bead (a sentence with no counterpart) scores no more
 * than {@link #ONE_SIDED}, and a bead the checks flag no more than {@link #FLAGGED}, whatever
 * the aligner said. The threshold below which a bead counts as low is the reviser's to set.
 *
 * <pre>{@code
 * BeadRisk risk = new BeadRisk(0.5);
 * risk.setFlagged(List.of(77));
 * risk.score(77, bead);      // at most 0.4
 * risk.isLow(77, bead);      // true
 * }</pre>
 */
final class BeadRisk {
    static final double ONE_SIDED = 0.1;
    static final double FLAGGED = 0.4;

    private double threshold;
    private BitSet flagged = new BitSet();

    BeadRisk(double threshold) {
        setThreshold(threshold);
    }

    double threshold() {
        return threshold;
    }

    /** Sets where "low" starts; a value outside 0..1 is refused. */
    void setThreshold(double t) {
        if (!(t > 0 && t <= 1)) {
            throw new org.visavis.edit.EditException(String.format(Locale.ROOT,
                    "a threshold is a confidence above 0 and at most 1, not %s", t));
        }
        this.threshold = t;
    }

    /** The beads the checks flag now (their findings' beads to look at). */
    void setFlagged(Collection<Integer> beads) {
        BitSet b = new BitSet();
        beads.forEach(b::set);
        flagged = b;
    }

    boolean isFlagged(int index) {
        return flagged.get(index);
    }

    double score(int index, Bead bead) {
        double s = bead.confidence();
        if (bead.isOneSided()) {
            s = Math.min(s, ONE_SIDED);
        }
        if (flagged.get(index)) {
            s = Math.min(s, FLAGGED);
        }
        return s;
    }

    boolean isLow(int index, Bead bead) {
        return score(index, bead) < threshold;
    }

    /** Why a bead scores lower than its confidence, for the link column: "one-sided", "flagged" or "". */
    String why(int index, Bead bead) {
        if (bead.isOneSided()) {
            return "one-sided";
        }
        return flagged.get(index) ? "flagged" : "";
    }
}
