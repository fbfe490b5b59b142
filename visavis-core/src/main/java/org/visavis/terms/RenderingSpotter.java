package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.WordClass;
import org.visavis.wordalign.SentencePair;
import org.visavis.wordalign.Span;
import org.visavis.wordalign.Spotting;
import org.visavis.wordalign.WordAlignmentModel;
import org.visavis.wordalign.WordLink;

/**
 * Spots the rendering of a term's occurrence on the other side of its unit from the word links:
 * the words the aligner links to it, widened by unplaced words of the phrase next to them and
 * trimmed of function words at the edges; wider, the noun phrase around a rendering; and, where
 * nothing is linked to the term, the unlinked noun where the term stands.
 */
final class RenderingSpotter {

    private RenderingSpotter() {
    }

    /** The rendering the word aligner gives the occurrence, function words at its edges left out. */
    static Optional<SpottedRendering> spot(OrientedUnit u, CandidateTerm c, Relatedness related) {
        UnitSide.WordRange term = u.from().wordsOf(c);
        if (term.isEmpty()) {
            return Optional.empty();
        }
        SentencePair pair = new SentencePair(u.from().words(), u.to().words());
        Optional<Spotting> spotting = WordAlignmentModel.spot(pair, new Span(term.first(), term.end()), u.links());
        if (spotting.isEmpty()) {
            return Optional.empty();
        }
        Spotting s = spotting.get();
        int[] tokenOf = u.to().tokenOf();
        int[] span = phraseAround(u, c, tokenOf[s.target().start()], tokenOf[s.target().end() - 1] + 1);
        if (span == null) {
            return Optional.empty();
        }
        List<TaggedToken> tokens = u.to().tokens();
        int from = span[0];
        int to = span[1];
        List<String> lemmas = new ArrayList<>();
        boolean nominal = false;
        for (int k = from; k < to; k++) {
            if (TermText.isContent(tokens.get(k))) {
                lemmas.add(tokens.get(k).lemma());
                nominal |= RenderingWords.nominalAt(tokens, k);
            }
        }
        String text = u.to().text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
        return Optional.of(new SpottedRendering(text, lemmas, TermText.stems(lemmas), from, to, s.confidence(), nominal,
                claimed(u, s, c, related)));
    }

    /**
     * The tokens {@code [from, to)} of the linked words widened by the unplaced phrase words next to
     * them and trimmed to term words at the edges, or null when nothing is left or the span crosses
     * punctuation.
     */
    private static int[] phraseAround(OrientedUnit u, CandidateTerm c, int from, int to) {
        int[] tokenOf = u.to().tokenOf();
        List<TaggedToken> tokens = u.to().tokens();
        // words the aligner could not place, next to the rendering, belong to it: a word met once
        // ("source text" where "text" is new) has no statistics to link it by
        boolean[] linked = new boolean[tokens.size()];
        for (WordLink l : u.links()) {
            linked[tokenOf[l.target()]] = true;
        }
        // (one word longer than the term at most: "open source software programs" is not all a rendering of "logiciel libre")
        int words = c.length() + 1;
        while (from > 0 && to - from < words && !linked[from - 1] && RenderingWords.isPhraseWord(tokens.get(from - 1))) {
            from--;
        }
        while (to < tokens.size() && to - from < words && !linked[to] && RenderingWords.isPhraseWord(tokens.get(to))) {
            to++;
        }
        while (from < to && !TermText.isTermWord(tokens.get(from))) {
            from++;
        }
        while (to > from && !TermText.isTermWord(tokens.get(to - 1))) {
            to--;
        }
        if (from == to) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() && !tokens.get(k).text().matches("[-\u2010\u2011'’]")) {
                return null; // a span across punctuation is not one rendering
            }
        }
        return new int[] {from, to};
    }

    /**
     * True when every target word of the spotting is linked more confidently to a source content
     * word outside the term that the dictionary, or spelling, relates to it: "lancement, la
     * distribution" → "launch" belongs to "lancement".
     */
    private static boolean claimed(OrientedUnit u, Spotting s, CandidateTerm c, Relatedness related) {
        UnitSide.WordRange term = u.from().wordsOf(c);
        for (WordLink inside : s.links()) {
            boolean taken = false;
            for (WordLink l : u.links()) {
                if (l.target() == inside.target() && !term.contains(l.source())
                        && l.confidence() > inside.confidence() && u.fromContentWord(l) && u.strength(related, l) > 0) {
                    taken = true;
                    break;
                }
            }
            if (!taken) {
                return false;
            }
        }
        return true;
    }

    /** The spotted rendering widened to the noun phrase around it, or empty when there is none wider. */
    static Optional<SpottedRendering> widened(Occurrence o, SpottedRendering s) {
        UnitSide to = o.unit().to();
        List<TaggedToken> tokens = to.tokens();
        int from = s.firstToken();
        int end = s.endToken();
        while (from > 0 && RenderingWords.isPhraseWord(tokens.get(from - 1))) {
            from--;
        }
        while (end < tokens.size() && RenderingWords.isPhraseWord(tokens.get(end))) {
            end++;
        }
        if (from == s.firstToken() && end == s.endToken()) {
            return Optional.empty();
        }
        List<String> lemmas = new ArrayList<>();
        for (int k = from; k < end; k++) {
            lemmas.add(tokens.get(k).lemma());
        }
        String text = to.text().substring(tokens.get(from).start(), tokens.get(end - 1).end());
        return Optional.of(new SpottedRendering(text, lemmas, TermText.stems(lemmas), from, end, s.confidence(), true,
                false));
    }

    /**
     * The spotted rendering, one end of the usual one, widened to the usual rendering's shape
     * ({@code usual}, its words as written): as many words, its function words where it has them,
     * known nouns or adjectives in the place of its other words ("tour de configuration" where the
     * aligner linked "configuration" of "fichier de configuration"); empty when the words around
     * do not take that shape or are the usual ones.
     */
    static Optional<SpottedRendering> inUsualShape(Occurrence o, SpottedRendering s, List<TaggedToken> usual) {
        List<TaggedToken> tokens = o.unit().to().tokens();
        if (usual.size() <= s.endToken() - s.firstToken()) {
            return Optional.empty();
        }
        int from;
        if (RenderingWords.sameWord(tokens.get(s.endToken() - 1), usual.get(usual.size() - 1))) {
            from = s.endToken() - usual.size();
        } else if (RenderingWords.sameWord(tokens.get(s.firstToken()), usual.get(0))) {
            from = s.firstToken();
        } else {
            return Optional.empty();
        }
        int end = from + usual.size();
        if (from < 0 || end > tokens.size()) {
            return Optional.empty();
        }
        boolean changed = false;
        List<String> lemmas = new ArrayList<>();
        for (int k = from; k < end; k++) {
            TaggedToken t = tokens.get(k);
            TaggedToken u = usual.get(k - from);
            boolean function = !TermText.isContent(u);
            if (function ? !t.lemma().equals(u.lemma()) : !RenderingWords.modifierOrNoun(t) || !t.isKnown()) {
                return Optional.empty();
            }
            if (!function) {
                lemmas.add(t.lemma());
                changed |= !RenderingWords.sameWord(t, u);
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        String text = o.unit().to().text().substring(tokens.get(from).start(), tokens.get(end - 1).end());
        return Optional.of(new SpottedRendering(text, lemmas, TermText.stems(lemmas), from, end, s.confidence(), true,
                false));
    }

    /**
     * The single-word term as the translation writes it, inflection and case aside ("hardware"
     * for "hardware", "shell" for "shells"), the source having the word once: the term left
     * untranslated. Empty for phrases, where the copy is glued to code, quoted, in a copied
     * passage, or a name or value rather than a noun of the sentence ({@link RenderingWords#usedAsNoun}).
     */
    static Optional<String> copiedTerm(Occurrence o) {
        CandidateTerm c = o.term();
        if (c.length() != 1) {
            return Optional.empty();
        }
        List<TaggedToken> source = o.unit().from().tokens();
        String stem = TermText.stem(source.get(c.firstToken()).folded());
        for (int k = 0; k < source.size(); k++) {
            if (k != c.firstToken() && TermText.stem(source.get(k).folded()).equals(stem)) {
                return Optional.empty(); // the source has the word twice: the copy may be the other's
            }
        }
        java.util.Set<String> sourceWords = new java.util.HashSet<>();
        java.util.Set<String> knownSourceWords = new java.util.HashSet<>();
        for (TaggedToken t : source) {
            sourceWords.add(t.folded());
            if (t.isKnown()) {
                knownSourceWords.add(t.folded());
            }
        }
        List<TaggedToken> to = o.unit().to().tokens();
        for (int k = 0; k < to.size(); k++) {
            TaggedToken t = to.get(k);
            if (t.isWord() && TermText.stem(t.folded()).equals(stem) && !TermText.gluedToCode(to, k, k + 1)
                    && RenderingWords.usedAsNoun(to, k, sourceWords) && !copiedBeside(to, k, knownSourceWords)
                    && !RenderingWords.quoted(o.unit().to().text(), t.text())) {
                return Optional.of(t.text());
            }
        }
        return Optional.empty();
    }

    /**
     * True when a word next to token {@code k} (of three letters or more) stands in the source as
     * well, a word of the source's language: the copy is part of a passage copied as it is, a
     * command's output, a table's header ("disk space", "read only"), not a word left untranslated
     * in a sentence (a name beside it, "des packages bsdmainutils", is no such passage).
     */
    private static boolean copiedBeside(List<TaggedToken> tokens, int k, java.util.Set<String> sourceWords) {
        for (int j : new int[] {k - 1, k + 1}) {
            if (j >= 0 && j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).text().length() >= 3
                    && sourceWords.contains(tokens.get(j).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun of the translation that no link touches, nearest to where the term stands in the
     * source (by relative position), when the term's own words are not linked either.
     */
    static Optional<SpottedRendering> unlinkedNoun(Occurrence o) {
        UnitSide from = o.unit().from();
        UnitSide to = o.unit().to();
        boolean[] linked = new boolean[to.words().size()];
        for (WordLink l : o.unit().links()) {
            linked[l.target()] = true;
        }
        double where = (double) o.term().firstToken() / Math.max(1, from.tokens().size());
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int w = 0; w < to.words().size(); w++) {
            int k = to.tokenOf()[w];
            TaggedToken t = to.tokens().get(k);
            if (linked[w] || t.wordClass() != WordClass.NOUN || !t.isKnown()
                    || TermText.isName(to.tokens(), k, k + 1) || TermText.isAbbreviation(t.text())
                    || TermText.gluedToCode(to.tokens(), k, k + 1)) {
                continue;
            }
            double distance = Math.abs((double) k / Math.max(1, to.tokens().size()) - where);
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        if (best < 0 || bestDistance > 0.25) {
            return Optional.empty();
        }
        TaggedToken t = to.tokens().get(best);
        return Optional.of(new SpottedRendering(t.text(), List.of(t.lemma()), TermText.stems(List.of(t.lemma())), best,
                best + 1, 0, true, false));
    }
}
