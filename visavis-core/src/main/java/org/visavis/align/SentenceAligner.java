package org.visavis.align;

import java.util.List;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;

/**
 * Pairs the sentences of a document with those of its translation. The beads returned cover every
 * sentence of both documents exactly once, in order (see {@link
 * org.visavis.model.Alignment#checkCoverage}). {@code aligner.align(french, english)} may return
 * {@code [0]:[0], [1,2]:[1], [3]:[]}.
 */
public interface SentenceAligner {

    /** Aligns the two documents from scratch. */
    List<Bead> align(SegmentedDocument source, SegmentedDocument target);

    /**
     * Keeps the {@code fixed} beads (typically the ones a person confirmed) and realigns only the
     * stretches between them. Throws {@link AlignmentException} when the fixed beads overlap or are
     * out of order.
     */
    List<Bead> realign(SegmentedDocument source, SegmentedDocument target, List<Bead> fixed);
}
