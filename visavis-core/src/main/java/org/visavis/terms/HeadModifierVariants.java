package org.visavis.terms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.lang.WordClass;

/**
 * Finds the phrases that render a concept otherwise than its declared rendering: phrases around
 * the rendering's head word (by lemma) that carry one of the concept's key modifiers but are not
 * the rendering itself. The key modifiers are the rendering's own (the nouns of its prepositional
 * complement, the words before its head, the adjectives after it) and those the declaring note
 * gives the head with the same preposition or before it. For "struggles over immediate demands",
 * declared in a note that adds "struggles over wages and conditions" and "“everyday” struggles",
 * the head is "struggle" and the key modifiers are demand, wage, condition and everyday, so
 * "wage struggles", "a struggle about wages" and "the struggle over wages and conditions" are
 * variants; "class struggles", "the struggle of the workers" and "struggles without immediate
 * perspectives" are not.
 *
 * <pre>{@code
 * HeadModifierVariants v = HeadModifierVariants.of(Term.of("struggles over immediate demands"), noteText,
 *         tagger, RenderingDeclarations.HeadPosition.LAST, Set.of("of"));
 * v.find("They avoid critiquing wage struggles.");   // [“wage struggles”]
 * }</pre>
 */
public final class HeadModifierVariants {
    private static final int MAX_BEFORE = 2;
    private static final int MAX_AFTER = 7;

    private final Term rendering;
    private final String head;
    private final Set<String> keys;
    private final Tagger tagger;
    private final TermMatcher matcher;

    private HeadModifierVariants(Term rendering, String head, Set<String> keys, Tagger tagger) {
        this.rendering = rendering;
        this.head = head;
        this.keys = Set.copyOf(keys);
        this.tagger = tagger;
        this.matcher = new TermMatcher(tagger);
    }

    /** The variants of {@code rendering}, learning key modifiers from the text that declares it. */
    public static HeadModifierVariants of(Term rendering, String declaringText, Tagger tagger,
                                          RenderingDeclarations.HeadPosition headPosition, Set<String> genitives) {
        List<TaggedToken> words = tagger.tag(rendering.text()).stream().filter(TaggedToken::isWord).toList();
        if (words.isEmpty()) {
            throw new TermsException("the declared rendering “" + rendering.text() + "” has no words");
        }
        int h = headIndex(words, headPosition);
        String headLemma = words.get(h).lemma();
        Phrase own = phrase(words, h, headLemma);
        Set<String> keys = new LinkedHashSet<>(own.keys());
        Set<String> prepositions = new LinkedHashSet<>(own.prepositions());
        // the note's other phrasings of the concept: modifiers before the head, or after the same preposition
        List<TaggedToken> note = tagger.tag(declaringText);
        Set<Integer> inRendering = covered(new TermMatcher(tagger).find(rendering, declaringText, note));
        for (int i = 0; i < note.size(); i++) {
            if (!inRendering.contains(i) && isHead(note.get(i), headLemma)) {
                Phrase p = phrase(note, i, headLemma);
                boolean genitive = genitives.containsAll(p.prepositions());
                if (p.prepositions().isEmpty() || genitive) {
                    // "“everyday” struggles (of the proletariat)"; not "depending on context struggles over ..."
                    keys.addAll(p.before());
                } else if (prepositions.isEmpty() || prepositions.containsAll(p.prepositions())) {
                    keys.addAll(p.after()); // "struggles over wages"
                }
            }
        }
        keys.remove(headLemma);
        return new HeadModifierVariants(rendering, headLemma, keys, tagger);
    }

    /** The head word's lemma ("struggle"). */
    public String head() {
        return head;
    }

    /** The key modifiers' lemmas ("demand", "wage", ...). */
    public Set<String> keys() {
        return keys;
    }

    /** The phrases of a sentence that render the concept otherwise, as written there. */
    public List<TermOccurrence> find(String sentence) {
        List<TaggedToken> tokens = tagger.tag(sentence);
        Set<Integer> declared = covered(matcher.find(rendering, sentence, tokens));
        List<TermOccurrence> found = new ArrayList<>();
        int after = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (i <= after || declared.contains(i) || !isHead(tokens.get(i), head)) {
                continue;
            }
            Phrase p = phrase(tokens, i, head);
            boolean keyed = p.before().stream().anyMatch(keys::contains) || p.after().stream().anyMatch(keys::contains);
            if (keyed) {
                int start = tokens.get(p.first()).start();
                int end = tokens.get(p.last()).end();
                found.add(new TermOccurrence(p.first(), p.last() + 1, start, end, sentence.substring(start, end)));
                after = p.last();
            }
        }
        return found;
    }

    /** The words around a head: lemmas before it, after it, and the prepositions that join them. */
    private record Phrase(int first, int last, Set<String> before, Set<String> after, Set<String> prepositions) {
        Set<String> keys() {
            Set<String> all = new LinkedHashSet<>(before);
            all.addAll(after);
            return all;
        }
    }

    private static Phrase phrase(List<TaggedToken> tokens, int h, String headLemma) {
        Set<String> before = new LinkedHashSet<>();
        int first = h;
        int taken = 0;
        boolean quoted = false;
        for (int k = h - 1; k >= 0 && taken < MAX_BEFORE; k--) {
            TaggedToken t = tokens.get(k);
            if (isQuote(t)) {
                if (quoted) {
                    break; // "other “everyday” struggles": the quoted words are the modifier
                }
                quoted = k == h - 1;
                if (!quoted) {
                    break;
                }
                continue;
            }
            if (!isModifier(t)) {
                break;
            }
            before.add(t.lemma());
            first = k;
            taken++;
        }
        Set<String> after = new LinkedHashSet<>();
        Set<String> prepositions = new LinkedHashSet<>();
        int last = h;
        int k = h + 1;
        // adjectives right after the head modify it ("luttes revendicatives")
        while (k < tokens.size() && tokens.get(k).wordClass() == WordClass.ADJECTIVE) {
            after.add(tokens.get(k).lemma());
            last = k++;
        }
        if (k < tokens.size() && tokens.get(k).wordClass() == WordClass.PREPOSITION) {
            prepositions.add(tokens.get(k).lemma());
            int end = Math.min(tokens.size(), k + 1 + MAX_AFTER);
            boolean joined = true;
            for (int j = k + 1; j < end; j++) {
                TaggedToken t = tokens.get(j);
                WordClass c = t.wordClass();
                if (c.isNominal() || c == WordClass.UNKNOWN) {
                    if (!t.lemma().equals(headLemma)) {
                        after.add(t.lemma());
                    }
                    last = j;
                    joined = false;
                } else if (c == WordClass.ADJECTIVE || c == WordClass.DETERMINER || c == WordClass.NUMBER) {
                    continue; // "over immediate demands": the adjective qualifies the complement's noun
                } else if ((c == WordClass.CONJUNCTION || c == WordClass.PREPOSITION) && !joined) {
                    joined = true; // "wages and conditions", "the defence of jobs"
                } else {
                    break;
                }
            }
        }
        return new Phrase(first, last, before, after, prepositions);
    }

    /**
     * The index of the head of a phrase's words: the last word before its first preposition
     * ("struggles over ...", "système d'exploitation"), else its first or last noun as the
     * language puts it ("luttes revendicatives", "immediate demands").
     */
    static int headIndex(List<TaggedToken> words, RenderingDeclarations.HeadPosition position) {
        int preposition = -1;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).wordClass() == WordClass.PREPOSITION) {
                preposition = i;
                break;
            }
        }
        int from = 0;
        int to = preposition > 0 ? preposition : words.size();
        if (preposition > 0) {
            return preposition - 1; // "struggles over ...", "luttes pour ..."
        }
        List<Integer> nouns = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (words.get(i).wordClass().isNominal()) {
                nouns.add(i);
            }
        }
        if (nouns.isEmpty()) {
            return position == RenderingDeclarations.HeadPosition.FIRST ? 0 : words.size() - 1;
        }
        return position == RenderingDeclarations.HeadPosition.FIRST ? nouns.get(0) : nouns.get(nouns.size() - 1);
    }

    private static boolean isHead(TaggedToken t, String headLemma) {
        if (t.folded().equals(headLemma)) {
            return true;
        }
        for (TaggedToken.Reading r : t.readings()) {
            if (r.wordClass().isNominal() && r.lemma().equalsIgnoreCase(headLemma)) {
                return t.wordClass().isNominal(); // "the whole world struggles over wages" is a verb
            }
        }
        return false;
    }

    private static boolean isModifier(TaggedToken t) {
        WordClass c = t.wordClass();
        return t.isWord() && (c.isNominal() || c == WordClass.ADJECTIVE || c == WordClass.UNKNOWN);
    }

    private static boolean isQuote(TaggedToken t) {
        return t.text().length() == 1 && "“”\"«»„‘’'".contains(t.text());
    }

    private static Set<Integer> covered(List<TermOccurrence> occurrences) {
        Set<Integer> tokens = new java.util.HashSet<>();
        for (TermOccurrence o : occurrences) {
            for (int i = o.firstToken(); i < o.endToken(); i++) {
                tokens.add(i);
            }
        }
        return tokens;
    }
}
