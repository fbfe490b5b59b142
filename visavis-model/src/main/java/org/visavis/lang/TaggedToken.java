package org.visavis.lang;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One word or punctuation mark of a sentence with what the tagger knows about it: its position
 * ({@code start}, {@code end} in the sentence), whether a space precedes it, its possible readings
 * (lemma and tag) and the coarse word class chosen among them. {@code "luttes"} in "Les luttes
 * revendicatives" is {@code TaggedToken("luttes", 4, 10, true, [Reading("lutte", "N f p", NOUN)], NOUN)}.
 */
public record TaggedToken(String text, int start, int end, boolean spaceBefore, List<Reading> readings,
                          WordClass wordClass) {

    /** One reading of a token: a lemma, the tagger's own tag and its coarse class. */
    public record Reading(String lemma, String tag, WordClass wordClass) {
        public Reading {
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(wordClass, "wordClass");
        }
    }

    public TaggedToken {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(wordClass, "wordClass");
        readings = List.copyOf(readings);
    }

    /** The token in lower case (locale-neutral), the form used when case does not matter. */
    public String folded() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The lemma of the reading of the chosen class, or the folded text when the tagger has none. */
    public String lemma() {
        for (Reading r : readings) {
            if (r.wordClass() == wordClass) {
                return r.lemma().toLowerCase(Locale.ROOT);
            }
        }
        return readings.isEmpty() ? folded() : readings.get(0).lemma().toLowerCase(Locale.ROOT);
    }

    /** True when the tagger knows this word (has at least one reading for it). */
    public boolean isKnown() {
        return !readings.isEmpty();
    }

    /** True when the token contains a letter or a digit (not punctuation or a symbol). */
    public boolean isWord() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
