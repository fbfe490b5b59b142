package org.visavis.model;

import java.util.List;

/**
 * One side of an alignment, the source or the target text: {@code Side.SOURCE.of(bead)} is the
 * bead's source sentence indexes. The one Side type (edits, findings, the editor's columns).
 */
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
    public Bead with(Bead bead, List<Integer> indexes) {
        return this == SOURCE
                ? new Bead(indexes, bead.target(), bead.confidence(), bead.status())
                : new Bead(bead.source(), indexes, bead.confidence(), bead.status());
    }
}
