package org.visavis.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * The word-level tests that {@link RenderingDiscovery} asks of tagged tokens and rendering
 * texts: whether two tokens are the same word, a token's stems, a noun or its modifier, a set
 * phrase after a preposition, a verb form of the usual rendering, a rendering quoted or written
 * in a text. Pure functions of their arguments.
 */
final class RenderingWords {
    private RenderingWords() {
    }

    /**
     * The place in the usual rendering {@code usual} of the word at {@code k} of a rendering that
     * keeps the usual one's last word or first ("open source software" / "free software": "open"
     * and "source" stand where "free" does; "menu de démarrage" / "menu d'amorçage"), counted from
     * that side and kept off it; -1 when the two share neither end.
     */
    static int slot(List<TaggedToken> rendering, int k, List<TaggedToken> usual) {
        if (rendering.isEmpty() || usual.size() < 2) {
            return -1;
        }
        if (sameWord(rendering.get(rendering.size() - 1), usual.get(usual.size() - 1))) {
            int fromEnd = rendering.size() - 1 - k;
            return fromEnd < 1 ? -1 : Math.max(0, usual.size() - 1 - fromEnd);
        }
        if (sameWord(rendering.get(0), usual.get(0))) {
            return k < 1 ? -1 : Math.min(usual.size() - 1, k);
        }
        return -1;
    }

    static boolean sameWord(TaggedToken a, TaggedToken b) {
        return !java.util.Collections.disjoint(tokenStems(a), tokenStems(b));
    }

    static boolean modifierOrNoun(TaggedToken t) {
        return t.wordClass() == org.visavis.lang.WordClass.NOUN || t.wordClass() == org.visavis.lang.WordClass.ADJECTIVE;
    }

    /** True when a part of a compound word ("mail" of "e-mail") begins another word ("mailing"), four letters or more. */
    static boolean sharesPart(String folded, String other) {
        String o = other.toLowerCase(java.util.Locale.ROOT);
        for (String part : folded.split("[-\u2010\u2011/]")) {
            if (part.length() >= 4 && !part.equals(folded) && o.startsWith(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the words of a rendering that are not the usual rendering's are verb forms of its
     * words ("Installing" of "installation", "Caching" of "cache"), at least one.
     */
    static boolean verbFormOfUsual(List<TaggedToken> tokens, String rendering, Set<String> usualStems,
                                           List<String> usualLemmas) {
        Set<String> words = new HashSet<>(List.of(rendering.toLowerCase(java.util.Locale.ROOT).split("[\\s\u2010\u2011-]+")));
        boolean any = false;
        for (TaggedToken t : tokens) {
            if (!t.isWord() || !TermText.isContent(t) || !words.contains(t.folded())
                    || tokenStems(t).stream().anyMatch(usualStems::contains)) {
                continue;
            }
            boolean verbForm = t.readings().stream().anyMatch(r -> r.wordClass() == org.visavis.lang.WordClass.VERB
                    && usualLemmas.stream().anyMatch(u -> r.lemma().equals(u) || TermText.sameFamily(r.lemma(), u)));
            // but an inflected noun of the family ("Compares", plural of "compare", for
            // "Comparison") is another noun, unlike a verbal noun ("Installing", its own lemma)
            boolean inflectedNoun = t.readings().stream().anyMatch(r -> r.wordClass().isNominal()
                    && !r.lemma().equalsIgnoreCase(t.text())
                    && usualLemmas.stream().anyMatch(u -> TermText.sameFamily(r.lemma(), u)));
            if (!verbForm || inflectedNoun) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** True when the rendering stands inside quotation marks: a title quoted ("see Section 6.2.2, “Installing and Removing”"). */
    static boolean quoted(String text, String rendering) {
        int at = text.indexOf(rendering);
        if (at < 0) {
            return false;
        }
        int open = 0;
        for (int k = 0; k < at; k++) {
            char ch = text.charAt(k);
            open += ch == '\u201c' || ch == '\u00ab' ? 1 : ch == '\u201d' || ch == '\u00bb' ? -1 : 0;
        }
        return open > 0;
    }

    /**
     * True when a word is another noun of the usual rendering's word family ("developments" for
     * "developers", "installation" for "installer"): not the same word in another class, which
     * the syntax decides ("historical" / "history"), nor a verb's form of it ("packaging" of "to
     * package", "Installing").
     */
    static boolean ofUsualFamily(TaggedToken t, List<String> usualLemmas) {
        if (t.wordClass() != org.visavis.lang.WordClass.NOUN && t.readings().stream()
                .noneMatch(r -> r.wordClass() == org.visavis.lang.WordClass.NOUN)) {
            return false;
        }
        for (String u : usualLemmas) {
            if (TermText.sameFamily(t.lemma(), u) && t.readings().stream().noneMatch(r ->
                    r.wordClass() == org.visavis.lang.WordClass.VERB
                            && (r.lemma().equals(u) || TermText.sameFamily(r.lemma(), u)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word the tagger also reads as an adjective stands beside a noun, which it then
     * qualifies: "paquet concerné", "version précédente", "aspect pratique" are no uses of the
     * nouns "concerné", "précédent", "pratique".
     */
    static boolean modifier(List<TaggedToken> tokens, int k) {
        if (tokens.get(k).readings().stream().noneMatch(r -> r.wordClass() == org.visavis.lang.WordClass.ADJECTIVE)) {
            return false;
        }
        return k > 0 && tokens.get(k - 1).wordClass().isNominal()
                || k + 1 < tokens.size() && tokens.get(k + 1).wordClass().isNominal();
    }

    /** A noun, or an adjective before a noun ("safety updates", "summary editor": English tags such modifiers so). */
    static boolean nominalAt(List<TaggedToken> tokens, int k) {
        TaggedToken t = tokens.get(k);
        return canBeNoun(t) || t.wordClass() == org.visavis.lang.WordClass.ADJECTIVE && k + 1 < tokens.size()
                && tokens.get(k + 1).wordClass().isNominal();
    }

    static boolean inSetPhrase(List<TaggedToken> tokens, int k) {
        if (k == 0) {
            return false;
        }
        TaggedToken before = tokens.get(k - 1);
        if (before.wordClass() != org.visavis.lang.WordClass.PREPOSITION || before.lemma().contains("+")) {
            return false;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).text().matches(".*\\d.*")) {
            return false; // a noun before a number names a thing: "at address 2", "à la page 12"
        }
        if (k >= 2) {
            // a noun before ties the phrase to it, unless it is a verb's form too ("mise" of
            // "mettre" in "mise en paquet"): one lemma in all its readings
            TaggedToken head = tokens.get(k - 2);
            boolean nominal = head.wordClass().isNominal() || head.wordClass() == org.visavis.lang.WordClass.ADJECTIVE;
            return !(nominal && head.readings().stream().allMatch(r -> r.lemma().equals(head.lemma())));
        }
        return true;
    }

    /**
     * True when a text holds a rendering written as an open, closed or hyphenated compound
     * ("command line" for "command-line"): the spelling check's business, not the term's.
     */
    static boolean writtenIn(String text, String rendering) {
        String r = squashed(rendering);
        return r.length() >= 4 && squashed(text).contains(r);
    }

    static String squashed(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\u2010\u2011-]+", "");
    }

    /** The stems a word counts as: its own, its lemma's, and its parts' ("email-based" holds "email"). */
    static Set<String> tokenStems(TaggedToken t) {
        Set<String> stems = new HashSet<>();
        stems.add(TermText.stem(t.folded()));
        stems.add(TermText.stem(t.lemma()));
        for (String part : t.folded().split("[-\u2010\u2011/]")) {
            stems.add(TermText.stem(part));
        }
        return stems;
    }

    /** True when the content words of tokens {@code [first, end)} are all words the tagger knows, no proper noun. */
    static boolean commonWords(List<TaggedToken> tokens, int first, int end) {
        for (int k = first; k < end; k++) {
            TaggedToken t = tokens.get(k);
            if (TermText.isContent(t) && (!t.isKnown() || t.wordClass() == org.visavis.lang.WordClass.PROPER_NOUN
                    || t.readings().stream().anyMatch(r -> r.wordClass() == org.visavis.lang.WordClass.PROPER_NOUN))) {
                return false;
            }
        }
        return true;
    }

    /** A noun, or a word the tagger reads as a noun too ("safety" in "safety updates", tagged as a modifier). */
    static boolean canBeNoun(TaggedToken t) {
        return t.wordClass().isNominal() || t.wordClass() == org.visavis.lang.WordClass.ADJECTIVE
                && t.readings().stream().anyMatch(r -> r.wordClass().isNominal());
    }

    /**
     * True when the word at {@code k} is used as a noun of the sentence: a determiner or a
     * preposition stands before it, adjectives, unknown words and words of the source ({@code
     * source}, folded) aside ("la stick", "du hardware", "le nouveau core packages"), unlike a name
     * or a value kept as it is ("le frontal text", "file et network", "(cipher)", "/boot"); not a
     * word in capitals ("de TERM").
     */
    static boolean usedAsNoun(List<TaggedToken> tokens, int k, java.util.Set<String> source) {
        if (TermText.isAbbreviation(tokens.get(k).text())) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            TaggedToken t = tokens.get(j);
            if (!t.isWord()) {
                return false;
            }
            org.visavis.lang.WordClass c = t.wordClass();
            if (c == org.visavis.lang.WordClass.DETERMINER || c == org.visavis.lang.WordClass.PREPOSITION
                    || c == org.visavis.lang.WordClass.NUMBER) {
                return true; // (a number is a count of it: "4 bytes")
            }
            if (c != org.visavis.lang.WordClass.ADJECTIVE && t.isKnown() && !source.contains(t.folded())) {
                return false;
            }
        }
        return false;
    }

    static boolean isPhraseWord(TaggedToken t) {
        return TermText.isTermWord(t) && t.wordClass() != org.visavis.lang.WordClass.PROPER_NOUN;
    }

    /** The stems of a rendering's words, as written ("source packages" → source, package). */
    static Set<String> renderingStems(String rendering) {
        return TermText.stems(List.of(rendering.split("[\\s\u2010\u2011-]+")));
    }
}
