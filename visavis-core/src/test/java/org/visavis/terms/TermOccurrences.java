package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;

/** Occurrences of a term in one bead, tagged as the term checks tag them, for the tests of the rules that judge one. */
final class TermOccurrences {
    private TermOccurrences() {
    }

    /**
     * The occurrence of {@code term} (one or more words, found in {@code source} ignoring case)
     * in the bead {@code source} / {@code target}, each side tagged by its tagger.
     */
    static Occurrence of(Tagger sourceTagger, Tagger targetTagger, String term, String source, String target) {
        NounPhraseExtractor extractor = new NounPhraseExtractor();
        UnitSide from = UnitSide.of(sourceTagger.tag(source), source, extractor);
        UnitSide to = UnitSide.of(targetTagger.tag(target), target, extractor);
        List<TaggedToken> tokens = from.tokens();
        int first = -1;
        int n = term.split(" ").length;
        for (int k = 0; k + n <= tokens.size() && first < 0; k++) {
            if (source.substring(tokens.get(k).start(), tokens.get(k + n - 1).end()).equalsIgnoreCase(term)) {
                first = k;
            }
        }
        assertThat(first).as("“%s” in the source", term).isNotNegative();
        List<String> lemmas = tokens.subList(first, first + n).stream().map(TaggedToken::lemma).toList();
        CandidateTerm c = new CandidateTerm(String.join(" ", lemmas), String.join(" ", lemmas), term, first, first + n);
        return new Occurrence(new OrientedUnit(0, 1.0, false, from, to, List.of()), c, Optional.empty(), false);
    }
}
