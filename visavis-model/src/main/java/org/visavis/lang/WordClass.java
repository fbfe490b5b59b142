package org.visavis.lang;

/**
 * A coarse part of speech, the same for every language, so that term extraction can describe a
 * noun phrase once ({@code NOUN ADJECTIVE}: "luttes revendicatives", {@code ADJECTIVE NOUN}: "free
 * software") whatever tag set the language's tagger uses.
 */
public enum WordClass {
    NOUN,
    PROPER_NOUN,
    ADJECTIVE,
    VERB,
    ADVERB,
    DETERMINER,
    PREPOSITION,
    CONJUNCTION,
    PRONOUN,
    NUMBER,
    PUNCTUATION,
    /** The tagger does not know the word (or has no tags for the language). */
    UNKNOWN,
    OTHER;

    /** Nouns and proper nouns: what a term's head is. */
    public boolean isNominal() {
        return this == NOUN || this == PROPER_NOUN;
    }

    /** Determiners, prepositions, conjunctions, pronouns: words that never make a term on their own. */
    public boolean isFunctionWord() {
        return this == DETERMINER || this == PREPOSITION || this == CONJUNCTION || this == PRONOUN;
    }
}
