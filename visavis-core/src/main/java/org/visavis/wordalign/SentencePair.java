package org.visavis.wordalign;

import java.util.List;

/**
 * A source sentence and its translation as token lists, the words as the caller wants them compared
 * (lemmas, lower case): what the word aligner trains on and aligns.
 *
 * <pre>{@code
 * new SentencePair(List.of("le", "paquet", "source"), List.of("the", "source", "package"));
 * }</pre>
 */
public record SentencePair(List<String> source, List<String> target) {
    public SentencePair {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
