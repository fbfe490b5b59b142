package org.visavis.lang;

import java.util.List;

/**
 * Gives the dictionary forms of a word, lowercased, for matching words across a bilingual
 * lexicon. {@code lemmas("chevaux")} gives {@code [cheval]} for French; an unknown word gives
 * itself, lowercased.
 */
public interface Lemmatizer {

    /** The lemmas of one word (never empty: an unknown word is its own lemma). */
    List<String> lemmas(String word);
}
