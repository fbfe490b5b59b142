package org.visavis.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** Sentences of one kind of gap: how many, how many left unpaired, how many of those confidently. */
    private static final class Count {
        long sentences;
        long alone;
        long confident;

        void add(Set<BeadIndexes> gold, Map<Integer, Bead> bySource, Map<Integer, Bead> byTarget) {
            for (BeadIndexes g : gold) {
                for (Bead b : beadsOf(g, bySource, byTarget)) {
                    sentences++;
                    if (b.isOneSided()) {
                        alone++;
                        confident += b.confidence() >= Calibration.CONFIDENT ? 1 : 0;
                    }
                }
            }
        }
    }

    private final Count omitted = new Count();
    private final Count moved = new Count();

    void add(PlantedGaps gaps, List<Bead> beads) {
        Map<Integer, Bead> bySource = new HashMap<>();
        Map<Integer, Bead> byTarget = new HashMap<>();
        for (Bead b : beads) {
            b.source().forEach(i -> bySource.put(i, b));
            b.target().forEach(j -> byTarget.put(j, b));
        }
        omitted.add(gaps.omitted(), bySource, byTarget);
        moved.add(gaps.moved(), bySource, byTarget);
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
                omitted.sentences, omitted.alone, omitted.confident, moved.sentences, moved.alone, moved.confident);
    }
}
