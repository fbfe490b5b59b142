package org.visavis.terms;

/**
 * A unit that is the term alone on both sides, a heading or a label ("Warning" → "WARNINGS"
 * where the text says "AVERTISSEMENT"), and whose translation is the term as the source writes it
 * (inflection and case aside): the label left untranslated. No sentence around it tells a noun
 * from a name or a value, as a determiner does in running text ("le hardware").
 */
final class CopiedLabel {

    private CopiedLabel() {
    }

    /** True when the unit's two sides hold no word but the term and the spotted copy of it. */
    static boolean of(Occurrence o, SpottedRendering s) {
        UnitSide from = o.unit().from();
        UnitSide to = o.unit().to();
        CandidateTerm c = o.term();
        UnitSide.WordRange term = from.wordsOf(c);
        if (term.isEmpty()) {
            return false;
        }
        int first = to.wordOf()[s.firstToken()];
        int last = to.wordOf()[s.endToken() - 1];
        return term.first() == 0 && term.end() == from.words().size() && first == 0 && last == to.words().size() - 1
                && TermText.sameWords(s.text(), c.surface());
    }
}
