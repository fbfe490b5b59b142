package org.visavis.termbench;

import java.util.List;
import org.visavis.model.Alignment;

/** An alignment with inconsistencies planted in it, and the cases planted. */
record PlantedRound(int round, Alignment alignment, List<PlantedCase> cases) {
    PlantedRound {
        cases = List.copyOf(cases);
    }
}
