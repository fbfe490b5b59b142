package org.visavis.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.visavis.lang.TaggedToken;

/**
 * Finds where a glossary's terms occur in one sentence, for highlighting: source terms (longest
 * match, lemma-aware) on the source side; approved renderings and forbidden renderings on the
 * target side. Works one sentence at a time, so an editor can mark only the rows it shows.
 *
 * <pre>{@code
 * GlossaryTermMarker marker = new GlossaryTermMarker(new GlossaryLookup(glossary, frMatcher, enMatcher),
 *         frMatcher, enMatcher);
 * marker.source("Les paquets sources");   // [TermMark(4, 11, TERM, "paquets")]
 * }</pre>
 */
public final class GlossaryTermMarker {
    private final GlossaryLookup lookup;
    private final TermMatcher target;

    public GlossaryTermMarker(GlossaryLookup lookup, TermMatcher target) {
        this.lookup = lookup;
        this.target = target;
    }

    /** The glossary's source terms in a source sentence, in text order. */
    public List<TermMark> source(String sentence) {
        List<TermMark> marks = new ArrayList<>();
        for (GlossaryLookup.EntryOccurrence o : lookup.sourceTerms(sentence)) {
            marks.add(mark(o.occurrence(), TermMark.Kind.TERM));
        }
        return sorted(marks);
    }

    /** The glossary's approved and forbidden renderings in a target sentence, in text order. */
    public List<TermMark> target(String sentence) {
        List<TaggedToken> tokens = target.tagger().tag(sentence);
        List<TermMark> marks = new ArrayList<>();
        for (GlossaryEntry e : lookup.glossary().entries()) {
            for (Term t : e.targets()) {
                target.find(t, sentence, tokens).forEach(o -> marks.add(mark(o, TermMark.Kind.TERM)));
            }
            for (Term t : e.forbidden()) {
                target.find(t, sentence, tokens).forEach(o -> marks.add(mark(o, TermMark.Kind.FORBIDDEN)));
            }
        }
        return sorted(marks);
    }

    private static TermMark mark(TermOccurrence o, TermMark.Kind kind) {
        return new TermMark(o.start(), o.end(), kind, o.surface());
    }

    private static List<TermMark> sorted(List<TermMark> marks) {
        marks.sort(Comparator.comparingInt(TermMark::start).thenComparingInt(TermMark::end));
        return List.copyOf(marks);
    }
}
