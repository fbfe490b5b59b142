package org.visavis.terms;

/** How strongly the dictionary, identical strings or cognates relate a word to a word of the other side. */
interface Relatedness {
    double strength(String word, String other);
}
