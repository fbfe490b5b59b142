package org.visavis.terms;

import java.util.Set;

/**
 * One unit where a term is not given its usual rendering: what the unit has instead
 * ({@code rendering}, as written; "" when no rendering was found), the term as written there, why
 * ({@link Kind}), how sure the word alignment is of the rendering (0..1), how strongly the
 * evidence says this is a rendering of the term that differs from the usual one ({@code evidence},
 * 0..1, see {@link Evidence}), and the words a report should mark in the unit.
 */
public record Deviation(int unit, Kind kind, String sourceForm, String rendering, double alignmentConfidence,
                        double evidence, Set<String> highlights) {

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

    /**
     * How much a deviation's evidence weighs: another rendering the dictionary (or spelling) relates to
     * the term, or one sharing a word with the usual rendering ("manual pages" / "man page"), is
     * almost surely a rendering of the term; one the aligner links firmly is likely one; a word linked
     * weakly, or a noun left unlinked where the term should be, may be; nothing at all is most often a
     * rewording ("it", a verb) and a single word the least sure.
     */
    public static final class Evidence {
        public static final double RELATED = 1.0;
        public static final double SHARES_WORD = 0.9;
        public static final double UNTRANSLATED = 0.85;
        public static final double LINKED = 0.8;
        public static final double WEAKLY_LINKED = 0.6;
        public static final double UNLINKED_NOUN = 0.6;
        public static final double NOTHING_PHRASE = 0.55;
        public static final double NOTHING_WORD = 0.35;
        /** The factor for a single word in what may be a set phrase (a bare noun after a preposition). */
        public static final double SET_PHRASE = 0.7;

        private Evidence() {
        }
    }

    public Deviation {
        if (evidence < 0 || evidence > 1) {
            throw new IllegalArgumentException("evidence must be within 0..1: " + evidence);
        }
        highlights = Set.copyOf(highlights);
    }

    /** The same deviation with its evidence multiplied by {@code factor} (0..1). */
    public Deviation weighed(double factor) {
        return new Deviation(unit, kind, sourceForm, rendering, alignmentConfidence, evidence * factor, highlights);
    }

    /** The same deviation asked as a question about the unit's pairing. */
    public Deviation asDoubtfulPairing() {
        return new Deviation(unit, Kind.DOUBTFUL_PAIRING, sourceForm, rendering, alignmentConfidence, evidence,
                highlights);
    }
}
