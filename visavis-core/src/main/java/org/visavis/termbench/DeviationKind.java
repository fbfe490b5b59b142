package org.visavis.termbench;

/** What a planted deviation puts in place of the dominant rendering. */
public enum DeviationKind {
    /** Another word of the same stem, with another lemma: "package" → "packaging". */
    INFLECTION("inflection"),
    /** Another translation of the word from the bilingual lexicon: "package" → "parcel". */
    SYNONYM("synonym"),
    /** Another rendering of the term that the text itself uses elsewhere. */
    CORPUS_RENDERING("corpus-rendering");

    private final String word;

    DeviationKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
