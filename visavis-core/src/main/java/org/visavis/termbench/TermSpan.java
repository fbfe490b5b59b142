package org.visavis.termbench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A candidate term in a bead side: the words {@code from} (inclusive) to {@code to} (exclusive)
 * of the side's word list, keyed by their lemmas ("paquet source" for "paquets sources").
 */
record TermSpan(String key, int from, int to) {

    static String keyOf(List<BeadWord> words) {
        return words.stream().map(BeadWord::lemma).collect(Collectors.joining(" "));
    }

    int length() {
        return to - from;
    }

    boolean overlaps(TermSpan other) {
        return from < other.to && other.from < to;
    }
}
