package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.visavis.lang.TaggedToken;

/**
 * One side of a unit as {@link RenderingDiscovery} sees it: its tokens, the words the aligner sees
 * (lemmas, in order) with the token each comes from and back, the stems of its words, and its
 * candidate terms.
 */
record UnitSide(String text, List<TaggedToken> tokens, List<String> words, int[] wordOf, int[] tokenOf,
                Set<String> stems, List<CandidateTerm> candidates) {

    static UnitSide of(List<TaggedToken> tokens, String text, NounPhraseExtractor extractor) {
        List<String> words = new ArrayList<>();
        int[] wordOf = new int[tokens.size()];
        List<Integer> tokenOf = new ArrayList<>();
        Set<String> stems = new TreeSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            TaggedToken t = tokens.get(k);
            wordOf[k] = -1;
            if (t.isWord()) {
                wordOf[k] = words.size();
                words.add(t.lemma());
                tokenOf.add(k);
                stems.addAll(RenderingWords.tokenStems(t));
            }
        }
        return new UnitSide(text, tokens, words, wordOf, tokenOf.stream().mapToInt(Integer::intValue).toArray(),
                stems, extractor.extract(tokens));
    }

    /** The folded text of the aligner's word {@code word}. */
    String folded(int word) {
        return tokens.get(tokenOf[word]).folded();
    }

    /**
     * The aligner's words {@code [first, end)} that a term's tokens cover; first is
     * {@link Integer#MAX_VALUE} and end -1 when none of its tokens is a word.
     */
    WordRange wordsOf(CandidateTerm c) {
        int first = Integer.MAX_VALUE;
        int end = -1;
        for (int k = c.firstToken(); k < c.endToken(); k++) {
            int w = wordOf[k];
            if (w >= 0) {
                first = Math.min(first, w);
                end = Math.max(end, w + 1);
            }
        }
        return new WordRange(first, end);
    }

    /** Aligner words {@code [first, end)}; empty when end is -1. */
    record WordRange(int first, int end) {
        boolean isEmpty() {
            return end < 0;
        }

        boolean contains(int word) {
            return word >= first && word < end;
        }
    }
}
