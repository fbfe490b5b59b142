package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** A deviation of {@code term} to {@code rendering} in bead 0, backed by a shared word, as the judge weighs it. */
    static Deviation deviation(String term, String rendering) {
        return new Deviation(0, Deviation.Kind.OTHER, term, rendering, 0.5, Deviation.Evidence.SHARES_WORD,
                Set.of(term, rendering));
    }

    /** The usual rendering {@code text} of {@code term}, tagged by {@code targetTagger}, with no other beads behind it. */
    static UsualRendering usual(Tagger targetTagger, String term, String text) {
        List<TaggedToken> words = targetTagger.tag(text);
        List<String> lemmas = words.stream().filter(TermText::isContent).map(TaggedToken::lemma).toList();
        return new UsualRendering(text, TermText.stems(lemmas), lemmas, 3, Map.of(), Set.of(), true,
                new UsualRendering.Frame(term, words, Map.of(), false));
    }
}
