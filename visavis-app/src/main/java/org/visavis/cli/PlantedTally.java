package org.visavis.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.visavis.eval.BeadIndexes;
import org.visavis.eval.Calibration;
import org.visavis.eval.PlantedGaps;
import org.visavis.model.Bead;

/**
 * What the aligner made of the gaps {@code bench --plant} planted: of the sentences whose
 * counterpart was deleted, how many it left unpaired and how many of those confidently; of the
 * sentences moved away from their counterpart (and those counterparts), how many it left unpaired
 * and how many of those confidently, which is a confidence that lies.
 */
final class PlantedTally {

    private long omitted;
    private long omittedAlone;
    private long omittedConfident;
    private long moved;
    private long movedAlone;
    private long movedConfident;

    void add(PlantedGaps gaps, List<Bead> beads) {
        Map<Integer, Bead> bySource = new HashMap<>();
        Map<Integer, Bead> byTarget = new HashMap<>();
        for (Bead b : beads) {
            b.source().forEach(i -> bySource.put(i, b));
            b.target().forEach(j -> byTarget.put(j, b));
        }
        for (BeadIndexes g : gaps.omitted()) {
            for (Bead b : beadsOf(g, bySource, byTarget)) {
                omitted++;
                if (b.isOneSided()) {
                    omittedAlone++;
                    omittedConfident += b.confidence() >= Calibration.CONFIDENT ? 1 : 0;
                }
            }
        }
        for (BeadIndexes g : gaps.moved()) {
            for (Bead b : beadsOf(g, bySource, byTarget)) {
                moved++;
                if (b.isOneSided()) {
                    movedAlone++;
                    movedConfident += b.confidence() >= Calibration.CONFIDENT ? 1 : 0;
                }
            }
        }
    }

    /** The output bead of each sentence of a gold bead. */
    private static List<Bead> beadsOf(BeadIndexes g, Map<Integer, Bead> bySource, Map<Integer, Bead> byTarget) {
        return Stream.concat(g.source().stream().map(bySource::get), g.target().stream().map(byTarget::get))
                .toList();
    }

    String format() {
        return String.format(Locale.ROOT, "planted: omissions: %d sentences without counterpart, %d left unpaired,"
                + " %d of them confidently (right); moves: %d sentences with a counterpart moved 15-60 sentences away,"
                + " %d left unpaired, %d of them confidently (a confidence that lies)",
                omitted, omittedAlone, omittedConfident, moved, movedAlone, movedConfident);
    }
}
