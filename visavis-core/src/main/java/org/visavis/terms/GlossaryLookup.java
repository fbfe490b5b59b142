package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import org.visavis.lang.TaggedToken;

/**
 * Finds a glossary's terms in sentences: source terms by longest match (where "paquet source"
 * occurs, "paquet" is not also reported), target and forbidden terms of an entry.
 *
 * <pre>{@code
 * var lookup = new GlossaryLookup(glossary, frMatcher, enMatcher);
 * for (var hit : lookup.sourceTerms("Les paquets sources...")) { ... hit.entry() ... }
 * }</pre>
 */
public final class GlossaryLookup {

    /** An entry whose source term occurs in a sentence, and where. */
    public record EntryOccurrence(GlossaryEntry entry, TermOccurrence occurrence) {
    }

    private final Glossary glossary;
    private final TermMatcher source;
    private final TermMatcher target;

    public GlossaryLookup(Glossary glossary, TermMatcher source, TermMatcher target) {
        this.glossary = glossary;
        this.source = source;
        this.target = target;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** The entries whose source term occurs in the sentence, leaving out those inside a longer one. */
    public List<EntryOccurrence> sourceTerms(String sentence) {
        List<TaggedToken> tokens = source.tagger().tag(sentence);
        List<EntryOccurrence> all = new ArrayList<>();
        for (GlossaryEntry e : glossary.entries()) {
            for (TermOccurrence o : source.find(e.source(), sentence, tokens)) {
                all.add(new EntryOccurrence(e, o));
            }
        }
        List<EntryOccurrence> kept = new ArrayList<>();
        for (EntryOccurrence a : all) {
            boolean inside = all.stream().anyMatch(b -> b != a && a.occurrence().isInside(b.occurrence()));
            if (!inside) {
                kept.add(a);
            }
        }
        return kept;
    }

    /**
     * The occurrences of the entry's target terms in a target sentence, also as a part of a
     * hyphenated compound ("dependencies" in "cross-dependencies" renders "dépendances"), or a word
     * of its lemma in another word class.
     */
    public List<TermOccurrence> targetTerms(GlossaryEntry entry, String sentence) {
        List<TermOccurrence> found = find(entry.targets(), sentence);
        if (found.isEmpty() && sentence.indexOf('-') >= 0) {
            found = find(entry.targets(), sentence.replaceAll("(?<=\\p{L})-(?=\\p{L})", " "));
        }
        if (found.isEmpty()) {
            found = derivedForms(entry.targets(), sentence);
        }
        return found;
    }

    /**
     * Other word classes of a one-word target term's lemma: "packaged" (a verb of lemma "package")
     * for "package" where the source said "mis en paquet". A word of another lemma is another
     * word, however it begins: "packaging" is not "package", nor "systematic" "system".
     */
    private List<TermOccurrence> derivedForms(List<Term> terms, String sentence) {
        List<TermOccurrence> found = new ArrayList<>();
        List<TaggedToken> tokens = target.tagger().tag(sentence);
        for (Term t : terms) {
            List<TaggedToken> termTokens = target.tagger().tag(t.text());
            if (termTokens.size() != 1 || !termTokens.get(0).isWord()) {
                continue; // a phrase, or a word with symbols ("C++" is not "C")
            }
            String lemma = termTokens.get(0).lemma();
            for (int i = 0; i < tokens.size(); i++) {
                TaggedToken token = tokens.get(i);
                if (token.isWord() && token.lemma().equals(lemma)) {
                    found.add(new TermOccurrence(i, i + 1, token.start(), token.end(), token.text()));
                }
            }
        }
        return found;
    }

    /** The occurrences of the entry's forbidden renderings in a target sentence. */
    public List<TermOccurrence> forbiddenTerms(GlossaryEntry entry, String sentence) {
        return find(entry.forbidden(), sentence);
    }

    private List<TermOccurrence> find(List<Term> terms, String sentence) {
        List<TaggedToken> tokens = target.tagger().tag(sentence);
        List<TermOccurrence> found = new ArrayList<>();
        for (Term t : terms) {
            found.addAll(target.find(t, sentence, tokens));
        }
        return found;
    }
}
