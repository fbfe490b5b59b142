package org.visavis.termbench;

import org.visavis.lang.WordClass;

/**
 * One token of a bead's side as the benchmark sees it: its text, lemma, coarse class and the
 * tagger's own tag, and where it stands (the sentence's index in its document, start and end in
 * that sentence). {@code "paquets"} in sentence 12 is {@code BeadWord("paquets", "paquet", NOUN,
 * "N m p", 12, 4, 11)}.
 */
record BeadWord(String text, String lemma, WordClass wordClass, String tag, int sentence, int start, int end) {

    /** True for a word that may stand in a term: letters, inner hyphens and apostrophes. */
    boolean isTermWord() {
        return text.matches("\\p{L}[\\p{L}\\p{M}'’-]*") && wordClass != WordClass.PROPER_NOUN
                && wordClass != WordClass.UNKNOWN && wordClass != WordClass.NUMBER;
    }

    boolean isContent() {
        return wordClass == WordClass.NOUN || wordClass == WordClass.ADJECTIVE;
    }
}
