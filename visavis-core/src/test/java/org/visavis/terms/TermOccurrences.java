package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.visavis.wordalign.Seeds;

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
        return usual(targetTagger, term, text, 3, Map.of());
    }

    /**
     * The usual rendering {@code text} of {@code term} in {@code beads} beads, beside the other
     * renderings spotted ({@code elsewhere}: their stems and how many beads have each).
     */
    static UsualRendering usual(Tagger targetTagger, String term, String text, int beads,
                                Map<Set<String>, Integer> elsewhere) {
        List<TaggedToken> words = targetTagger.tag(text);
        List<String> lemmas = words.stream().filter(TermText::isContent).map(TaggedToken::lemma).toList();
        return new UsualRendering(text, TermText.stems(lemmas), lemmas, beads, elsewhere, Set.of(), true,
                new UsualRendering.Frame(term, words, Map.of(), false));
    }

    /** The bundled English–French lexicon as the term checks relate words by it. */
    static Seeds enFrSeeds() {
        return seeds("en", "fr");
    }

    /** The bundled lexicon from language {@code from} to {@code to} as the term checks relate words by it. */
    static Seeds seeds(String from, String to) {
        return BilingualLexicon.forPair(Language.of(from), Language.of(to))
                .map(lex -> Seeds.of(lex.pairs().stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList()))
                .orElseThrow();
    }

    /** The judge of English → French occurrences with the default options, telling its decisions to {@code trace}. */
    static DeviationJudge enFrJudge(RenderingDiscovery.Trace trace) {
        return judge("en", "fr", trace);
    }

    /** The judge of occurrences from language {@code from} to {@code to} with the default options. */
    static DeviationJudge judge(String from, String to, RenderingDiscovery.Trace trace) {
        return new DeviationJudge(RenderingDiscovery.Options.DEFAULT,
                new Direction(seeds(from, to)::strength, true, null, RenderingDeclarations.bundled().head(to)), trace);
    }

    /** The index of the first token of {@code o}'s translation written {@code text}. */
    static int targetToken(Occurrence o, String text) {
        List<TaggedToken> to = o.unit().to().tokens();
        for (int k = 0; k < to.size(); k++) {
            if (to.get(k).text().equals(text)) {
                return k;
            }
        }
        throw new AssertionError("no “" + text + "” in “" + o.unit().to().text() + "”");
    }

    /**
     * {@code o} with the aligner's pick the translation's word at token {@code k}, linked with
     * {@code confidence}, {@code nominal} when it is a noun.
     */
    static Occurrence spotting(Occurrence o, int k, double confidence, boolean nominal) {
        TaggedToken t = o.unit().to().tokens().get(k);
        SpottedRendering s = new SpottedRendering(t.text(), List.of(t.lemma()), RenderingWords.renderingStems(t.text()),
                k, k + 1, confidence, nominal, false);
        return new Occurrence(o.unit(), o.term(), Optional.of(s), false);
    }

    /**
     * {@code o} with the aligner's pick the translation's tokens {@code [from, end)}, linked with
     * {@code confidence}: their content words' lemmas and stems, as the spotter gives them.
     */
    static Occurrence spotting(Occurrence o, int from, int end, double confidence) {
        List<TaggedToken> tokens = o.unit().to().tokens();
        List<String> lemmas = new ArrayList<>();
        for (int k = from; k < end; k++) {
            if (TermText.isContent(tokens.get(k))) {
                lemmas.add(tokens.get(k).lemma());
            }
        }
        String text = o.unit().to().text().substring(tokens.get(from).start(), tokens.get(end - 1).end());
        SpottedRendering s = new SpottedRendering(text, lemmas, TermText.stems(lemmas), from, end, confidence, true, false);
        return new Occurrence(o.unit(), o.term(), Optional.of(s), false);
    }
}
