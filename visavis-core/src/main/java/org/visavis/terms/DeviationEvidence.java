package org.visavis.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.wordalign.WordLink;

/**
 * How surely a rendering other than the usual one renders the term, from what is known beside the
 * aligner's pick ({@link Deviation.Evidence}): the dictionary (or spelling) relates it to the term,
 * it shares a word with the usual rendering and what it puts in place of the rest renders the term
 * too, it is of the usual rendering's word family ("developments" for "developers"), or the text
 * renders the term so elsewhere. Where the aligner's pick has none of that, a word of the unit that
 * has it may be the term's rendering instead ({@link #relatedWord}).
 */
final class DeviationEvidence {

    private final Relatedness related;

    DeviationEvidence(Relatedness related) {
        this.related = related;
    }

    /** The evidence that {@code s} renders the occurrence's term otherwise; 0 when nothing says so. */
    double of(SpottedRendering s, Occurrence o, UsualRendering usual) {
        return basis(s, o, usual).map(DeviationEvidence::weight).orElse(0.0);
    }

    /** The weight of a basis that {@link #basis} gives. */
    static double weight(Deviation.Basis b) {
        return switch (b) {
            case DICTIONARY -> Deviation.Evidence.RELATED;
            case SHARES_WORD, ANOTHER_TERMS_RENDERING -> Deviation.Evidence.SHARES_WORD;
            case WORD_FAMILY -> Deviation.Evidence.WORD_FAMILY;
            default -> Deviation.Evidence.RENDERED_ELSEWHERE;
        };
    }

    /** What says {@code s} renders the occurrence's term otherwise; empty when nothing does. */
    Optional<Deviation.Basis> basis(SpottedRendering s, Occurrence o, UsualRendering usual) {
        OrientedUnit unit = o.unit();
        Set<String> ownPick = o.spottedStems();
        List<TaggedToken> tokens = unit.to().tokens();
        // spotted for another occurrence than this one (whose own pick, {@code ownPick}, is counted too)
        // (a word of the bead the aligner did not link to the term needs two: one pick may be noise)
        int others = usual.elsewhere().getOrDefault(s.stems(), 0) - (s.stems().equals(ownPick) ? 1 : 0);
        boolean picked = s.stems().equals(ownPick) || s.confidence() > 0;
        Optional<Deviation.Basis> renderedElsewhere = others >= (picked ? 1 : 2)
                ? Optional.of(Deviation.Basis.RENDERED_ELSEWHERE) : Optional.empty();
        if (ReorderedRendering.of(s, unit.to(), usual.text(), usual.frame().key(), usual.frame().termRenderings())) {
            return Optional.of(Deviation.Basis.SHARES_WORD); // the usual words in another order
        }
        if (s.stems().stream().anyMatch(usual.stems()::contains)) {
            // the rendering keeps a word of the usual one ("manual pages" / "man page"): what it
            // puts in place of the rest must render the term too, or it is an ellipsis with a name
            // or a modifier ("système ext2" for "système de fichiers", "paramètre vga" for
            // "paramètres d'amorçage"), or the aligner's reach into a rewording ("an otherwise
            // legitimate package" for "un paquet Debian")
            if (usualOfAbsentTerm(s, unit, usual)) {
                return Optional.of(Deviation.Basis.ANOTHER_TERMS_RENDERING);
            }
            return substitutesRender(s, unit, o.term(), usual) ? Optional.of(Deviation.Basis.SHARES_WORD) : renderedElsewhere;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            TaggedToken t = tokens.get(k);
            for (String a : o.term().lemmas()) {
                double strength = strength(a, t);
                // a cognate of another word class is the syntax's choice: "configured" (values)
                // for "configuration", "historical" for "historique"
                if (strength >= 1 || strength > 0 && t.wordClass().isNominal()) {
                    return Optional.of(Deviation.Basis.DICTIONARY);
                }
            }
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (RenderingWords.ofUsualFamily(tokens.get(k), usual.lemmas())) {
                return Optional.of(Deviation.Basis.WORD_FAMILY);
            }
        }
        return renderedElsewhere;
    }

    /** True when {@code s} is the usual rendering of another recurring term not in the unit ("source packages" for "paquets binaires"). */
    private static boolean usualOfAbsentTerm(SpottedRendering s, OrientedUnit unit, UsualRendering usual) {
        UsualRendering.Frame frame = usual.frame();
        for (var e : frame.termRenderings().entrySet()) {
            if (!e.getKey().equals(frame.key()) && e.getValue().equals(s.stems())
                    && unit.from().candidates().stream().noneMatch(x -> x.key().equals(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the words a rendering puts in place of the usual rendering's (it keeps the others)
     * render the term: the whole is the usual rendering of another recurring term not in the unit
     * (a wrong term: "source packages" for "paquets binaires"), or each new word is one the
     * dictionary or spelling relates to a word of the term ("manual" for "manuel"), of the usual
     * words' family ("automatiques" / "automatisée", "e-mail" / "mailing"), or a common noun or
     * adjective in the place of one of the usual rendering that no other source word holds ("menu
     * de démarrage" / "menu d'amorçage", "open software" / "free software"), not a word of another
     * class ("système libre" / "système d'exploitation").
     */
    private boolean substitutesRender(SpottedRendering s, OrientedUnit unit, CandidateTerm c, UsualRendering usual) {
        UsualRendering.Frame frame = usual.frame();
        if (usualOfAbsentTerm(s, unit, usual)) {
            return true;
        }
        List<TaggedToken> tokens = unit.to().tokens();
        boolean any = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            TaggedToken t = tokens.get(k);
            if (!TermText.isContent(t) || RenderingWords.tokenStems(t).stream().anyMatch(usual.stems()::contains)) {
                continue; // a word kept
            }
            any = true;
            int slot = RenderingWords.slot(tokens.subList(s.firstToken(), s.endToken()), k - s.firstToken(),
                    frame.usualWords());
            if (!rendersTerm(t, k, slot, unit, c, usual)) {
                return false;
            }
        }
        return any;
    }

    /**
     * True when the word {@code t} (token {@code k}) a rendering has in place of one of the usual
     * rendering's (at {@code position} of its shape, else -1) renders the term.
     */
    private boolean rendersTerm(TaggedToken t, int k, int position, OrientedUnit unit, CandidateTerm c,
                                UsualRendering usual) {
        for (String a : c.lemmas()) {
            if (strength(a, t) > 0) {
                return true;
            }
        }
        for (String u : usual.lemmas()) {
            if (TermText.sameFamily(t.lemma(), u) || RenderingWords.sharesPart(t.folded(), u)) {
                return true;
            }
        }
        List<TaggedToken> usualWords = usual.frame().usualWords();
        if (position < 0 || !RenderingWords.modifierOrNoun(t) || !t.isKnown()
                || !RenderingWords.modifierOrNoun(usualWords.get(position))
                || TermText.gluedToCode(unit.to().tokens(), k, k + 1) || TermText.isName(unit.to().tokens(), k, k + 1)) {
            return false;
        }
        return !rendersAnotherSourceWord(t, unit, c) && !usualOfAnotherTerm(t, unit, c, usual.frame());
    }

    /** True when {@code t} renders another word of the source ("Foreign packages" for "paquets des architectures supplémentaires"). */
    private boolean rendersAnotherSourceWord(TaggedToken t, OrientedUnit unit, CandidateTerm c) {
        List<TaggedToken> source = unit.from().tokens();
        for (int x = 0; x < source.size(); x++) {
            if ((x < c.firstToken() || x >= c.endToken()) && TermText.isContent(source.get(x))
                    && related.strength(source.get(x).lemma(), t.lemma()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code t} is of the usual rendering of another term of the source ("packages" of "paquets"). */
    private static boolean usualOfAnotherTerm(TaggedToken t, OrientedUnit unit, CandidateTerm c,
                                              UsualRendering.Frame frame) {
        Set<String> stems = RenderingWords.tokenStems(t);
        for (CandidateTerm other : unit.from().candidates()) {
            Set<String> rendering = frame.termRenderings().get(other.key());
            if ((other.endToken() <= c.firstToken() || other.firstToken() >= c.endToken()) && rendering != null
                    && rendering.stream().anyMatch(stems::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word of the unit, where the aligner spotted no known rendering of the term, that is one:
     * a content word the dictionary relates to the term, of the usual rendering's word family, or
     * rendering the term elsewhere, that no other source word it translates holds firmly; the
     * surest, then the nearest to where the term stands.
     */
    Optional<Deviation> relatedWord(Occurrence o, UsualRendering usual) {
        UnitSide to = o.unit().to();
        CandidateTerm c = o.term();
        List<TaggedToken> tokens = to.tokens();
        double where = (double) c.firstToken() / Math.max(1, o.unit().from().tokens().size());
        int best = -1;
        double bestEvidence = 0;
        double bestDistance = Double.MAX_VALUE;
        double bestLink = 0;
        Deviation.Basis bestBasis = Deviation.Basis.LINKED;
        for (int w = 0; w < to.words().size(); w++) {
            int k = to.tokenOf()[w];
            TaggedToken t = tokens.get(k);
            if (!candidateWord(tokens, k, c, usual.stems())) {
                continue;
            }
            double link = termLink(o, w);
            if (link < 0) {
                continue; // "launch" renders "lancement" beside "la distribution"
            }
            SpottedRendering single = new SpottedRendering(t.text(), List.of(t.lemma()),
                    TermText.stems(List.of(t.lemma())), k, k + 1, link, true, false);
            Optional<Deviation.Basis> basis = basis(single, o, usual);
            if (basis.isEmpty()) {
                continue;
            }
            double evidence = weight(basis.get());
            double distance = Math.abs((double) k / Math.max(1, tokens.size()) - where);
            if (evidence > bestEvidence || evidence == bestEvidence && distance < bestDistance) {
                best = k;
                bestEvidence = evidence;
                bestDistance = distance;
                bestLink = link;
                bestBasis = basis.get();
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        TaggedToken t = tokens.get(best);
        return Optional.of(new Deviation(o.unit().index(), Deviation.Kind.OTHER, c.surface(), t.text(), bestLink,
                bestEvidence, Set.of(c.surface(), t.text()), bestBasis));
    }

    /**
     * True when token {@code k} may render the term in the aligner's stead: a nominal content word,
     * no abbreviation, code, placeholder or name, not the term as written, nor a part of the usual
     * rendering (that is an ellipsis, not another rendering).
     */
    private static boolean candidateWord(List<TaggedToken> tokens, int k, CandidateTerm c, Set<String> usualStems) {
        TaggedToken t = tokens.get(k);
        if (!TermText.isContent(t) || !RenderingWords.nominalAt(tokens, k) || TermText.isAbbreviation(t.text())
                || TermText.gluedToCode(tokens, k, k + 1) || TermText.hasPlaceholder(List.of(t.folded()))
                || TermText.isName(tokens, k, k + 1) || t.folded().equals(c.surface().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return RenderingWords.tokenStems(t).stream().noneMatch(usualStems::contains);
    }

    /**
     * The surest link of target word {@code w} to the term (0 when none), or -1 when another source
     * content word it translates holds it firmly.
     */
    private double termLink(Occurrence o, int w) {
        OrientedUnit u = o.unit();
        UnitSide from = u.from();
        List<Integer> termWords = new ArrayList<>();
        for (int x = o.term().firstToken(); x < o.term().endToken(); x++) {
            termWords.add(from.wordOf()[x]);
        }
        double link = 0;
        boolean held = false;
        for (WordLink l : u.links()) {
            if (l.target() != w) {
                continue;
            }
            if (termWords.contains(l.source())) {
                link = Math.max(link, l.confidence());
            } else if (l.confidence() > 0.5 && u.fromContentWord(l) && u.strength(related, l) > 0) {
                held = true;
            }
        }
        return held ? -1 : link;
    }

    /**
     * How strongly a word relates to a token of the other side, by its lemma or as written: the
     * dictionary may list the plural ("abords" for "environment", whose lemma is "abord").
     */
    private double strength(String word, TaggedToken t) {
        return Math.max(related.strength(word, t.lemma()), related.strength(word, t.folded()));
    }
}
