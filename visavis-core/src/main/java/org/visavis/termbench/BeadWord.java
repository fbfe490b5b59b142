package org.visavis.termbench;

import org.visavis.lang.WordClass;

/**
 * One token of a bead's side as the benchmark sees it: its text, lemma, coarse class and the
 * tagger's own tag, and where it stands (the sentence's index in its document, start and end in
 * that sentence), and whether term discovery leaves it out ({@link
 * org.visavis.terms.LeftOutOccurrences}): {@code modifier}, an adjective in one of its readings
 * beside a noun; {@code glued}, glued to code. {@code "paquets"} in sentence 12 is {@code
 * BeadWord("paquets", "paquet", NOUN, "N m p", 12, 4, 11, false, false)}.
 */
record BeadWord(String text, String lemma, WordClass wordClass, String tag, int sentence, int start, int end,
                boolean modifier, boolean glued) {

    /** True for a word that may stand in a term: letters, inner hyphens and apostrophes. */
    boolean isTermWord() {
        return text.matches("\\p{L}[\\p{L}\\p{M}'’-]*") && wordClass != WordClass.PROPER_NOUN
                && wordClass != WordClass.UNKNOWN && wordClass != WordClass.NUMBER;
    }

    boolean isContent() {
        return wordClass == WordClass.NOUN || wordClass == WordClass.ADJECTIVE;
    }
}
