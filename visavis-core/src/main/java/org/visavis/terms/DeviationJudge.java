package org.visavis.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * Whether an occurrence that does not use the usual rendering is a {@link Deviation}, of which
 * kind and with what evidence: another rendering (the aligner's pick, or a word of the unit known
 * to render the term), the term left as it is, a noun left unlinked, or nothing; weighed down in
 * what may be a set phrase or a second usage the text settled on; asked as a question about the
 * pairing where the sentence aligner doubts it. Legitimate variation ({@link LegitimateVariation})
 * is no deviation; each decision is told to the {@link RenderingDiscovery.Trace}.
 */
final class DeviationJudge {

    private final RenderingDiscovery.Options options;
    private final Direction direction;
    private final DeviationEvidence evidence;
    private final ContextualEllipsis ellipsis;
    private final PartialRenderings partial;
    private final RenderingDiscovery.Trace trace;

    DeviationJudge(RenderingDiscovery.Options options, Direction direction, RenderingDiscovery.Trace trace) {
        this.options = options;
        this.direction = direction;
        this.evidence = new DeviationEvidence(direction.related());
        this.ellipsis = new ContextualEllipsis(direction.related(), direction.renderingHead());
        this.partial = new PartialRenderings(direction.related());
        this.trace = trace;
    }

    /** The occurrence's deviation from the usual rendering, or null when it is none. */
    Deviation deviation(Occurrence o, UsualRendering usual) {
        CandidateTerm c = o.term();
        List<TaggedToken> tokens = o.unit().from().tokens();
        boolean coordinated = TermText.coordinated(tokens, c.firstToken(), c.endToken());
        boolean capitals = TermText.isAbbreviation(c.surface());
        boolean emphasis = capitals && usual.writtenLower() && c.surface().codePoints().filter(Character::isLetter).count() >= 4;
        if (coordinated && c.lemmas().size() > 1 || capitals && !emphasis || TermText.isAbbreviation(usual.text())) {
            return dropped(o, "coordinated, or an abbreviation");
        }
        boolean name = TermText.isName(tokens, c.firstToken(), c.endToken());
        Deviation d = kind(o, usual, name, emphasis);
        if (d == null) {
            return null;
        }
        String legitimate = legitimate(o, d, usual, name, coordinated);
        if (legitimate != null) {
            return dropped(o, legitimate);
        }
        String elliptic = ellipsis.reason(o, d, usual);
        if (elliptic != null) {
            return dropped(o, elliptic);
        }
        // (in a bead whose pairing the sentence aligner doubts, what the translation has is no
        // rendering to weigh: the question is the pairing's)
        String part = o.unit().pairing() < options.doubtfulPairing() ? null : partial.reason(o, d, usual);
        if (part != null) {
            return dropped(o, part);
        }
        String kept = KeptName.reason(o);
        if (kept != null) {
            return dropped(o, kept);
        }
        d = weighed(o, d, usual);
        return o.unit().pairing() < options.doubtfulPairing() ? d.asDoubtfulPairing() : d;
    }

    /** Why the deviation is legitimate variation after all, or null. */
    private static String legitimate(Occurrence o, Deviation d, UsualRendering usual, boolean name,
                                     boolean coordinated) {
        if (name && !usual.hasVariant(d.rendering()) && d.rendering().codePoints().anyMatch(Character::isUpperCase)) {
            // a name is rendered as the name is; but the usual rendering's own words changed in
            // it ("Release Management" for "Release Manager") are a slip all the same, and a name
            // translated in lower case words ("Trivial File Transfer Protocol" → "protocole
            // trivial de transfert de fichiers") is held to the words' usual renderings
            return "part of a name or title, rendered as the name is";
        }
        if (d.kind() == Deviation.Kind.OTHER) {
            Optional<String> overlapping = LegitimateVariation.overlappingTermRendered(o, d, usual.stems(), usual.frame());
            if (overlapping.isPresent()) {
                return "the usual rendering of the unit's other term '" + overlapping.get() + "'";
            }
        }
        if (d.kind() == Deviation.Kind.UNTRANSLATED && LegitimateVariation.copiedAsQuoted(o)) {
            return "quoted as it is: screen output, a message, a label or a setting";
        }
        if (d.kind() == Deviation.Kind.OTHER
                && (o.unit().heading() != usual.frame().usualInHeadings() || RenderingWords.quoted(o.unit().to().text(), d.rendering()))
                && RenderingWords.verbFormOfUsual(o.unit().to().tokens(), d.rendering(), usual.stems(), usual.lemmas())) {
            // a heading is worded in its own style ("Installing Packages" for "Installation de
            // paquets", "Caching Proxy", "Searching for Packages" beside "package search")
            return "a heading's verb form of the usual rendering";
        }
        if (coordinated && d.evidence() < Deviation.Evidence.RENDERED_ELSEWHERE) {
            // "inférieur ou égal" → "less than or equal": a word beside its coordinate may share
            // its rendering; only a known other rendering of the word itself counts
            return "coordinated, and nothing but the aligner says it is rendered otherwise";
        }
        return null;
    }

    /** The deviation weighed down where it may be a set phrase or a second usage the text settled on. */
    private static Deviation weighed(Occurrence o, Deviation d, UsualRendering usual) {
        String preposition = o.setPhrasePreposition();
        if (preposition != null && !usual.setPhrases().contains(preposition)) {
            // a bare noun after a preposition is most often a set phrase, rendered as a whole:
            // "par erreur" / "by mistake", "mise en paquet" / "packaging"; not when the usual
            // rendering renders the same phrase elsewhere ("par défaut" / "by default")
            d = d.weighed(Deviation.Evidence.SET_PHRASE);
        }
        if (d.kind() == Deviation.Kind.OTHER && UsualLeftUntranslated.of(o, usual)) {
            // the usual rendering is the source's word kept in names, commands or labels (the
            // command "mount", a table's column head "Command snippets"): the bead translating it
            // ("le montage", "un fragment de la commande") is the text's word
            d = d.weighed(Deviation.Evidence.USUAL_LEFT_UNTRANSLATED);
        } else if (d.kind() == Deviation.Kind.OTHER && o.term().length() == 1
                && TermText.sameSpelling(usual.text(), o.term().surface()) && TermText.wordOfFamily(d.rendering(), usual.text())
                && cognate(o, usual)) {
            // the usual rendering is the source's very word, a word of the target language too
            // ("documentation", "partition", "table", "archive"), and the bead has a word of its
            // family: the target language's own derivation where the sentence asks for another
            // sense or word class ("outils d'archivage" for "archive tools", "le partitionnement"
            // for "set up partitions", "tableau" for a document's table); a word spelled like the
            // term is only spelled like the usual rendering there. (A cognate spelled the
            // target's way, "rôle" for "role", is a rendering chosen, and not this.)
            d = d.weighed(Deviation.Evidence.DERIVED_FROM_THE_SOURCE_WORD);
        }
        int elsewhere = usual.spottedElsewhere(RenderingWords.renderingStems(d.rendering()));
        if (d.kind() == Deviation.Kind.OTHER && o.term().length() == 1 && elsewhere >= 3
                && elsewhere * Deviation.Evidence.SECOND_USAGE_MAX_RATIO >= usual.beads()) {
            // the text gives the word this rendering in three beads or more: a second usage it
            // settled on ("release" beside "version"), less often a slip (a word has senses; a
            // phrase has one, and its rival is weighed by the finding's confidence); not when the usual
            // rendering outnumbers it many times over ("installation" in 6 beads beside
            // "installateur" in 161: the same slip made again)
            d = d.weighed(Deviation.Evidence.SECOND_USAGE);
        }
        return d;
    }

    /**
     * True when the term and its usual rendering are words both languages' taggers know, and not
     * a name the text keeps, capitalised in its usual rendering too: a cognate, not a title like
     * "le Release Manager" in a French text, whose "Release Management" is a slip.
     */
    private static boolean cognate(Occurrence o, UsualRendering usual) {
        List<TaggedToken> usualWords = usual.frame().usualWords();
        List<TaggedToken> tokens = o.unit().from().tokens();
        CandidateTerm c = o.term();
        return !usualWords.isEmpty() && usualWords.stream().allMatch(TaggedToken::isKnown)
                && tokens.subList(c.firstToken(), c.endToken()).stream().filter(TaggedToken::isWord).allMatch(TaggedToken::isKnown)
                && (Character.isLowerCase(usual.text().codePointAt(0)) || !TermText.isName(tokens, c.firstToken(), c.endToken()));
    }

    /** What the unit has instead of the usual rendering, with its evidence, or null (dropped). */
    private Deviation kind(Occurrence o, UsualRendering usual, boolean name, boolean emphasis) {
        CandidateTerm c = o.term();
        SpottedRendering s = o.spotted().orElse(null);
        if (s != null && usual.stems().containsAll(s.stems()) && !usual.stems().equals(s.stems())) {
            SpottedRendering part = s;
            Optional<SpottedRendering> wider = RenderingSpotter.widened(o, part)
                    .or(() -> RenderingSpotter.inUsualShape(o, part, usual.frame().usualWords()));
            if (wider.isEmpty()) {
                return dropped(o, "part of the usual rendering alone: an ellipsis ('the lists' for 'the mailing lists')");
            }
            s = wider.get(); // "open source software" where the aligner linked "software" only
        }
        // the term as it is, inflection and case aside ("shell" for "shells", "WARNINGS" for "Warning")
        boolean copied = s != null && TermText.sameWords(s.text(), c.surface());
        if (copied && (TermText.sameWords(s.text(), usual.text()) && !SourceOrderCopy.copied(o, usual.text())
                || !RenderingWords.usedAsNoun(o.unit().to().tokens(), s.firstToken(), sourceWords(o))
                && !CopiedLabel.of(o, s))) {
            // the usual rendering is the source's word ("installation"), or what is kept is a
            // name or a value: "le frontal text", "file et network", "/boot" (a label alone on
            // both sides has no sentence to tell: the term kept there is left untranslated)
            // (where the word kept is inside a name both sides have, a word of the bead related to
            // the term may render it all the same: "testing-security-announce" copied, and
            // "sécurisation"; not one the source has too, another copy)
            boolean inName = c.length() == 1 && !direction.reverse() && !TermText.sameWords(s.text(), usual.text())
                    && insideCopiedName(o, s);
            Optional<Deviation> alternative = inName ? evidence.relatedWord(o, usual)
                    .filter(a -> !sourceWords(o).contains(a.rendering().toLowerCase(Locale.ROOT))) : Optional.empty();
            return alternative.orElseGet(() -> dropped(o, "the source's word kept as a name or a value, or the usual rendering itself"));
        }
        String refused = s == null ? null : LegitimateVariation.refusal(s, c, usual.text(), o.unit().to().tokens(),
                o.unit().from().text(), name, emphasis, copied);
        if (s != null && refused == null && direction.reverse() && !direction.otherSideTerms().contains(s.stems())) {
            return dropped(o, "the source saying it otherwise, not another source term merged into this one");
        }
        Optional<Deviation.Basis> basis = s == null || refused != null ? Optional.empty()
                : copied ? Optional.of(Deviation.Basis.UNTRANSLATED) : evidence.basis(s, o, usual);
        double weight = basis.map(b -> b == Deviation.Basis.UNTRANSLATED ? Deviation.Evidence.UNTRANSLATED
                : DeviationEvidence.weight(b)).orElse(0.0);
        if (weight == 0 && !direction.reverse()) {
            // the aligner's pick is no known rendering of the term (or none): the term itself, as
            // it is in the translation, is likelier ("la stick" where the aligner took "insertion")
            Optional<String> copy = RenderingSpotter.copiedTerm(o);
            if (copy.isPresent() && !TermText.sameWords(copy.get(), usual.text())) {
                return new Deviation(o.unit().index(), Deviation.Kind.UNTRANSLATED, c.surface(), copy.get(),
                        s == null ? 0 : s.confidence(), Deviation.Evidence.UNTRANSLATED,
                        new HashSet<>(List.of(c.surface(), copy.get())), Deviation.Basis.UNTRANSLATED);
            }
            // the aligner's pick is no known rendering of the term (or none): a word of the bead
            // that is one ("safety" for "sécurité", "developments" beside "developers") is likelier
            Optional<Deviation> alternative = evidence.relatedWord(o, usual);
            if (alternative.isPresent()) {
                return alternative.get();
            }
        }
        if (s == null) {
            return nothingSpotted(o, usual.text());
        }
        if (refused != null) {
            return dropped(o, refused);
        }
        return spotted(o, s, weight, basis.orElse(Deviation.Basis.LINKED));
    }

    /** The spotted rendering as a deviation: left as in the source, or another rendering. */
    private Deviation spotted(Occurrence o, SpottedRendering s, double weight, Deviation.Basis basis) {
        CandidateTerm c = o.term();
        boolean untranslated = TermText.sameWords(s.text(), c.surface());
        if (weight == 0) {
            boolean weak = s.confidence() < (c.length() == 1 ? 1.75 : 1) * options.minAlignment();
            weight = weak ? Deviation.Evidence.WEAKLY_LINKED : Deviation.Evidence.LINKED;
            basis = weak ? Deviation.Basis.WEAKLY_LINKED : Deviation.Basis.LINKED;
        }
        return new Deviation(o.unit().index(), untranslated ? Deviation.Kind.UNTRANSLATED : Deviation.Kind.OTHER,
                c.surface(), s.text(), s.confidence(), weight, new HashSet<>(List.of(c.surface(), s.text())),
                untranslated ? Deviation.Basis.UNTRANSLATED : basis);
    }

    /** No rendering spotted, nor a word known to render the term: a noun left unlinked, or nothing. */
    private Deviation nothingSpotted(Occurrence o, String usualText) {
        CandidateTerm c = o.term();
        for (TaggedToken t : o.unit().to().tokens()) {
            // (a word the source has too is copied, a name or a value: "GPT", "APT" in both sides
            // stands for no term)
            if (t.isWord() && (TermText.isAbbreviation(t.text()) || TermText.hasPlaceholder(List.of(t.folded()))
                    || TermText.sameWritten(t.text(), usualText)) && !sourceWords(o).contains(t.folded())) {
                return dropped(o, "'FOSS', 'foo', 'freesoftware' may well stand for it");
            }
        }
        if (direction.reverse()) {
            return dropped(o, "the reverse question asks which source term a target term stands for");
        }
        Optional<SpottedRendering> orphan = RenderingSpotter.unlinkedNoun(o);
        if (orphan.isPresent()) {
            // a noun nothing is linked to, where the term has no link either: a word met once,
            // which the aligner has no statistics for, most often the term's rendering
            return new Deviation(o.unit().index(), Deviation.Kind.OTHER, c.surface(), orphan.get().text(), 0,
                    Deviation.Evidence.UNLINKED_NOUN, new HashSet<>(List.of(c.surface(), orphan.get().text())),
                    Deviation.Basis.UNLINKED_NOUN);
        }
        return new Deviation(o.unit().index(), Deviation.Kind.NONE, c.surface(), "", 0,
                c.length() == 1 ? Deviation.Evidence.NOTHING_WORD : Deviation.Evidence.NOTHING_PHRASE, Set.of(c.surface()));
    }

    /**
     * True when the spotted words are part of a longer string written without spaces that the
     * source has as it is: a name or an address ("testing-security-announce"), not a word.
     */
    private static boolean insideCopiedName(Occurrence o, SpottedRendering s) {
        List<TaggedToken> to = o.unit().to().tokens();
        int first = s.firstToken();
        int end = s.endToken();
        while (first > 0 && !to.get(first).spaceBefore()) {
            first--;
        }
        while (end < to.size() && !to.get(end).spaceBefore()) {
            end++;
        }
        while (first < s.firstToken() && !to.get(first).isWord()) {
            first++;
        }
        while (end > s.endToken() && !to.get(end - 1).isWord()) {
            end--;
        }
        if (first == s.firstToken() && end == s.endToken()) {
            return false;
        }
        String written = o.unit().to().text().substring(to.get(first).start(), to.get(end - 1).end());
        return o.unit().from().text().contains(written);
    }

    private static Set<String> sourceWords(Occurrence o) {
        Set<String> words = new HashSet<>();
        o.unit().from().tokens().forEach(t -> words.add(t.folded()));
        return words;
    }

    Deviation dropped(Occurrence o, String why) {
        trace.note(o.unit().index(), o.term().key(), "dropped: " + why);
        return null;
    }
}
