package org.visavis.termbench;

import java.util.ArrayList;
import java.util.List;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.lang.WordClass;
import org.visavis.model.SegmentedDocument;
import org.visavis.terms.LeftOutOccurrences;

/**
 * The tokens of one side of a bead and the candidate terms among them: runs of one to three
 * words without punctuation that start and end with a noun or adjective, hold a noun, and have
 * only function words other than conjunctions inside ("paquet", "paquet source", "fichier de
 * configuration"; "terms and conditions" is two terms). Names,
 * numbers and words the tagger does not know are left out: they are not rendered, they are copied.
 */
final class BeadSide {
    static final int MAX_TERM_WORDS = 3;

    private final List<BeadWord> words;
    private final List<TermSpan> terms;

    private final List<TaggedToken> tokens;

    private BeadSide(List<BeadWord> words, List<TaggedToken> tokens) {
        this.words = List.copyOf(words);
        this.tokens = List.copyOf(tokens);
        this.terms = List.copyOf(findTerms(this.words));
    }

    /** The side made of the given sentences of a document. */
    static BeadSide of(SegmentedDocument document, List<Integer> sentences, Tagger tagger) {
        List<BeadWord> words = new ArrayList<>();
        List<TaggedToken> tokens = new ArrayList<>();
        for (int s : sentences) {
            List<TaggedToken> sentence = tagger.tag(document.segments().get(s).text());
            for (int k = 0; k < sentence.size(); k++) {
                TaggedToken t = sentence.get(k);
                words.add(new BeadWord(t.text(), t.lemma(), t.wordClass(), tagOf(t), s, t.start(), t.end(),
                        LeftOutOccurrences.modifier(sentence, k), LeftOutOccurrences.gluedToCode(sentence, k, k + 1)));
            }
            tokens.addAll(sentence);
            // a sentence boundary breaks terms like punctuation does
            words.add(new BeadWord(".", ".", WordClass.PUNCTUATION, "", s, -1, -1, false, false));
        }
        return new BeadSide(words, tokens);
    }

    private static String tagOf(TaggedToken t) {
        for (TaggedToken.Reading r : t.readings()) {
            if (r.wordClass() == t.wordClass()) {
                return r.tag();
            }
        }
        return "";
    }

    List<BeadWord> words() {
        return words;
    }

    /** The tagger's tokens of the side's sentences, in order. */
    List<TaggedToken> tokens() {
        return tokens;
    }

    List<TermSpan> terms() {
        return terms;
    }

    List<BeadWord> words(TermSpan span) {
        return words.subList(span.from(), span.to());
    }

    /** The surface text of a span as the sentence writes it (one sentence: terms never cross). */
    String surface(TermSpan span, SegmentedDocument document) {
        BeadWord first = words.get(span.from());
        BeadWord last = words.get(span.to() - 1);
        return document.segments().get(first.sentence()).text().substring(first.start(), last.end());
    }

    /** The spans of this key in the side. */
    List<TermSpan> spans(String key) {
        return terms.stream().filter(t -> t.key().equals(key)).toList();
    }

    private static List<TermSpan> findTerms(List<BeadWord> words) {
        List<TermSpan> found = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            for (int n = 1; n <= MAX_TERM_WORDS && from + n <= words.size(); n++) {
                List<BeadWord> w = words.subList(from, from + n);
                if (isTerm(w)) {
                    found.add(new TermSpan(TermSpan.keyOf(w), from, from + n));
                }
            }
        }
        return found;
    }

    private static boolean isTerm(List<BeadWord> w) {
        BeadWord first = w.get(0);
        BeadWord last = w.get(w.size() - 1);
        if (!first.isTermWord() || !last.isTermWord() || !first.isContent() || !last.isContent()) {
            return false;
        }
        if (w.size() == 1) {
            return first.wordClass() == WordClass.NOUN && first.text().length() >= 3;
        }
        if (first.lemma().equals(last.lemma())) {
            return false; // "file file": a text's stutter, not a term
        }
        boolean noun = false;
        for (int i = 0; i < w.size(); i++) {
            BeadWord x = w.get(i);
            if (!x.isTermWord()) {
                return false;
            }
            boolean inner = i > 0 && i < w.size() - 1;
            // (a coordination is two terms: "terms and conditions", "binary and source packages")
            if (!x.isContent() && !(inner && x.wordClass().isFunctionWord() && x.wordClass() != WordClass.CONJUNCTION)) {
                return false;
            }
            noun |= x.wordClass() == WordClass.NOUN;
        }
        return noun;
    }
}
