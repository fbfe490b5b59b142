package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.lang.WordClass;

/**
 * Finds terms in sentences of one language by lemma and word form, so that a term matches
 * whatever its inflection: "lutte revendicative" is found in "des luttes revendicatives",
 * "struggle over immediate demands" in "Struggles over immediate demands". Tokens are whole
 * words: "organisation" is not found in "self-organisation", nor "libre" in "libres-service".
 * Symbols are part of a term: "C++" is the three tokens C, +, +, so that it is not found in "C",
 * nor "C" in "C++" or "C#".
 *
 * <pre>{@code
 * TermMatcher fr = new TermMatcher(LanguageKnowledge.tagger(Language.of("fr")));
 * fr.find(Term.of("lutte revendicative"), "Les luttes revendicatives sont...");   // one occurrence
 * }</pre>
 */
public final class TermMatcher {
    private final Tagger tagger;
    private final Map<Term, List<TaggedToken>> compiled = new ConcurrentHashMap<>();
    /** Capitalised words read again in lower case (see {@link #sameWordInLowerCase}). */
    private final Map<String, java.util.Optional<TaggedToken>> lowerCased = new ConcurrentHashMap<>();

    public TermMatcher(Tagger tagger) {
        this.tagger = tagger;
    }

    public Tagger tagger() {
        return tagger;
    }

    public List<TermOccurrence> find(Term term, String sentence) {
        return find(term, sentence, tagger.tag(sentence));
    }

    /** The occurrences of {@code term} in a sentence already tagged by this matcher's tagger. */
    public List<TermOccurrence> find(Term term, String sentence, List<TaggedToken> tokens) {
        List<TaggedToken> pattern = compiled.computeIfAbsent(term, t -> words(tagger.tag(t.text())));
        List<TermOccurrence> found = new ArrayList<>();
        if (pattern.isEmpty()) {
            return found;
        }
        for (int i = 0; i + pattern.size() <= tokens.size(); i++) {
            if (matchesAt(pattern, tokens, i, term.casing()) && standsAlone(tokens, i, i + pattern.size())) {
                int start = tokens.get(i).start();
                int end = tokens.get(i + pattern.size() - 1).end();
                found.add(new TermOccurrence(i, i + pattern.size(), start, end,
                        sentence.substring(Math.min(start, sentence.length()), Math.min(end, sentence.length()))));
            }
        }
        return found;
    }

    public boolean occursIn(Term term, String sentence) {
        return !find(term, sentence).isEmpty();
    }

    /** Punctuation around a term that is not part of it: quotes, brackets, a final full stop. */
    private static final java.util.Set<String> ENCLOSING = java.util.Set.of(".", ",", ";", ":", "!", "?", "…", "\"",
            "'", "«", "»", "“", "”", "‘", "’", "„", "(", ")", "[", "]", "{", "}");

    /** Symbols that glue a word to its neighbour into another word: "C++", "C#", "self-organisation". */
    private static final java.util.Set<String> JOINING = java.util.Set.of("+", "#", "-", "‑", "‐", "_");

    private static List<TaggedToken> words(List<TaggedToken> tokens) {
        // a term written with a final full stop or quotes still means the words; "C++" keeps its pluses
        int from = 0;
        int to = tokens.size();
        while (from < to && !tokens.get(from).isWord() && ENCLOSING.contains(tokens.get(from).text())) {
            from++;
        }
        while (to > from && !tokens.get(to - 1).isWord() && ENCLOSING.contains(tokens.get(to - 1).text())) {
            to--;
        }
        return tokens.subList(from, to).stream().filter(t -> t.isWord() || !ENCLOSING.contains(t.text())).toList();
    }

    private boolean matchesAt(List<TaggedToken> pattern, List<TaggedToken> tokens, int at, Casing casing) {
        for (int k = 0; k < pattern.size(); k++) {
            TaggedToken termToken = pattern.get(k);
            TaggedToken token = tokens.get(at + k);
            if (!termToken.isWord() && k > 0 && termToken.spaceBefore() != token.spaceBefore()) {
                return false; // "C++" is not "C + +"
            }
            if (!sameWord(termToken, token, casing) && !(casing != Casing.SENSITIVE && sameWordInLowerCase(termToken, token))) {
                return false;
            }
        }
        return true;
    }

    static boolean sameWord(TaggedToken termWord, TaggedToken word, Casing casing) {
        if (casing == Casing.SENSITIVE && !sameCaseShape(termWord.text(), word.text())) {
            return false;
        }
        if (termWord.folded().equals(word.folded())) {
            return true;
        }
        for (TaggedToken.Reading a : termWord.readings()) {
            // a term out of context is ambiguous ("package": noun or verb); it means its main class
            if (a.wordClass() != termWord.wordClass()) {
                continue;
            }
            for (TaggedToken.Reading b : word.readings()) {
                if (a.lemma().equalsIgnoreCase(b.lemma()) && compatible(a.wordClass(), b.wordClass())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A capitalised word of a title or a label ("« Brosses MyPaint »", "the Layers dialog") that the
     * tagger reads as a name only ("Brosses", a place, lemma "Brosses") is still the common noun
     * of a lower-case term ("brosse"): the word is read again in lower case.
     */
    private boolean sameWordInLowerCase(TaggedToken termWord, TaggedToken word) {
        String text = word.text();
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || isAllUpper(text)
                || Character.isUpperCase(termWord.text().codePointAt(0))) {
            return false;
        }
        // empty when the lower-case text is not one word for the tagger
        java.util.Optional<TaggedToken> lower = lowerCased.computeIfAbsent(text, w -> {
            List<TaggedToken> t = tagger.tag(w.toLowerCase(java.util.Locale.ROOT));
            return t.size() == 1 ? java.util.Optional.of(t.get(0)) : java.util.Optional.empty();
        });
        return lower.isPresent() && sameWord(termWord, lower.get(), Casing.INSENSITIVE);
    }

    private static boolean compatible(WordClass a, WordClass b) {
        return a == b || (a.isNominal() && b.isNominal()) || a == WordClass.OTHER || b == WordClass.OTHER;
    }

    /** "Debian" and "Debians" have the same shape, "debian" and "DEBIAN" do not. */
    private static boolean sameCaseShape(String a, String b) {
        return Character.isUpperCase(a.codePointAt(0)) == Character.isUpperCase(b.codePointAt(0))
                && isAllUpper(a) == isAllUpper(b);
    }

    private static boolean isAllUpper(String s) {
        return s.length() > 1 && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * False when a hyphen or a symbol glues the match to a neighbouring word or sign ("libre" in
     * "libre-service", "C" in "C++" and "C#").
     */
    private static boolean standsAlone(List<TaggedToken> tokens, int first, int end) {
        if (first > 0 && !tokens.get(first).spaceBefore() && JOINING.contains(tokens.get(first - 1).text())) {
            return false;
        }
        return !(end < tokens.size() && !tokens.get(end).spaceBefore() && JOINING.contains(tokens.get(end).text()));
    }
}
