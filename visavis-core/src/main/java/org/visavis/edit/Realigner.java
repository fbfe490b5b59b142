package org.visavis.edit;

import java.util.List;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;

/**
 * Aligns again everything that lies between fixed beads: the beads returned cover both documents
 * in order and contain every fixed bead unchanged. The workbench passes the sentence aligner's
 * {@code realign}; tests pass a small length-based one.
 *
 * <pre>{@code
 * List<Bead> beads = realigner.realign(a.source(), a.target(), confirmedBeads);
 * }</pre>
 */
@FunctionalInterface
public interface Realigner {
    List<Bead> realign(SegmentedDocument source, SegmentedDocument target, List<Bead> fixed);
}
