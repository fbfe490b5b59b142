package org.visavis.edit;

import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;

/** One side of an alignment: {@code Side.SOURCE.of(bead)} is the bead's source sentence indexes. */
public enum Side {
    SOURCE,
    TARGET;

    public List<Integer> of(Bead bead) {
        return this == SOURCE ? bead.source() : bead.target();
    }

    public SegmentedDocument of(Alignment alignment) {
        return this == SOURCE ? alignment.source() : alignment.target();
    }

    public Side other() {
        return this == SOURCE ? TARGET : SOURCE;
    }

    /** A copy of {@code bead} with this side's indexes replaced. */
    Bead with(Bead bead, List<Integer> indexes) {
        return this == SOURCE
                ? new Bead(indexes, bead.target(), bead.confidence(), bead.status())
                : new Bead(bead.source(), indexes, bead.confidence(), bead.status());
    }
}
