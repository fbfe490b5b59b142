package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.WordClass;

/**
 * Finds the candidate terms of a tagged sentence: nouns, and noun phrases of up to
 * {@value #MAX_TOKENS} words built from nouns and adjectives, with at most one preposition (and
 * its determiner) and one conjunction inside: "paquet", "logiciel libre", "free software",
 * "struggles over immediate demands", "struggles over wages and conditions". The patterns use
 * {@link WordClass}es only, so they serve every language whose tagger gives word classes.
 *
 * <pre>{@code
 * new NounPhraseExtractor().extract(frTagger.tag("Les luttes revendicatives."));
 * // "lutte" (luttes), "lutte revendicatif" (luttes revendicatives)
 * }</pre>
 */
public final class NounPhraseExtractor {
    static final int MAX_TOKENS = 6;

    public List<CandidateTerm> extract(List<TaggedToken> tokens) {
        List<CandidateTerm> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isContent(tokens.get(i)) || (i > 0 && gluedByHyphen(tokens, i))) {
                continue;
            }
            int prepositions = 0;
            int conjunctions = 0;
            boolean hasNoun = false;
            for (int j = i; j < tokens.size() && j - i < MAX_TOKENS; j++) {
                TaggedToken t = tokens.get(j);
                WordClass c = t.wordClass();
                if (j > i && !t.spaceBefore() && !t.isWord()) {
                    break; // punctuation ends a phrase
                }
                if (c == WordClass.PREPOSITION) {
                    if (++prepositions > 1 || conjunctions > 0) {
                        break;
                    }
                    continue;
                }
                if (c == WordClass.CONJUNCTION) {
                    // "wages and conditions" inside a prepositional phrase only; "X and Y" alone is two terms
                    if (++conjunctions > 1 || prepositions == 0) {
                        break;
                    }
                    continue;
                }
                if (c == WordClass.DETERMINER) {
                    if (j == 0 || tokens.get(j - 1).wordClass() != WordClass.PREPOSITION) {
                        break;
                    }
                    continue;
                }
                if (!isContent(t)) {
                    break;
                }
                hasNoun |= c.isNominal();
                boolean gluedAfter = j + 1 < tokens.size() && gluedByHyphen(tokens, j + 1);
                if (hasNoun && !gluedAfter && (j > i || c == WordClass.NOUN)) {
                    found.add(candidate(tokens, i, j + 1));
                }
            }
        }
        return found;
    }

    private static boolean isContent(TaggedToken t) {
        WordClass c = t.wordClass();
        return (c == WordClass.NOUN || c == WordClass.PROPER_NOUN || c == WordClass.ADJECTIVE) && t.isWord()
                && t.text().codePoints().filter(Character::isLetter).count() >= 2;
    }

    private static boolean gluedByHyphen(List<TaggedToken> tokens, int i) {
        TaggedToken t = tokens.get(i);
        TaggedToken before = tokens.get(i - 1);
        return (!t.spaceBefore() && before.text().equals("-")) || (t.text().equals("-") && !t.spaceBefore());
    }

    private static CandidateTerm candidate(List<TaggedToken> tokens, int first, int end) {
        StringBuilder key = new StringBuilder();
        StringBuilder surface = new StringBuilder();
        java.util.TreeSet<String> content = new java.util.TreeSet<>();
        for (int k = first; k < end; k++) {
            TaggedToken t = tokens.get(k);
            if (isContent(t)) {
                content.add(t.lemma());
            }
            if (k > first) {
                key.append(' ');
                if (t.spaceBefore()) {
                    surface.append(' ');
                }
            }
            key.append(t.lemma());
            surface.append(t.text());
        }
        return new CandidateTerm(key.toString(), String.join(" ", content), surface.toString(), first, end);
    }
}
