package org.visavis.align;

/**
 * The tunable constants of {@link LengthLexicalAligner}. They are global, fitted on the
 * development benchmarks as a whole; everything specific to a document pair (length ratio and
 * variance, match probabilities, learned words) is estimated on that pair. Each component's
 * meaning and default is documented at the constant of the same name in capitals
 * ({@code bandWidth}: {@link #BAND_WIDTH}); change one through the builder:
 *
 * <pre>{@code
 * AlignerOptions wider = AlignerOptions.defaults().toBuilder().bandWidth(20).build();
 * LengthLexicalAligner.forLanguages(Language.of("fr"), Language.of("en"), wider);
 * }</pre>
 */
public record AlignerOptions(
        double frequentShare,
        int anchorMaxOccurrences,
        int bandWidth,
        int refineWidth,
        int fullMatrixCells,
        double lexicalWeight,
        double lengthWeight,
        double punctuationWeight,
        double paragraphWeight,
        double suspectCutWeight,
        double oneSidedPrior,
        double oneSidedRunPrior,
        double splitPrior,
        double twoTwoPrior,
        double oneThreePrior,
        double rarePrior,
        double temperature,
        double initialTranslatedMatch,
        double paraphraseShare,
        double confidentPosterior,
        double minDice,
        double wordRarity,
        double identicalMissWeight) {

    // The words and the search band.

    /**
     * A word type found in more than this share of a document's sentences (and in more than 8)
     * is a function word: it gives no lexical evidence.
     */
    public static final double FREQUENT_SHARE = 0.05;
    /** A word anchors the first pass's band when it occurs in at most this many sentences nearby. */
    public static final int ANCHOR_MAX_OCCURRENCES = 3;
    /** Half-width, in sentences, of the first pass's band around the anchors (and its widening step). */
    public static final int BAND_WIDTH = 10;
    /** Half-width, in sentences, of the second pass's band around the first pass's path. */
    public static final int REFINE_WIDTH = 8;
    /** Up to this many cells (sentences + 1 on one side times on the other) the whole matrix is searched. */
    public static final int FULL_MATRIX_CELLS = 250_000;

    // The weights of the scorers' log-likelihood ratios.

    /** Weight of the lexical evidence (lexicon, learned words, identical strings, cognates). */
    public static final double LEXICAL_WEIGHT = 0.35;
    /** Weight of the length evidence (Gale-Church). */
    public static final double LENGTH_WEIGHT = 0.5;
    /**
     * Cost of each question or exclamation mark on one side without a counterpart on the other, in
     * the first pass; the second pass scores the differences by log ratios fitted to the document
     * pair, times this weight ({@link PunctuationScorer#fit}).
     */
    public static final double PUNCTUATION_WEIGHT = 0.5;
    /** Cost of a bead that starts a paragraph on one side but not on the other. */
    public static final double PARAGRAPH_WEIGHT = 2.0;
    /**
     * Cost of a bead that ends where the segmentation probably cut a sentence in two (inside a
     * parenthesis, after an initial) on one side only ({@link SuspectCuts}, charged by {@link PunctuationScorer}): about that of
     * leaving a sentence unpaired, so such a cut is taken for a bead boundary only when nothing else
     * fits. On the development benchmarks, strict F1 of textberg-dev 0.892 to 0.911 (parentheses
     * alone: 0.900 at 3, 0.904 at 6 and at 10), of the novels 0.965 unchanged.
     */
    public static final double SUSPECT_CUT_WEIGHT = 6.0;

    // The log priors of the bead shapes (1-1 is 0).

    /** Log prior of a sentence with no counterpart (1-0, 0-1). */
    public static final double ONE_SIDED_PRIOR = -6.5;
    /**
     * Log prior of each further sentence in a run of up to four adjacent sentences of one side
     * with no counterpart (0-2 to 0-4, 2-0 to 4-0, shown as 1-0 and 0-1 beads): an omission or an
     * insertion (a caption, a translator's note) often spans several sentences, and paying the
     * full {@link #ONE_SIDED_PRIOR} for each would push them into the neighbouring beads.
     */
    public static final double ONE_SIDED_RUN_PRIOR = -1.5;
    /** Log prior of a merge or a split (2-1, 1-2). */
    public static final double SPLIT_PRIOR = -2.7;
    /** Log prior of a 2-2 bead. */
    public static final double TWO_TWO_PRIOR = -5.5;
    /** Log prior of a 1-3 or 3-1 bead. */
    public static final double ONE_THREE_PRIOR = -6.0;
    /** Log prior of the rarest shapes searched (1-4, 4-1, 2-3, 3-2, 3-3, 1-5, 5-1). */
    public static final double RARE_PRIOR = -8.0;

    // The first pass and what the second learns from it.

    /**
     * Temperature of the first pass's posteriors (the second pass's, shown as confidences, is
     * {@link LengthLexicalAligner#CONFIDENCE_TEMPERATURE}).
     */
    public static final double TEMPERATURE = 1.0;
    /** Probability, before anything is learned, that a word of a translation has its match in the other sentence. */
    public static final double INITIAL_TRANSLATED_MATCH = 0.5;
    /** Share of freer translations, whose words match a third as often. */
    public static final double PARAPHRASE_SHARE = 0.3;
    /** First-pass beads at least this probable are the confident ones the second pass learns from. */
    public static final double CONFIDENT_POSTERIOR = 0.9;
    /** Word pairs of the confident beads with at least this Dice coefficient are learned as translations. */
    public static final double MIN_DICE = 0.35;
    /**
     * How much a matched word's own rarity counts against the average chance of a match (0: not
     * at all, 1: only its rarity).
     */
    public static final double WORD_RARITY = 0.5;
    /**
     * Weight of the log ratio that a rare word written the same on both sides left unmatched by a
     * bead costs ({@link IdenticalWords}; 0: not charged). On dev (strict F1, novels /
     * textberg-dev): 0.5 0.968 / 0.918, 0.7 0.968 / 0.918, 1.0 0.968 / 0.920, not charged 0.968 /
     * 0.913; at 1.0 a moved acronym on the install guide ("Debian Free Software Guidelines, ou
     * DFSG" in the first of two French sentences, "DFSG" in the second English one) joins two
     * right 1-1 beads into a 2-2.
     */
    public static final double IDENTICAL_MISS_WEIGHT = 0.7;

    public AlignerOptions {
        requireShare("frequentShare", frequentShare);
        requireShare("paraphraseShare", paraphraseShare);
        requireShare("confidentPosterior", confidentPosterior);
        requireShare("minDice", minDice);
        requireShare("initialTranslatedMatch", initialTranslatedMatch);
        if (!(identicalMissWeight >= 0)) {
            throw new IllegalArgumentException("identicalMissWeight must not be negative: " + identicalMissWeight);
        }
        if (wordRarity < 0 || wordRarity > 1) {
            throw new IllegalArgumentException("wordRarity must lie in [0, 1]: " + wordRarity);
        }
        if (anchorMaxOccurrences < 1 || bandWidth < 1 || refineWidth < 1 || fullMatrixCells < 1) {
            throw new IllegalArgumentException("anchor occurrences, band widths and cells must be positive: "
                    + anchorMaxOccurrences + ", " + bandWidth + ", " + refineWidth + ", " + fullMatrixCells);
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must lie in (0, 1): " + value);
        }
    }

    /** The defaults, each the constant of the same name. */
    public static AlignerOptions defaults() {
        return new Builder().build();
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds options by name; unset components keep their defaults (or the values it started from). */
    public static final class Builder {
        private double frequentShare = FREQUENT_SHARE;
        private int anchorMaxOccurrences = ANCHOR_MAX_OCCURRENCES;
        private int bandWidth = BAND_WIDTH;
        private int refineWidth = REFINE_WIDTH;
        private int fullMatrixCells = FULL_MATRIX_CELLS;
        private double lexicalWeight = LEXICAL_WEIGHT;
        private double lengthWeight = LENGTH_WEIGHT;
        private double punctuationWeight = PUNCTUATION_WEIGHT;
        private double paragraphWeight = PARAGRAPH_WEIGHT;
        private double suspectCutWeight = SUSPECT_CUT_WEIGHT;
        private double oneSidedPrior = ONE_SIDED_PRIOR;
        private double oneSidedRunPrior = ONE_SIDED_RUN_PRIOR;
        private double splitPrior = SPLIT_PRIOR;
        private double twoTwoPrior = TWO_TWO_PRIOR;
        private double oneThreePrior = ONE_THREE_PRIOR;
        private double rarePrior = RARE_PRIOR;
        private double temperature = TEMPERATURE;
        private double initialTranslatedMatch = INITIAL_TRANSLATED_MATCH;
        private double paraphraseShare = PARAPHRASE_SHARE;
        private double confidentPosterior = CONFIDENT_POSTERIOR;
        private double minDice = MIN_DICE;
        private double wordRarity = WORD_RARITY;
        private double identicalMissWeight = IDENTICAL_MISS_WEIGHT;

        public Builder() {
        }

        private Builder(AlignerOptions o) {
            frequentShare = o.frequentShare;
            anchorMaxOccurrences = o.anchorMaxOccurrences;
            bandWidth = o.bandWidth;
            refineWidth = o.refineWidth;
            fullMatrixCells = o.fullMatrixCells;
            lexicalWeight = o.lexicalWeight;
            lengthWeight = o.lengthWeight;
            punctuationWeight = o.punctuationWeight;
            paragraphWeight = o.paragraphWeight;
            suspectCutWeight = o.suspectCutWeight;
            oneSidedPrior = o.oneSidedPrior;
            oneSidedRunPrior = o.oneSidedRunPrior;
            splitPrior = o.splitPrior;
            twoTwoPrior = o.twoTwoPrior;
            oneThreePrior = o.oneThreePrior;
            rarePrior = o.rarePrior;
            temperature = o.temperature;
            initialTranslatedMatch = o.initialTranslatedMatch;
            paraphraseShare = o.paraphraseShare;
            confidentPosterior = o.confidentPosterior;
            minDice = o.minDice;
            wordRarity = o.wordRarity;
            identicalMissWeight = o.identicalMissWeight;
        }

        /** See {@link AlignerOptions#FREQUENT_SHARE}. */
        public Builder frequentShare(double value) {
            frequentShare = value;
            return this;
        }

        /** See {@link AlignerOptions#ANCHOR_MAX_OCCURRENCES}. */
        public Builder anchorMaxOccurrences(int value) {
            anchorMaxOccurrences = value;
            return this;
        }

        /** See {@link AlignerOptions#BAND_WIDTH}. */
        public Builder bandWidth(int value) {
            bandWidth = value;
            return this;
        }

        /** See {@link AlignerOptions#REFINE_WIDTH}. */
        public Builder refineWidth(int value) {
            refineWidth = value;
            return this;
        }

        /** See {@link AlignerOptions#FULL_MATRIX_CELLS}. */
        public Builder fullMatrixCells(int value) {
            fullMatrixCells = value;
            return this;
        }

        /** See {@link AlignerOptions#LEXICAL_WEIGHT}. */
        public Builder lexicalWeight(double value) {
            lexicalWeight = value;
            return this;
        }

        /** See {@link AlignerOptions#LENGTH_WEIGHT}. */
        public Builder lengthWeight(double value) {
            lengthWeight = value;
            return this;
        }

        /** See {@link AlignerOptions#PUNCTUATION_WEIGHT}. */
        public Builder punctuationWeight(double value) {
            punctuationWeight = value;
            return this;
        }

        /** See {@link AlignerOptions#PARAGRAPH_WEIGHT}. */
        public Builder paragraphWeight(double value) {
            paragraphWeight = value;
            return this;
        }

        /** See {@link AlignerOptions#SUSPECT_CUT_WEIGHT}. */
        public Builder suspectCutWeight(double value) {
            suspectCutWeight = value;
            return this;
        }

        /** See {@link AlignerOptions#ONE_SIDED_PRIOR}. */
        public Builder oneSidedPrior(double value) {
            oneSidedPrior = value;
            return this;
        }

        /** See {@link AlignerOptions#ONE_SIDED_RUN_PRIOR}. */
        public Builder oneSidedRunPrior(double value) {
            oneSidedRunPrior = value;
            return this;
        }

        /** See {@link AlignerOptions#SPLIT_PRIOR}. */
        public Builder splitPrior(double value) {
            splitPrior = value;
            return this;
        }

        /** See {@link AlignerOptions#TWO_TWO_PRIOR}. */
        public Builder twoTwoPrior(double value) {
            twoTwoPrior = value;
            return this;
        }

        /** See {@link AlignerOptions#ONE_THREE_PRIOR}. */
        public Builder oneThreePrior(double value) {
            oneThreePrior = value;
            return this;
        }

        /** See {@link AlignerOptions#RARE_PRIOR}. */
        public Builder rarePrior(double value) {
            rarePrior = value;
            return this;
        }

        /** See {@link AlignerOptions#TEMPERATURE}. */
        public Builder temperature(double value) {
            temperature = value;
            return this;
        }

        /** See {@link AlignerOptions#INITIAL_TRANSLATED_MATCH}. */
        public Builder initialTranslatedMatch(double value) {
            initialTranslatedMatch = value;
            return this;
        }

        /** See {@link AlignerOptions#PARAPHRASE_SHARE}. */
        public Builder paraphraseShare(double value) {
            paraphraseShare = value;
            return this;
        }

        /** See {@link AlignerOptions#CONFIDENT_POSTERIOR}. */
        public Builder confidentPosterior(double value) {
            confidentPosterior = value;
            return this;
        }

        /** See {@link AlignerOptions#MIN_DICE}. */
        public Builder minDice(double value) {
            minDice = value;
            return this;
        }

        /** See {@link AlignerOptions#WORD_RARITY}. */
        public Builder wordRarity(double value) {
            wordRarity = value;
            return this;
        }

        /** See {@link AlignerOptions#IDENTICAL_MISS_WEIGHT}. */
        public Builder identicalMissWeight(double value) {
            identicalMissWeight = value;
            return this;
        }

        public AlignerOptions build() {
            return new AlignerOptions(frequentShare, anchorMaxOccurrences, bandWidth, refineWidth, fullMatrixCells,
                    lexicalWeight, lengthWeight, punctuationWeight, paragraphWeight, suspectCutWeight,
                    oneSidedPrior, oneSidedRunPrior, splitPrior, twoTwoPrior, oneThreePrior, rarePrior,
                    temperature, initialTranslatedMatch, paraphraseShare, confidentPosterior, minDice, wordRarity,
                    identicalMissWeight);
        }
    }
}
