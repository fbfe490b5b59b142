package org.visavis.terms;

import java.util.List;
import org.visavis.lang.TaggedToken;
import org.visavis.wordalign.WordLink;

/**
 * A term occurrence that is the name of something rather than the word, which the translation
 * rightly keeps as written: a command named by its manual page ("free(1)", "login(1)": whatever
 * the translation has there is no rendering of the word), or a name set beside the noun that says
 * what it names, that noun translated and the name kept ("the text front-end" → "le frontal
 * text", "the priority parameter" → "le paramètre priority"). A passage copied whole ("DocBook
 * files" left in English) keeps the neighbour as written too: that is no name beside a translated
 * noun, and stays a finding.
 */
final class KeptName {
    private final Relatedness related;

    KeptName(Relatedness related) {
        this.related = related;
    }

    /** Why deviation {@code d} is a name kept as written, or null. */
    String reason(Occurrence o, Deviation d) {
        List<TaggedToken> source = o.unit().from().tokens();
        if (manualPage(source, o.term().endToken())) {
            return "a command's name, written with its manual page section ('free(1)')";
        }
        if (d.kind() == Deviation.Kind.UNTRANSLATED) {
            String noun = translatedNounBeside(o, d);
            if (noun != null) {
                return "a name kept beside the noun that says what it names ('" + noun + "' translated)";
            }
        }
        return null;
    }

    /** True when tokens from {@code end} on are a manual page section glued to the word before: "(1)", "(8)". */
    static boolean manualPage(List<TaggedToken> tokens, int end) {
        return end + 2 < tokens.size() && tokens.get(end).text().equals("(") && !tokens.get(end).spaceBefore()
                && tokens.get(end + 1).text().matches("\\d[\\p{Alnum}]{0,3}") && tokens.get(end + 2).text().equals(")");
    }

    /**
     * The source noun just before or after the term whose translation stands just before or after
     * the copied term in the translation ("front-end" of "the text front-end", rendered "frontal" in
     * "le frontal text"), or null. The translation must differ from the noun as written: a noun
     * copied too is a passage left untranslated.
     */
    private String translatedNounBeside(Occurrence o, Deviation d) {
        UnitSide from = o.unit().from();
        UnitSide to = o.unit().to();
        int[] copy = ContextualEllipsis.span(to, d.rendering());
        if (copy == null) {
            return null;
        }
        for (int x : new int[] {o.term().firstToken() - 1, o.term().endToken()}) {
            if (x < 0 || x >= from.tokens().size() || from.wordOf()[x] < 0) {
                continue;
            }
            TaggedToken noun = from.tokens().get(x);
            // (a noun, or a word the tagger does not know: "front-end")
            if (!TermText.isContent(noun) || !RenderingWords.canBeNoun(noun) && noun.isKnown()) {
                continue;
            }
            for (int k : new int[] {copy[0] - 1, copy[1]}) {
                if (k < 0 || k >= to.tokens().size() || to.wordOf()[k] < 0) {
                    continue;
                }
                TaggedToken t = to.tokens().get(k);
                if (TermText.isContent(t) && !t.folded().equals(noun.folded())
                        && renders(o.unit(), from.wordOf()[x], noun, to.wordOf()[k], t)) {
                    return noun.text();
                }
            }
        }
        return null;
    }

    private boolean renders(OrientedUnit unit, int w, TaggedToken x, int target, TaggedToken t) {
        if (related.strength(x.lemma(), t.lemma()) > 0 || related.strength(x.folded(), t.folded()) > 0) {
            return true;
        }
        for (WordLink l : unit.links()) {
            if (l.source() == w && l.target() == target && l.confidence() >= 0.5) {
                return true;
            }
        }
        return false;
    }
}
