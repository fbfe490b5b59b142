package org.visavis.terms;

import java.util.Set;

/**
 * One unit where a term is not given its usual rendering: what the unit has instead
 * ({@code rendering}, as written; "" when no rendering was found), the term as written there, why
 * ({@link Kind}), how sure the word alignment is of the rendering (0..1), and the words a report
 * should mark in the unit.
 */
public record Deviation(int unit, Kind kind, String sourceForm, String rendering, double alignmentConfidence,
                        Set<String> highlights) {

    /** What the unit has instead of the usual rendering. */
    public enum Kind {
        /** Another rendering. */
        OTHER,
        /** The term as in the source: left untranslated. */
        UNTRANSLATED,
        /** Nothing the word alignment links to the term. */
        NONE,
        /** The unit's pairing itself is doubtful: a question for the aligner, not a term error. */
        DOUBTFUL_PAIRING
    }

    public Deviation {
        highlights = Set.copyOf(highlights);
    }
}
