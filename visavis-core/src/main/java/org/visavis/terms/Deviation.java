package org.visavis.terms;

import java.util.Set;

/**
 * One unit where a term is not given its usual rendering: what the unit has instead
 * ({@code rendering}, as written; "" when no rendering was found), the term as written there, why
 * ({@link Kind}), how sure the word alignment is of the rendering (0..1), how strongly the
 * evidence says this is a rendering of the term that differs from the usual one ({@code evidence},
 * 0..1, see {@link Evidence}), the words a report should mark in the unit, and what that evidence
 * is ({@link Basis}: what a finding's reason names).
 */
public record Deviation(int unit, Kind kind, String sourceForm, String rendering, double alignmentConfidence,
                        double evidence, Set<String> highlights, Basis basis) {

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
     * What says the unit renders the term otherwise, the words a finding's reason gives: the
     * dictionary (or spelling) relates the rendering to the term; it keeps a word of the usual
     * rendering and renders the rest of the term too, or is the usual rendering of another term
     * of the text, absent from the unit (a wrong term); it is of the usual rendering's word family;
     * the text renders the term so elsewhere; the term is left as in the source; only the word
     * aligner links it (firmly or weakly); it is the one noun left unlinked; nothing renders the
     * term.
     */
    public enum Basis {
        DICTIONARY, SHARES_WORD, ANOTHER_TERMS_RENDERING, WORD_FAMILY, RENDERED_ELSEWHERE, UNTRANSLATED, LINKED, WEAKLY_LINKED, UNLINKED_NOUN,
        NOTHING;

        /** The basis a deviation of {@code kind} has when nothing more is known: the aligner's link, or none. */
        static Basis of(Kind kind) {
            return switch (kind) {
                case UNTRANSLATED -> UNTRANSLATED;
                case NONE -> NOTHING;
                default -> LINKED;
            };
        }
    }

    /**
     * How much a deviation's evidence weighs. Another rendering the dictionary (or spelling)
     * relates to the term, one sharing a word with the usual rendering ("manual pages" / "man
     * page"), one of the usual rendering's word family ("developments" / "developers"), or one the
     * text gives the term elsewhere is almost surely a rendering of the term. A word only the
     * aligner links to the term, a noun left unlinked where the term should be, or nothing at all
     * is most often a rewording, an idiom or a sense the text rightly renders otherwise (on the
     * judged real pairs none of 30 such findings was worth a reviser's look): below the default
     * report's 0.5 once weighed by the usual rendering's support.
     */
    public static final class Evidence {
        public static final double RELATED = 1.0;
        public static final double SHARES_WORD = 0.9;
        public static final double WORD_FAMILY = 0.9;
        public static final double UNTRANSLATED = 0.85;
        public static final double RENDERED_ELSEWHERE = 0.85;
        public static final double LINKED = 0.5;
        public static final double WEAKLY_LINKED = 0.4;
        public static final double UNLINKED_NOUN = 0.4;
        public static final double NOTHING_PHRASE = 0.45;
        public static final double NOTHING_WORD = 0.3;
        /** The factor for a rendering the text gives the term in three beads or more. */
        public static final double SECOND_USAGE = 0.6;
        /**
         * How many times over the usual rendering may outnumber another one the text gives the
         * term in three beads or more for that one still to be read as a second usage.
         */
        public static final int SECOND_USAGE_MAX_RATIO = 5;
        /** The factor for a single word in what may be a set phrase (a bare noun after a preposition). */
        public static final double SET_PHRASE = 0.6;
        /** The factor for a translated word whose usual rendering is the source's word kept as it is ({@link UsualLeftUntranslated}). */
        public static final double USUAL_LEFT_UNTRANSLATED = 0.5;
        /**
         * The factor for a word of the usual rendering's family where the usual rendering is the
         * source's word spelled as it is: on the judged real pairs none of 11 such findings was
         * worth a reviser's look.
         */
        public static final double DERIVED_FROM_THE_SOURCE_WORD = 0.55;
        /** The factor for a phrase's free combination beside a usual rendering of two beads ({@link CompositionalVariant}). */
        public static final double COMPOSITIONAL = 0.6;
        /** The factor for a word whose usual rendering only its occurrences inside longer terms give. */
        public static final double USUAL_IN_LONGER_TERMS = 0.6;

        private Evidence() {
        }
    }

    public Deviation {
        if (evidence < 0 || evidence > 1) {
            throw new IllegalArgumentException("evidence must be within 0..1: " + evidence);
        }
        highlights = Set.copyOf(highlights);
        java.util.Objects.requireNonNull(basis, "basis");
    }

    /** A deviation whose basis is the default of its kind ({@link Basis#of}). */
    public Deviation(int unit, Kind kind, String sourceForm, String rendering, double alignmentConfidence,
                     double evidence, Set<String> highlights) {
        this(unit, kind, sourceForm, rendering, alignmentConfidence, evidence, highlights, Basis.of(kind));
    }

    /** The same deviation with its evidence multiplied by {@code factor} (0..1). */
    public Deviation weighed(double factor) {
        return new Deviation(unit, kind, sourceForm, rendering, alignmentConfidence, evidence * factor, highlights, basis);
    }

    /** The same deviation asked as a question about the unit's pairing. */
    public Deviation asDoubtfulPairing() {
        return new Deviation(unit, Kind.DOUBTFUL_PAIRING, sourceForm, rendering, alignmentConfidence, evidence,
                highlights, basis);
    }
}
