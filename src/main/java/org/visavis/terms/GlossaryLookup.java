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
     * The occurrences of the entry's target terms in a target sentence, also as the last part of a
     * hyphenated compound ("dependencies" in "cross-dependencies" renders "dépendances").
     */
    public List<TermOccurrence> targetTerms(GlossaryEntry entry, String sentence) {
        List<TermOccurrence> found = find(entry.targets(), sentence);
        if (found.isEmpty() && sentence.indexOf('-') >= 0) {
            found = find(entry.targets(), sentence.replaceAll("(?<=\\p{L})-(?=\\p{L})", " "));
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
