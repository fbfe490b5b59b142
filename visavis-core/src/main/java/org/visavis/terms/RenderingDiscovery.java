package org.visavis.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.visavis.wordalign.SentencePair;
import org.visavis.wordalign.Seeds;
import org.visavis.wordalign.Span;
import org.visavis.wordalign.Spotting;
import org.visavis.wordalign.WordAligner;
import org.visavis.wordalign.WordAlignmentModel;
import org.visavis.wordalign.WordLink;

/**
 * Finds, without a glossary, the units where a recurring term is not given its usual rendering,
 * a single one included. The candidate terms are nouns and noun phrases ({@link
 * NounPhraseExtractor}, word classes of each language's tagger) keyed by lemmas, in at least
 * {@code minUnits} units. A word aligner trained on the units themselves ({@link WordAligner},
 * seeded with the bundled dictionary, identical strings and cognates) spots the rendering of each
 * occurrence; the rendering spotted most often is the usual one. An occurrence uses it when the
 * rendering spotted for it holds the usual one, or when the translation has the usual rendering's
 * words (inflection aside: "mise à jour"/"mises à jour") linked to the term or to nothing; usual
 * words the aligner links to another source word that the dictionary relates them to render that
 * word, not the term. When the usual rendering covers at least {@code minShare} of the units
 * ({@code minWordShare} for a single word), each other unit is a {@link Deviation}: another
 * rendering, the source words left as they are, a noun left unlinked where the term stands, or
 * nothing found, each with the weight of its evidence ({@link Deviation.Evidence}); a unit whose
 * pairing the sentence aligner doubts is a question about the pairing instead.
 *
 * <p>Left out as legitimate variation: occurrences glued to code, file or command names
 * ("install.patch", "GNU/Linux"), coordinated modifiers ("binary and source packages"),
 * abbreviations on either side, placeholders ("foo", "toto"), general words of the language (a
 * list per language under {@code general-words/}), a term inside a longer recurring term (the
 * longer one is checked), and units that look untranslated.
 *
 * <p>{@link #discover} answers both questions at once, with one model: source terms and their
 * renderings, and target terms with the source terms they stand for.
 *
 * <pre>{@code
 * var result = new RenderingDiscovery(frTagger, enTagger, RenderingDiscovery.Options.DEFAULT).discover(units);
 * for (TermRenderings t : result.sourceTerms()) { ... t.usual() ... t.deviations() ... }
 * }</pre>
 */
public final class RenderingDiscovery {

    /**
     * Thresholds: the fewest units a term occurs in, the share of them the usual rendering must
     * cover (a phrase; a single word), the sentence-alignment confidence below which a unit's
     * pairing is doubted, and the word-alignment confidence below which a spotted rendering of a
     * phrase is not trusted (of a single word: 1.75 times as much).
     */
    public record Options(int minUnits, double minShare, double minWordShare, double doubtfulPairing,
                          double minAlignment) {
        public static final Options DEFAULT = new Options(3, 0.5, 0.5, 0.3, 0.2);

        public Options {
            if (minUnits < 2) {
                throw new IllegalArgumentException("minUnits must be >= 2: " + minUnits);
            }
        }
    }

    /** The terms of each side with their renderings in the other. */
    public record Result(List<TermRenderings> sourceTerms, List<TermRenderings> targetTerms) {
    }

    /**
     * Told, for diagnosis, what discovery decided about each occurrence of a recurring term: left
     * out and why, the usual rendering, or a deviation. {@link #NONE} by default.
     */
    public interface Trace {
        Trace NONE = (unit, term, what) -> { };

        void note(int unit, String term, String what);
    }

    private static final Map<String, Optional<Seeds>> SEEDS = new ConcurrentHashMap<>();

    private final Tagger sourceTagger;
    private final Tagger targetTagger;
    private final Options options;
    private final NounPhraseExtractor extractor = new NounPhraseExtractor();
    private Trace trace = Trace.NONE;

    public RenderingDiscovery(Tagger sourceTagger, Tagger targetTagger, Options options) {
        this.sourceTagger = sourceTagger;
        this.targetTagger = targetTagger;
        this.options = options;
    }

    /** The same discovery, telling {@code t} what it decides (for diagnosis). */
    public RenderingDiscovery traced(Trace t) {
        RenderingDiscovery d = new RenderingDiscovery(sourceTagger, targetTagger, options);
        d.trace = t;
        return d;
    }

    public Result discover(List<BilingualUnit> units) {
        GeneralWords sourceGeneral = GeneralWords.of(sourceTagger.language());
        GeneralWords targetGeneral = GeneralWords.of(targetTagger.language());
        List<Unit> prepared = new ArrayList<>();
        for (BilingualUnit u : units) {
            UnitSide s = UnitSide.of(sourceTagger.tag(u.source()), u.source(), extractor);
            UnitSide t = UnitSide.of(targetTagger.tag(u.target()), u.target(), extractor);
            if (s.words().isEmpty() || t.words().isEmpty()) {
                continue;
            }
            // a passage left in the other language would pass for a rendering of each of its words:
            // there only the words that are not copied are checked ("see Chapitre 6: les outils APT")
            prepared.add(new Unit(u, s, t, looksUntranslated(s.tokens(), t.tokens())));
        }
        if (prepared.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        List<SentencePair> pairs = prepared.stream().map(p -> new SentencePair(p.source().words(), p.target().words()))
                .toList();
        Seeds seeds = seeds(sourceTagger.language(), targetTagger.language());
        // copied passages are aligned, not learnt from: their words would teach that each renders itself
        List<SentencePair> translated = new ArrayList<>();
        for (int k = 0; k < prepared.size(); k++) {
            if (!prepared.get(k).copied()) {
                translated.add(pairs.get(k));
            }
        }
        WordAlignmentModel model = WordAligner.train(translated.isEmpty() ? pairs : translated, seeds,
                WordAligner.Options.DEFAULT);
        List<List<WordLink>> links = pairs.parallelStream().map(model::align).toList();
        List<Oriented> forward = new ArrayList<>();
        List<Oriented> backward = new ArrayList<>();
        for (int k = 0; k < prepared.size(); k++) {
            Unit p = prepared.get(k);
            forward.add(new Oriented(p.unit().index(), p.unit().confidence(), p.copied(), p.source(), p.target(),
                    links.get(k)));
            backward.add(new Oriented(p.unit().index(), p.unit().confidence(), p.copied(), p.target(), p.source(),
                    links.get(k).stream().map(l -> new WordLink(l.target(), l.source(), l.confidence())).toList()));
        }
        return new Result(terms(forward, sourceGeneral, new Direction(seeds::strength, true, null)),
                terms(backward, targetGeneral, new Direction((a, b) -> seeds.strength(b, a), false,
                        recurringStems(forward))));
    }

    private static Seeds seeds(Language source, Language target) {
        String key = source.code() + "-" + target.code();
        return SEEDS.computeIfAbsent(key, k -> BilingualLexicon.forPair(source, target)
                        .map(lex -> Seeds.of(lex.pairs().stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList())))
                .orElse(Seeds.stringsAndCognates());
    }

    private record Unit(BilingualUnit unit, UnitSide source, UnitSide target, boolean copied) {
    }

    /** A unit seen from one side: the side whose terms are checked ({@code from}) and the other. */
    private record Oriented(int index, double pairing, boolean copied, UnitSide from, UnitSide to,
                            List<WordLink> links) {
    }

    /** True when a content word of the term stands as it is on the other side (a copied passage keeps its words). */
    private static boolean copiedAsIs(CandidateTerm c, Oriented u) {
        Set<String> words = new HashSet<>();
        for (TaggedToken t : u.to().tokens()) {
            words.add(t.folded());
        }
        for (int k = c.firstToken(); k < c.endToken(); k++) {
            TaggedToken t = u.from().tokens().get(k);
            if (TermText.isContent(t) && words.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }

    /** One occurrence of a term and the rendering the aligner spots for it. */
    /**
     * One occurrence of a term and the rendering the aligner spots for it; {@code nested} when it
     * lies inside a longer recurring term, which is checked instead: it only votes for the usual
     * rendering.
     */
    private record Occurrence(Oriented unit, CandidateTerm term, Optional<Spotted> spotted, boolean nested) {
    }

    /** A spotted rendering: its text, its stems (the comparison key), tokens and confidence. */
    private record Spotted(String text, List<String> lemmas, Set<String> stems, int firstToken, int endToken,
                           double confidence, boolean nominal, boolean claimed) {
    }

    /**
     * One direction of the question: how words relate across, whether single words are checked,
     * and, for the reverse question, the stems of the other side's recurring terms (a target term
     * standing for another source term matters only when that is a term of its own), else null.
     */
    private record Direction(Related related, boolean singleWords, Set<Set<String>> otherSideTerms) {
    }

    private static Map<Set<String>, Integer> spottedCounts(List<Occurrence> occurrences, boolean headings) {
        Map<Set<String>, Integer> counts = new HashMap<>();
        for (Occurrence o : occurrences) {
            if (headings || !TermText.looksLikeTitle(o.unit().to().tokens())) {
                o.spotted().ifPresent(s -> counts.merge(s.stems(), 1, Integer::sum));
            }
        }
        return counts;
    }

    /** The content stems of the recurring candidate terms of the units' checked side. */
    private Set<Set<String>> recurringStems(List<Oriented> units) {
        Map<String, Set<Integer>> unitsByKey = new HashMap<>();
        Map<String, Set<String>> stems = new HashMap<>();
        for (Oriented u : units) {
            for (CandidateTerm c : u.from().candidates()) {
                if (u.copied() && copiedAsIs(c, u)) {
                    continue;
                }
                unitsByKey.computeIfAbsent(c.key(), k -> new HashSet<>()).add(u.index());
                stems.computeIfAbsent(c.key(), k -> TermText.stems(List.of(c.contentKey().split(" "))));
            }
        }
        Set<Set<String>> out = new HashSet<>();
        unitsByKey.forEach((k, v) -> {
            if (v.size() >= options.minUnits()) {
                out.add(stems.get(k));
            }
        });
        return out;
    }

    /** How strongly the dictionary, identical strings or cognates relate a word to a word of the other side. */
    private interface Related {
        double strength(String word, String other);
    }

    /**
     * The terms of one side. The reverse question, one target term for several source terms, is
     * asked of phrases only (for single words it is mostly the source's own variety).
     */
    private List<TermRenderings> terms(List<Oriented> units, GeneralWords general, Direction direction) {
        Related related = direction.related();
        boolean singleWords = direction.singleWords();
        Map<String, Set<Integer>> unitsByKey = new HashMap<>();
        for (Oriented u : units) {
            for (CandidateTerm c : u.from().candidates()) {
                unitsByKey.computeIfAbsent(c.key(), k -> new HashSet<>()).add(u.index());
            }
        }
        Set<String> recurring = new HashSet<>();
        unitsByKey.forEach((k, v) -> {
            if (v.size() >= options.minUnits()) {
                recurring.add(k);
            }
        });
        Map<String, List<Occurrence>> byKey = new LinkedHashMap<>();
        for (Oriented u : units) {
            Map<String, Occurrence> seen = new LinkedHashMap<>();
            for (CandidateTerm c : u.from().candidates()) {
                if (!recurring.contains(c.key()) || seen.containsKey(c.key()) && !seen.get(c.key()).nested()) {
                    continue;
                }
                boolean nested = insideLongerTerm(c, u, recurring);
                String left = u.copied() && copiedAsIs(c, u) ? "left as it is in a passage not translated"
                        : TermText.gluedToCode(u.from().tokens(), c.firstToken(), c.endToken()) ? "glued to code"
                        : TermText.hasPlaceholder(c.lemmas()) ? "placeholder"
                        : c.length() == 1 && !singleWords ? "single word (reverse)"
                        : c.length() == 1 && general.contains(c.key()) ? "general word"
                        : c.length() == 1 && RenderingWords.modifier(u.from().tokens(), c.firstToken()) ? "an adjective of a noun beside it"
                        : null;
                if (left != null) {
                    trace.note(u.index(), c.key(), "left out: " + left);
                    continue;
                }
                Optional<Spotted> spotted = spot(u, c, related);
                if (nested) {
                    // the longer term is checked; this occurrence of a word only tells how the word
                    // is rendered ("gestionnaire" → "manager" in "gestionnaire de paquets" → "package
                    // manager"), unless the longer one is rendered as a whole ("mise à jour" →
                    // "update"); a phrase inside a longer one is mostly the longer one's wording
                    // ("version stable de Debian"), no vote
                    if (seen.containsKey(c.key()) || c.lemmas().size() > 1
                            || !renderedWordByWord(c, u, recurring, spotted, related)) {
                        trace.note(u.index(), c.key(), "left out: inside a longer recurring term");
                        continue;
                    }
                    trace.note(u.index(), c.key(), "inside a longer recurring term: votes only");
                }
                seen.put(c.key(), new Occurrence(u, c, spotted, nested));
            }
            seen.forEach((k, o) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o));
        }
        // first the usual rendering of every term (a pass told nothing), then the deviations: a
        // deviation may be the usual rendering of an overlapping term, or of another term of the text
        Map<String, Set<String>> usualStems = new HashMap<>();
        Trace told = trace;
        trace = Trace.NONE;
        try {
            settle(byKey, direction, Map.of(), usualStems);
        } finally {
            trace = told;
        }
        List<TermRenderings> found = settle(byKey, direction, Map.copyOf(usualStems), new HashMap<>());
        found.sort(Comparator.comparingInt((TermRenderings t) -> -t.units()).thenComparing(TermRenderings::key));
        return found;
    }

    /**
     * The renderings of each term with their deviations, weighed against the usual renderings of
     * the side's terms ({@code termRenderings}, by key); the usual rendering of each term that has
     * one goes to {@code usuals}.
     */
    private List<TermRenderings> settle(Map<String, List<Occurrence>> byKey, Direction direction,
                                        Map<String, Set<String>> termRenderings, Map<String, Set<String>> usuals) {
        List<TermRenderings> found = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            List<Occurrence> own = e.getValue().stream().filter(o -> !o.nested()).toList();
            TermRenderings t = renderings(e.getKey(), own, direction, termRenderings, usuals);
            if (t == UNSETTLED && own.size() < e.getValue().size()) {
                // the word's own occurrences are too few to tell its usual rendering: its
                // renderings inside longer terms tell it ("gestionnaire" in "gestionnaire de paquets")
                t = renderings(e.getKey(), e.getValue(), direction, termRenderings, usuals);
            }
            if (t != null && t != UNSETTLED) {
                found.add(t);
            }
        }
        return found;
    }

    /** What {@link #renderings} answers when the occurrences do not settle a usual rendering. */
    private static final TermRenderings UNSETTLED = new TermRenderings("", "", "", List.of(), List.of(), 0);

    /**
     * The term's usual rendering and its deviations among the occurrences; null when there are
     * none, {@link #UNSETTLED} when the occurrences do not settle a usual rendering.
     */
    private TermRenderings renderings(String key, List<Occurrence> occurrences, Direction direction,
                                      Map<String, Set<String>> termRenderings, Map<String, Set<String>> usuals) {
        if (occurrences.size() < options.minUnits()) {
            return UNSETTLED; // occurrences left out (glued, nested) may leave too few
        }
        // headings are worded in their own style ("Checking Package Authenticity"): the
        // sentences say what the usual rendering is, unless the term is met in headings mostly
        Map<Set<String>, Integer> spottedCount = spottedCounts(occurrences, false);
        if (spottedCount.values().stream().mapToInt(Integer::intValue).max().orElse(0) < 2) {
            spottedCount = spottedCounts(occurrences, true);
        }
        // the usual rendering is the one most occurrences' spotted renderings hold ("error" in
        // "error", "error message", "errors"), and of a single word also one word of a longer
        // spotted rendering ("package" in "source package")
        Set<Set<String>> candidates = new HashSet<>(spottedCount.keySet());
        if (!key.contains(" ")) {
            spottedCount.keySet().forEach(k -> k.forEach(stem -> candidates.add(Set.of(stem))));
        }
        Set<String> usual = null;
        int usualSpotted = 0;
        int usualSupport = 0;
        for (Set<String> candidate : candidates) {
            int holding = 0;
            for (var e : spottedCount.entrySet()) {
                if (key.contains(" ") ? e.getKey().equals(candidate) : e.getKey().containsAll(candidate)) {
                    holding += e.getValue(); // of a phrase, the spotted rendering as a whole
                }
            }
            int support = support(candidate, occurrences);
            if (usual == null || holding > usualSpotted || (holding == usualSpotted && (support > usualSupport
                    || support == usualSupport && candidate.size() > usual.size()))) {
                usual = candidate;
                usualSpotted = holding;
                usualSupport = support;
            }
        }
        if (usual == null || usualSpotted < 2 || TermText.hasPlaceholder(usual)) {
            for (Occurrence o : occurrences) {
                trace.note(o.unit().index(), key, "no usual rendering: " + spottedCount);
            }
            return UNSETTLED;
        }
        String written = commonestText(occurrences, usual);
        String compound = written.matches(".*[\\s\u2010\u2011-].*") ? written : "";
        List<Integer> usualUnits = new ArrayList<>();
        List<Occurrence> others = new ArrayList<>();
        // the set phrases ("par défaut") that the usual rendering renders too ("by default"): in
        // them another rendering is no idiom of its own
        Set<String> usualSetPhrases = new HashSet<>();
        boolean writtenLower = false;
        for (Occurrence o : occurrences) {
            writtenLower |= o.term().surface().codePoints().anyMatch(Character::isLowerCase);
            if (usesUsual(o, usual, direction.related()) || RenderingWords.writtenIn(o.unit().to().text(), compound)) {
                String preposition = setPhrasePreposition(o);
                if (preposition != null) {
                    usualSetPhrases.add(preposition);
                }
                usualUnits.add(o.unit().index());
                trace.note(o.unit().index(), key, "uses usual " + usual + ", spotted "
                        + o.spotted().map(Spotted::text).orElse("nothing"));
            } else if (!o.nested()) {
                others.add(o);
            }
        }
        double share = (double) usualUnits.size() / occurrences.size();
        boolean phrase = key.contains(" ");
        // a single word's usual rendering needs three beads: two against one is no dominance
        boolean dominant = usualUnits.size() >= (phrase ? 2 : 3)
                && share >= (phrase ? options.minShare() : options.minWordShare());
        if (dominant) {
            usuals.put(key, usual);
        }
        if (others.isEmpty()) {
            return null;
        }
        if (!dominant) {
            for (Occurrence o : others) {
                trace.note(o.unit().index(), key, String.format(java.util.Locale.ROOT,
                        "usual %s too weak: %d of %d", usual, usualUnits.size(), occurrences.size()));
            }
            return UNSETTLED;
        }
        Set<String> usualFinal = usual;
        String usualText = commonestText(occurrences, usual);
        List<String> usualLemmas = usualLemmas(occurrences, usual);
        Frame frame = new Frame(key, usualTokens(occurrences, usual), termRenderings, headings(occurrences, usualUnits));
        Map<Set<String>, Integer> elsewhere = new HashMap<>(spottedCount);
        elsewhere.keySet().removeIf(r -> r.containsAll(usualFinal));
        // the renderings of the term's own occurrences: one the word gets inside longer terms is
        // their wording ("langage" in "langage de programmation"), no second usage of the word
        Map<Set<String>, Integer> usages = spottedCounts(occurrences.stream().filter(o -> !o.nested()).toList(), true);
        List<Deviation> deviations = new ArrayList<>();
        Map<String, List<Deviation>> inSetPhrases = new HashMap<>();
        // a usual rendering only the longer terms the word is in give it ("mailing" of "diffusion"
        // in "listes de diffusion"): the word alone may well be used in another sense ("sa diffusion")
        Set<Integer> usualSet = new HashSet<>(usualUnits);
        boolean onlyNested = occurrences.stream().noneMatch(o -> !o.nested() && usualSet.contains(o.unit().index()));
        for (Occurrence o : others) {
            Deviation d = deviation(o, new Usual(usualText, usual, usualLemmas, elsewhere, usualSetPhrases,
                    writtenLower, frame), direction);
            if (d != null && onlyNested) {
                d = d.weighed(Deviation.Evidence.USUAL_IN_LONGER_TERMS);
            }
            if (d != null) {
                deviations.add(d);
                String preposition = setPhrasePreposition(o);
                if (preposition != null && !usualSetPhrases.contains(preposition)) {
                    inSetPhrases.computeIfAbsent(preposition + "\t" + TermText.stems(List.of(
                            d.rendering().toLowerCase(java.util.Locale.ROOT).split("[\\s\u2010\u2011-]+"))),
                            k -> new ArrayList<>()).add(d);
                }
            }
            trace.note(o.unit().index(), key, (d == null ? "no deviation" : "deviation " + d.kind() + " '"
                    + d.rendering() + "' evidence " + d.evidence()) + "; usual '" + usualText + "' "
                    + usualUnits.size() + "/" + occurrences.size() + ", spotted "
                    + o.spotted().map(sp -> "'" + sp.text() + "' " + sp.confidence() + (sp.nominal() ? "" : " not nominal")
                    + (sp.claimed() ? " claimed" : "")).orElse("nothing"));
        }
        // a set phrase given one rendering of its own in several beads ("mise en paquet" →
        // "packaging") is rendered as a whole, consistently: no slip
        for (List<Deviation> same : inSetPhrases.values()) {
            if (same.size() >= 2) {
                deviations.removeAll(same);
                same.forEach(d -> trace.note(d.unit(), key, "dropped: a set phrase with a rendering of its own"));
            }
        }
        if (deviations.isEmpty()) {
            return null;
        }
        secondUsages(deviations, usages);
        return new TermRenderings(commonestForm(occurrences), key, usualText, usualUnits, deviations,
                occurrences.size());
    }

    /**
     * Weighs down the deviations whose rendering the term's own occurrences have in three beads
     * or more ({@code usages}, by stems): a second usage the text settled on ("release" beside
     * "version"), less often a slip. Not when the beads with that very rendering make a finding of
     * three or more, whose confidence the share of such a rival rendering weighs already ({@code
     * TermInconsistencyCheck}): the same fact is not held against it twice.
     */
    private static void secondUsages(List<Deviation> deviations, Map<Set<String>, Integer> usages) {
        Map<String, Integer> sameRendering = new HashMap<>();
        for (Deviation d : deviations) {
            sameRendering.merge(d.kind() + "\t" + d.rendering().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
        deviations.replaceAll(d -> {
            if (d.kind() != Deviation.Kind.OTHER
                    || sameRendering.get(d.kind() + "\t" + d.rendering().toLowerCase(java.util.Locale.ROOT)) > 2) {
                return d;
            }
            Set<String> stems = TermText.stems(List.of(d.rendering().split("[\\s\u2010\u2011-]+")).stream()
                    .map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
            int spotted = 0;
            for (var e : usages.entrySet()) {
                if (e.getKey().equals(stems)) {
                    spotted += e.getValue();
                }
            }
            return spotted >= 3 ? d.weighed(Deviation.Evidence.SECOND_USAGE) : d;
        });
    }

    /**
     * What is known of a term's usual rendering when its other occurrences are weighed: its text,
     * stems and lemmas, the other renderings spotted with their counts, the set phrases it renders
     * (by their preposition), and whether the term is ever written in lower case (then "OUTIL" is
     * the word in capitals, not an abbreviation), and what else it is weighed against ({@link Frame}).
     */
    private record Usual(String text, Set<String> stems, List<String> lemmas, Map<Set<String>, Integer> elsewhere,
                         Set<String> setPhrases, boolean writtenLower, Frame frame) {
    }

    /**
     * What a deviation is weighed against beside the usual rendering: the term's key, the usual
     * rendering's words as written in a unit that uses it, the usual renderings of all the
     * side's recurring terms (by key), and whether the units using the usual rendering are mostly
     * headings.
     */
    private record Frame(String key, List<TaggedToken> usualWords, Map<String, Set<String>> termRenderings,
                         boolean usualInHeadings) {
    }

    private Deviation deviation(Occurrence o, Usual usual, Direction direction) {
        UnitSide from = o.unit().from();
        CandidateTerm c = o.term();
        boolean coordinated = TermText.coordinated(from.tokens(), c.firstToken(), c.endToken());
        boolean capitals = TermText.isAbbreviation(c.surface());
        boolean emphasis = capitals && usual.writtenLower() && c.surface().codePoints().filter(Character::isLetter).count() >= 4;
        if (coordinated && c.lemmas().size() > 1 || capitals && !emphasis || TermText.isAbbreviation(usual.text())) {
            return dropped(o, "coordinated, or an abbreviation");
        }
        boolean name = TermText.isName(from.tokens(), c.firstToken(), c.endToken());
        Deviation d = deviationKind(o, usual.text(), usual.stems(), usual.lemmas(), usual.elsewhere(), direction,
                name, emphasis, usual.frame());
        if (d != null && name && !variantOf(d.rendering(), usual)
                && d.rendering().codePoints().anyMatch(Character::isUpperCase)) {
            // a name is rendered as the name is; but the usual rendering's own words changed in
            // it ("Release Management" for "Release Manager") are a slip all the same, and a name
            // translated in lower case words ("Trivial File Transfer Protocol" → "protocole
            // trivial de transfert de fichiers") is held to the words' usual renderings
            return dropped(o, "part of a name or title, rendered as the name is");
        }
        if (d != null && d.kind() == Deviation.Kind.OTHER) {
            Optional<String> overlapping = overlappingTermRendered(o, d, usual.stems(), usual.frame());
            if (overlapping.isPresent()) {
                return dropped(o, "the usual rendering of the unit's other term '" + overlapping.get() + "'");
            }
        }
        if (d != null && d.kind() == Deviation.Kind.UNTRANSLATED && copiedAsQuoted(o)) {
            return dropped(o, "quoted as it is: screen output, a message, a label or a setting");
        }
        if (d != null && d.kind() == Deviation.Kind.OTHER
                && (heading(o.unit()) != usual.frame().usualInHeadings() || RenderingWords.quoted(o.unit().to().text(), d.rendering()))
                && RenderingWords.verbFormOfUsual(o.unit().to().tokens(), d.rendering(), usual.stems(), usual.lemmas())) {
            // a heading is worded in its own style ("Installing Packages" for "Installation de
            // paquets", "Caching Proxy", "Searching for Packages" beside "package search")
            return dropped(o, "a heading's verb form of the usual rendering");
        }
        if (d != null && coordinated && d.evidence() < Deviation.Evidence.RENDERED_ELSEWHERE) {
            // "inférieur ou égal" → "less than or equal": a word beside its coordinate may share
            // its rendering; only a known other rendering of the word itself counts
            return dropped(o, "coordinated, and nothing but the aligner says it is rendered otherwise");
        }
        String preposition = setPhrasePreposition(o);
        if (d != null && preposition != null && !usual.setPhrases().contains(preposition)) {
            // a bare noun after a preposition is most often a set phrase, rendered as a whole:
            // "par erreur" / "by mistake", "mise en paquet" / "packaging"; not when the usual
            // rendering renders the same phrase elsewhere ("par défaut" / "by default")
            d = d.weighed(Deviation.Evidence.SET_PHRASE);
        }
        if (d != null && o.unit().pairing() < options.doubtfulPairing()) {
            return d.asDoubtfulPairing();
        }
        return d;
    }

    private Deviation deviationKind(Occurrence o, String usualText, Set<String> usualStems, List<String> usualLemmas,
                                    Map<Set<String>, Integer> elsewhere, Direction direction, boolean name,
                                    boolean emphasis, Frame frame) {
        Related related = direction.related();
        CandidateTerm c = o.term();
        Set<String> highlights = new HashSet<>(Set.of(c.surface()));
        List<TaggedToken> to = o.unit().to().tokens();
        Spotted s = o.spotted().orElse(null);
        String refused = null;
        if (s != null && usualStems.containsAll(s.stems()) && !usualStems.equals(s.stems())) {
            Spotted part = s;
            Optional<Spotted> wider = widened(o, part).or(() -> inUsualShape(o, part, frame.usualWords()));
            if (wider.isEmpty()) {
                return dropped(o, "part of the usual rendering alone: an ellipsis ('the lists' for 'the mailing lists')");
            }
            s = wider.get(); // "open source software" where the aligner linked "software" only
        }
        // the term as it is, inflection and case aside ("shell" for "shells", "WARNINGS" for "Warning")
        boolean copied = s != null && TermText.stems(words(s.text())).equals(TermText.stems(words(c.surface())));
        if (s != null) {
            refused = refusal(s, c, usualText, to, o.unit().from().text(), name, emphasis, copied);
        }
        if (s != null && refused == null && direction.otherSideTerms() != null
                && !direction.otherSideTerms().contains(s.stems())) {
            return dropped(o, "the source saying it otherwise, not another source term merged into this one");
        }
        double evidence = 0;
        boolean untranslated = false;
        if (s != null && refused == null) {
            untranslated = copied;
            evidence = untranslated ? Deviation.Evidence.UNTRANSLATED : support(s, o.unit(), o.spotted().map(Spotted::stems).orElse(Set.of()), c, usualStems, usualLemmas, elsewhere,
                    related, frame);
        }
        if (evidence == 0 && direction.otherSideTerms() == null) {
            // the aligner's pick is no known rendering of the term (or none): the term itself, as
            // it is in the translation, is likelier ("la stick" where the aligner took "insertion")
            Optional<String> copy = copiedTerm(o);
            if (copy.isPresent() && !TermText.isAbbreviation(c.surface())) {
                highlights.add(copy.get());
                return new Deviation(o.unit().index(), Deviation.Kind.UNTRANSLATED, c.surface(), copy.get(),
                        s == null ? 0 : s.confidence(), Deviation.Evidence.UNTRANSLATED, highlights);
            }
        }
        if (evidence == 0 && direction.otherSideTerms() == null) {
            // the aligner's pick is no known rendering of the term (or none): a word of the bead
            // that is one ("safety" for "sécurité", "developments" beside "developers") is likelier
            Optional<Deviation> alternative = relatedWord(o, usualStems, usualLemmas, elsewhere, related, frame);
            if (alternative.isPresent()) {
                return alternative.get();
            }
        }
        if (s == null) {
            return nothingSpotted(o, usualText, direction);
        }
        if (refused != null) {
            return dropped(o, refused);
        }
        highlights.add(s.text());
        if (evidence == 0) {
            boolean weak = s.confidence() < (c.length() == 1 ? 1.75 : 1) * options.minAlignment();
            evidence = weak ? Deviation.Evidence.WEAKLY_LINKED : Deviation.Evidence.LINKED;
        }
        return new Deviation(o.unit().index(), untranslated ? Deviation.Kind.UNTRANSLATED : Deviation.Kind.OTHER,
                c.surface(), s.text(), s.confidence(), evidence, highlights);
    }

    /**
     * Why a spotted rendering is no rendering to report, or null. A name stands for a common noun
     * only as a rewording: a word the tagger does not know as a common one ("Debian" for "la
     * distribution"), or a name the source has too ("Apache Software Foundation"). Capitals alone
     * make no name: the term left as it is ("le Package"), a title's capitals ("see Chapter 6: The
     * APT Tools"). Where the source writes the term in capitals for
     * emphasis ({@code emphasis}: "OUTIL"), the translation's capitals are emphasis too; the term
     * itself copied in capitals ({@code copied}: "WARNINGS" for "Warning") is no abbreviation.
     */
    private static String refusal(Spotted s, CandidateTerm c, String usualText, List<TaggedToken> to,
                                  String sourceText, boolean name, boolean emphasis, boolean copied) {
        if (!s.nominal() || s.claimed()) {
            return "a verb or a name is a rewording";
        }
        if (!name && TermText.isName(to, s.firstToken(), s.endToken()) && !s.text().equalsIgnoreCase(c.surface())
                && (sourceText.contains(s.text()) || !RenderingWords.commonWords(to, s.firstToken(), s.endToken()))) {
            return "a verb or a name is a rewording";
        }
        if (TermText.sameWritten(s.text(), usualText)) {
            return "'file name' for 'filename', 'regex' for 'regular expression'";
        }
        boolean hasAbbreviation = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            hasAbbreviation |= TermText.isAbbreviation(to.get(k).text()) && !copied
                    && !(emphasis && RenderingWords.commonWords(to, k, k + 1));
        }
        if (hasAbbreviation || TermText.hasPlaceholder(s.stems())
                || s.stems().size() > c.contentKey().split(" ").length + 1) {
            return "a rendering far longer than the term is the aligner's guess";
        }
        return null;
    }

    /**
     * How surely a rendering other than the usual one renders the term, from what is known beside
     * the aligner's pick: the dictionary (or spelling) relates it to the term, it shares a word with
     * the usual rendering, it is of the usual rendering's word family ("developments" for
     * "developers"), or the text renders the term so elsewhere; 0 when nothing says so.
     */
    private static double support(Spotted s, Oriented unit, Set<String> ownPick, CandidateTerm c,
                                  Set<String> usualStems,
                                  List<String> usualLemmas, Map<Set<String>, Integer> elsewhere, Related related,
                                  Frame frame) {
        List<TaggedToken> tokens = unit.to().tokens();
        // spotted for another occurrence than this one (whose own pick, {@code ownPick}, is counted too)
        // (a word of the bead the aligner did not link to the term needs two: one pick may be noise)
        int others = elsewhere.getOrDefault(s.stems(), 0) - (s.stems().equals(ownPick) ? 1 : 0);
        boolean picked = s.stems().equals(ownPick) || s.confidence() > 0;
        double renderedElsewhere = others >= (picked ? 1 : 2) ? Deviation.Evidence.RENDERED_ELSEWHERE : 0;
        if (s.stems().stream().anyMatch(usualStems::contains)) {
            // the rendering keeps a word of the usual one ("manual pages" / "man page"): what it
            // puts in place of the rest must render the term too, or it is an ellipsis with a name
            // or a modifier ("système ext2" for "système de fichiers", "paramètre vga" for
            // "paramètres d'amorçage"), or the aligner's reach into a rewording ("an otherwise
            // legitimate package" for "un paquet Debian")
            return substitutesRender(s, unit, c, usualStems, usualLemmas, related, frame)
                    ? Deviation.Evidence.SHARES_WORD : renderedElsewhere;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            TaggedToken t = tokens.get(k);
            for (String a : c.lemmas()) {
                double strength = strength(related, a, t);
                // a cognate of another word class is the syntax's choice: "configured" (values)
                // for "configuration", "historical" for "historique"
                if (strength >= 1 || strength > 0 && t.wordClass().isNominal()) {
                    return Deviation.Evidence.RELATED;
                }
            }
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (RenderingWords.ofUsualFamily(tokens.get(k), usualLemmas)) {
                return Deviation.Evidence.WORD_FAMILY;
            }
        }
        return renderedElsewhere;
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
    private static boolean substitutesRender(Spotted s, Oriented unit, CandidateTerm c, Set<String> usualStems,
                                             List<String> usualLemmas, Related related, Frame frame) {
        for (var e : frame.termRenderings().entrySet()) {
            if (!e.getKey().equals(frame.key()) && e.getValue().equals(s.stems())
                    && unit.from().candidates().stream().noneMatch(x -> x.key().equals(e.getKey()))) {
                return true;
            }
        }
        List<TaggedToken> tokens = unit.to().tokens();
        List<TaggedToken> content = new ArrayList<>();
        boolean any = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            TaggedToken t = tokens.get(k);
            if (!TermText.isContent(t)) {
                continue;
            }
            content.add(t);
            Set<String> stems = RenderingWords.tokenStems(t);
            if (stems.stream().anyMatch(usualStems::contains)) {
                continue; // a word kept
            }
            any = true;
            int slot = RenderingWords.slot(tokens.subList(s.firstToken(), s.endToken()), k - s.firstToken(), frame.usualWords());
            if (!rendersTerm(t, k, slot, unit, c, usualLemmas, related, frame)) {
                return false;
            }
        }
        return any;
    }

    private static boolean rendersTerm(TaggedToken t, int k, int position, Oriented unit, CandidateTerm c,
                                       List<String> usualLemmas, Related related, Frame frame) {
        for (String a : c.lemmas()) {
            if (strength(related, a, t) > 0) {
                return true;
            }
        }
        for (String u : usualLemmas) {
            if (TermText.sameFamily(t.lemma(), u) || RenderingWords.sharesPart(t.folded(), u)) {
                return true;
            }
        }
        // (position: where the word stands in a rendering of the usual one's shape, else -1)
        if (position < 0 || !RenderingWords.modifierOrNoun(t) || !t.isKnown() || !RenderingWords.modifierOrNoun(frame.usualWords().get(position))
                || TermText.gluedToCode(unit.to().tokens(), k, k + 1) || TermText.isName(unit.to().tokens(), k, k + 1)) {
            return false;
        }
        List<TaggedToken> source = unit.from().tokens();
        for (int x = 0; x < source.size(); x++) {
            if ((x < c.firstToken() || x >= c.endToken()) && TermText.isContent(source.get(x))
                    && related.strength(source.get(x).lemma(), t.lemma()) > 0) {
                return false; // it renders another word of the source ("Foreign packages" for "paquets des architectures supplémentaires")
            }
        }
        Set<String> stems = RenderingWords.tokenStems(t);
        for (CandidateTerm other : unit.from().candidates()) {
            Set<String> rendering = frame.termRenderings().get(other.key());
            if ((other.endToken() <= c.firstToken() || other.firstToken() >= c.endToken()) && rendering != null
                    && rendering.stream().anyMatch(stems::contains)) {
                return false; // the usual rendering of another term of the source ("packages" of "paquets")
            }
        }
        return true;
    }

    /**
     * The other recurring term of the unit whose usual rendering, present in the translation,
     * holds what the deviation has in place of the usual rendering, if any: an overlapping term
     * ("new stable release" for "nouvelle version" in "nouvelle version stable": "stable
     * release"), or another term the aligner took the rendering of ("microprogrammes", the usual
     * rendering of "firmware", for "packages" in "install the relevant packages" where the
     * translation says only "installera les microprogrammes").
     */
    private static Optional<String> overlappingTermRendered(Occurrence o, Deviation d, Set<String> usualStems,
                                                            Frame frame) {
        Set<String> added = TermText.stems(List.of(d.rendering().split("[\\s\u2010\u2011-]+")));
        boolean keeps = added.stream().anyMatch(usualStems::contains);
        added.removeAll(usualStems);
        if (added.isEmpty()) {
            return Optional.empty();
        }
        CandidateTerm c = o.term();
        for (CandidateTerm other : o.unit().from().candidates()) {
            Set<String> rendering = frame.termRenderings().get(other.key());
            // (a single word inside the term is the term's own word: "version" in "version stable")
            boolean inside = other.firstToken() >= c.firstToken() && other.endToken() <= c.endToken();
            boolean overlaps = other.firstToken() < c.endToken() && c.firstToken() < other.endToken();
            // (a term apart counts when the rendering is all its: one that keeps a word of the usual
            // rendering changed the term's own, "source packages" for "paquets binaires")
            if (other.key().equals(c.key()) || rendering == null || inside && !other.key().contains(" ")
                    || !overlaps && keeps) {
                continue;
            }
            if (rendering.containsAll(added) && o.unit().to().stems().containsAll(rendering)) {
                return Optional.of(other.key());
            }
        }
        return Optional.empty();
    }

    /**
     * True when the source words the translation keeps stand in what it quotes as it is: the
     * unit's two sides alike ("Install base system: [ ]"), between quotation marks ("« Hardware
     * IDs »"), or in a run of three words or more copied from the source ("this driver release
     * depends on something").
     */
    private static boolean copiedAsQuoted(Occurrence o) {
        UnitSide from = o.unit().from();
        UnitSide to = o.unit().to();
        if (from.text().strip().equalsIgnoreCase(to.text().strip())) {
            return true;
        }
        if (o.spotted().isEmpty()) {
            return false;
        }
        Spotted s = o.spotted().get();
        if (RenderingWords.quoted(to.text(), s.text())) {
            return true;
        }
        Set<String> bigrams = new HashSet<>();
        for (int w = 0; w + 1 < from.words().size(); w++) {
            bigrams.add(folded(from, w) + " " + folded(from, w + 1));
        }
        int first = to.wordOf()[s.firstToken()];
        int last = to.wordOf()[s.endToken() - 1];
        if (first < 0 || last < 0) {
            return false;
        }
        while (first > 0 && bigrams.contains(folded(to, first - 1) + " " + folded(to, first))) {
            first--;
        }
        while (last + 1 < to.words().size() && bigrams.contains(folded(to, last) + " " + folded(to, last + 1))) {
            last++;
        }
        return last - first + 1 >= 3;
    }

    private static String folded(UnitSide side, int word) {
        return side.tokens().get(side.tokenOf()[word]).folded();
    }

    /** True when either side of the unit looks like a heading. */
    private static boolean heading(Oriented u) {
        return TermText.looksLikeTitle(u.from().tokens()) || TermText.looksLikeTitle(u.to().tokens());
    }

    /** True when most of the units that use the usual rendering are headings. */
    private static boolean headings(List<Occurrence> occurrences, List<Integer> usualUnits) {
        Set<Integer> usual = new HashSet<>(usualUnits);
        int headings = 0;
        for (Occurrence o : occurrences) {
            if (usual.contains(o.unit().index()) && heading(o.unit())) {
                headings++;
            }
        }
        return headings * 2 > usualUnits.size();
    }

    /**
     * The word of the unit, where the aligner spotted no known rendering of the term, that is one:
     * a content word the dictionary relates to the term, of the usual rendering's word family, or
     * rendering the term elsewhere, that no other source word it translates holds firmly; the
     * surest, then the nearest to where the term stands.
     */
    private static Optional<Deviation> relatedWord(Occurrence o, Set<String> usualStems, List<String> usualLemmas,
                                                   Map<Set<String>, Integer> elsewhere, Related related, Frame frame) {
        UnitSide from = o.unit().from();
        UnitSide to = o.unit().to();
        CandidateTerm c = o.term();
        List<TaggedToken> tokens = to.tokens();
        double where = (double) c.firstToken() / Math.max(1, from.tokens().size());
        int best = -1;
        double bestEvidence = 0;
        double bestDistance = Double.MAX_VALUE;
        double bestLink = 0;
        for (int w = 0; w < to.words().size(); w++) {
            int k = to.tokenOf()[w];
            TaggedToken t = tokens.get(k);
            if (!TermText.isContent(t) || !RenderingWords.nominalAt(tokens, k) || TermText.isAbbreviation(t.text())
                    || TermText.gluedToCode(tokens, k, k + 1) || TermText.hasPlaceholder(List.of(t.folded()))
                    || TermText.isName(tokens, k, k + 1) || t.folded().equals(c.surface().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Set<String> stems = RenderingWords.tokenStems(t);
            if (stems.stream().anyMatch(usualStems::contains)) {
                continue; // a part of the usual rendering: an ellipsis, not another rendering
            }
            double link = 0;
            boolean held = false;
            for (WordLink l : o.unit().links()) {
                if (l.target() != w) {
                    continue;
                }
                boolean inTerm = false;
                for (int x = c.firstToken(); x < c.endToken(); x++) {
                    inTerm |= from.wordOf()[x] == l.source();
                }
                if (inTerm) {
                    link = Math.max(link, l.confidence());
                } else if (l.confidence() > 0.5 && TermText.isContent(from.tokens().get(from.tokenOf()[l.source()]))
                        && related.strength(from.words().get(l.source()), to.words().get(w)) > 0) {
                    held = true; // "launch" renders "lancement" beside "la distribution"
                }
            }
            if (held) {
                continue;
            }
            Spotted single = new Spotted(t.text(), List.of(t.lemma()), TermText.stems(List.of(t.lemma())), k, k + 1,
                    link, true, false);
            double evidence = support(single, o.unit(), o.spotted().map(Spotted::stems).orElse(Set.of()), c, usualStems,
                    usualLemmas, elsewhere, related, frame);
            if (evidence == 0) {
                continue;
            }
            double distance = Math.abs((double) k / Math.max(1, tokens.size()) - where);
            if (evidence > bestEvidence || evidence == bestEvidence && distance < bestDistance) {
                best = k;
                bestEvidence = evidence;
                bestDistance = distance;
                bestLink = link;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        TaggedToken t = tokens.get(best);
        return Optional.of(new Deviation(o.unit().index(), Deviation.Kind.OTHER, c.surface(), t.text(), bestLink,
                bestEvidence, Set.of(c.surface(), t.text())));
    }

    /** No rendering spotted, nor a word known to render the term: a noun left unlinked, or nothing. */
    private Deviation nothingSpotted(Occurrence o, String usualText, Direction direction) {
        CandidateTerm c = o.term();
        Set<String> highlights = new HashSet<>(Set.of(c.surface()));
        List<TaggedToken> to = o.unit().to().tokens();
        for (TaggedToken t : to) {
            if (t.isWord() && (TermText.isAbbreviation(t.text()) || TermText.hasPlaceholder(List.of(t.folded()))
                    || TermText.sameWritten(t.text(), usualText))) {
                return dropped(o, "'FOSS', 'foo', 'freesoftware' may well stand for it");
            }
        }
        if (direction.otherSideTerms() != null) {
            return dropped(o, "the reverse question asks which source term a target term stands for");
        }
        Optional<String> copy = copiedTerm(o);
        if (copy.isPresent()) {
            // the term stands as it is in the translation, linked to nothing: left untranslated
            highlights.add(copy.get());
            return new Deviation(o.unit().index(), Deviation.Kind.UNTRANSLATED, c.surface(), copy.get(), 0,
                    Deviation.Evidence.UNTRANSLATED, highlights);
        }
        Optional<Spotted> orphan = unlinkedNoun(o);
        if (orphan.isPresent()) {
            // a noun nothing is linked to, where the term has no link either: a word met once,
            // which the aligner has no statistics for, most often the term's rendering
            highlights.add(orphan.get().text());
            return new Deviation(o.unit().index(), Deviation.Kind.OTHER, c.surface(), orphan.get().text(), 0,
                    Deviation.Evidence.UNLINKED_NOUN, highlights);
        }
        return new Deviation(o.unit().index(), Deviation.Kind.NONE, c.surface(), "", 0,
                c.length() == 1 ? Deviation.Evidence.NOTHING_WORD : Deviation.Evidence.NOTHING_PHRASE, highlights);
    }

    /**
     * The single-word term as the translation writes it, inflection and case aside ("hardware"
     * for "hardware", "shell" for "shells"), the source having it once: the term left
     * untranslated. Empty for phrases and when it is glued to code.
     */
    private static Optional<String> copiedTerm(Occurrence o) {
        CandidateTerm c = o.term();
        UnitSide to = o.unit().to();
        if (c.length() != 1) {
            return Optional.empty();
        }
        List<TaggedToken> source = o.unit().from().tokens();
        String stem = TermText.stem(source.get(c.firstToken()).folded());
        for (int k = 0; k < source.size(); k++) {
            if (k != c.firstToken() && TermText.stem(source.get(k).folded()).equals(stem)) {
                return Optional.empty(); // the source has the word twice: the copy may be the other's
            }
        }
        for (int w = 0; w < to.words().size(); w++) {
            int k = to.tokenOf()[w];
            TaggedToken t = to.tokens().get(k);
            if (TermText.stem(t.folded()).equals(stem) && !TermText.gluedToCode(to.tokens(), k, k + 1)) {
                return Optional.of(t.text());
            }
        }
        return Optional.empty();
    }

    /**
     * True when the word at {@code k} is a bare noun after a preposition that does not tie it to a
     * noun before ("par erreur", "en développement", "mise en paquet"), unlike a noun's modifier
     * ("mises à jour de sécurité", "interfaces de recherche") or a preposition fused with an
     * article ("des changements": the tagger's lemma "de+le").
     */
    /** The lemma of the preposition of the single-word occurrence's set phrase ("par" of "par défaut"), or null. */
    private static String setPhrasePreposition(Occurrence o) {
        List<TaggedToken> tokens = o.unit().from().tokens();
        int k = o.term().firstToken();
        return o.term().length() == 1 && RenderingWords.inSetPhrase(tokens, k) ? tokens.get(k - 1).lemma() : null;
    }

    private Deviation dropped(Occurrence o, String why) {
        trace.note(o.unit().index(), o.term().key(), "dropped: " + why);
        return null;
    }


    /**
     * True when the occurrence's unit gives the term the usual rendering: the rendering spotted for
     * it holds the usual one, or the translation has the usual rendering's words where the aligner
     * links them to the term or to nothing. The usual words rendering another word of the source
     * ("package" for "empaquetage" beside "paquet" → "parcel") do not count.
     */
    private static boolean usesUsual(Occurrence o, Set<String> usual, Related related) {
        if (o.spotted().isPresent() && o.spotted().get().stems().containsAll(usual)) {
            return true;
        }
        UnitSide to = o.unit().to();
        UnitSide from = o.unit().from();
        if (!to.stems().containsAll(usual)) {
            return false;
        }
        int first = Integer.MAX_VALUE;
        int end = -1;
        for (int k = o.term().firstToken(); k < o.term().endToken(); k++) {
            int w = from.wordOf()[k];
            if (w >= 0) {
                first = Math.min(first, w);
                end = Math.max(end, w + 1);
            }
        }
        Set<String> free = new HashSet<>();
        for (int w = 0; w < to.words().size(); w++) {
            TaggedToken t = to.tokens().get(to.tokenOf()[w]);
            Set<String> stems = RenderingWords.tokenStems(t);
            stems.retainAll(usual);
            if (stems.isEmpty()) {
                continue;
            }
            boolean elsewhere = false;
            boolean here = false;
            for (WordLink l : o.unit().links()) {
                if (l.target() != w) {
                    continue;
                }
                if (l.source() >= first && l.source() < end) {
                    here = true;
                } else if (TermText.isContent(from.tokens().get(from.tokenOf()[l.source()]))
                        && related.strength(from.words().get(l.source()), to.words().get(w)) > 0) {
                    elsewhere = true;
                }
            }
            if (here || !elsewhere) {
                free.addAll(stems);
            }
        }
        return free.containsAll(usual);
    }

    /**
     * The noun of the translation that no link touches, nearest to where the term stands in the
     * source (by relative position), when the term's own words are not linked either.
     */
    private static Optional<Spotted> unlinkedNoun(Occurrence o) {
        UnitSide from = o.unit().from();
        UnitSide to = o.unit().to();
        boolean[] linked = new boolean[to.words().size()];
        for (WordLink l : o.unit().links()) {
            linked[l.target()] = true;
        }
        double where = (double) o.term().firstToken() / Math.max(1, from.tokens().size());
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int w = 0; w < to.words().size(); w++) {
            int k = to.tokenOf()[w];
            TaggedToken t = to.tokens().get(k);
            if (linked[w] || t.wordClass() != org.visavis.lang.WordClass.NOUN || !t.isKnown()
                    || TermText.isName(to.tokens(), k, k + 1) || TermText.isAbbreviation(t.text())
                    || TermText.gluedToCode(to.tokens(), k, k + 1)) {
                continue;
            }
            double distance = Math.abs((double) k / Math.max(1, to.tokens().size()) - where);
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        if (best < 0 || bestDistance > 0.25) {
            return Optional.empty();
        }
        TaggedToken t = to.tokens().get(best);
        return Optional.of(new Spotted(t.text(), List.of(t.lemma()), TermText.stems(List.of(t.lemma())), best, best + 1,
                0, true, false));
    }

    private static int support(Set<String> stems, List<Occurrence> occurrences) {
        int n = 0;
        for (Occurrence o : occurrences) {
            if (o.unit().to().stems().containsAll(stems)) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when the longest recurring term of the unit that holds this occurrence is rendered word
     * by word: its spotted rendering has as many content words as it has, and the occurrence's
     * own spotted rendering is a part of it ("manager" of "package manager").
     */
    private static boolean renderedWordByWord(CandidateTerm c, Oriented u, Set<String> recurring,
                                              Optional<Spotted> own, Related related) {
        CandidateTerm longest = null;
        for (CandidateTerm other : u.from().candidates()) {
            if (other.length() > c.length() && other.firstToken() <= c.firstToken() && other.endToken() >= c.endToken()
                    && recurring.contains(other.key()) && (longest == null || other.length() > longest.length())) {
                longest = other;
            }
        }
        if (longest == null || own.isEmpty()) {
            return false;
        }
        Optional<Spotted> whole = spot(u, longest, related);
        return whole.isPresent() && whole.get().stems().size() >= longest.contentKey().split(" ").length
                && whole.get().stems().containsAll(own.get().stems()) && !own.get().stems().equals(whole.get().stems());
    }

    /** True when a longer recurring term of the unit holds this occurrence: the longer one is checked. */
    private static boolean insideLongerTerm(CandidateTerm c, Oriented u, Set<String> recurring) {
        for (CandidateTerm other : u.from().candidates()) {
            if (other.length() > c.length() && other.firstToken() <= c.firstToken() && other.endToken() >= c.endToken()
                    && recurring.contains(other.key())) {
                return true;
            }
        }
        return false;
    }

    /** The rendering the word aligner gives the occurrence, function words at its edges left out. */
    private static Optional<Spotted> spot(Oriented u, CandidateTerm c, Related related) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int k = c.firstToken(); k < c.endToken(); k++) {
            int w = u.from().wordOf()[k];
            if (w >= 0) {
                first = Math.min(first, w);
                last = Math.max(last, w);
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        SentencePair pair = new SentencePair(u.from().words(), u.to().words());
        Optional<Spotting> spotting = WordAlignmentModel.spot(pair, new Span(first, last + 1), u.links());
        if (spotting.isEmpty()) {
            return Optional.empty();
        }
        Spotting s = spotting.get();
        int[] tokenOf = u.to().tokenOf();
        int from = tokenOf[s.target().start()];
        int to = tokenOf[s.target().end() - 1] + 1;
        List<TaggedToken> tokens = u.to().tokens();
        // words the aligner could not place, next to the rendering, belong to it: a word met once
        // ("source text" where "text" is new) has no statistics to link it by
        boolean[] linked = new boolean[tokens.size()];
        for (WordLink l : u.links()) {
            linked[tokenOf[l.target()]] = true;
        }
        // (one word longer than the term at most: "open source software programs" is not all a rendering of "logiciel libre")
        int words = c.length() + 1;
        while (from > 0 && to - from < words && !linked[from - 1] && RenderingWords.isPhraseWord(tokens.get(from - 1))) {
            from--;
        }
        while (to < tokens.size() && to - from < words && !linked[to] && RenderingWords.isPhraseWord(tokens.get(to))) {
            to++;
        }
        while (from < to && !TermText.isTermWord(tokens.get(from))) {
            from++;
        }
        while (to > from && !TermText.isTermWord(tokens.get(to - 1))) {
            to--;
        }
        if (from == to) {
            return Optional.empty();
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() && !tokens.get(k).text().matches("[-\u2010\u2011'’]")) {
                return Optional.empty(); // a span across punctuation is not one rendering
            }
        }
        List<String> lemmas = new ArrayList<>();
        boolean nominal = false;
        for (int k = from; k < to; k++) {
            if (TermText.isContent(tokens.get(k))) {
                lemmas.add(tokens.get(k).lemma());
                nominal |= RenderingWords.nominalAt(tokens, k);
            }
        }
        String text = u.to().text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
        return Optional.of(new Spotted(text, lemmas, TermText.stems(lemmas), from, to, s.confidence(), nominal,
                claimed(u, s, c, related)));
    }

    /**
     * True when every target word of the spotting is linked more confidently to a source content
     * word outside the term that the dictionary, or spelling, relates to it: "lancement, la
     * distribution" → "launch" belongs to "lancement".
     */
    private static boolean claimed(Oriented u, Spotting s, CandidateTerm c, Related related) {
        int first = Integer.MAX_VALUE;
        int end = -1;
        for (int k = c.firstToken(); k < c.endToken(); k++) {
            int w = u.from().wordOf()[k];
            if (w >= 0) {
                first = Math.min(first, w);
                end = Math.max(end, w + 1);
            }
        }
        for (WordLink inside : s.links()) {
            boolean taken = false;
            for (WordLink l : u.links()) {
                if (l.target() == inside.target() && (l.source() < first || l.source() >= end)
                        && l.confidence() > inside.confidence()
                        && TermText.isContent(u.from().tokens().get(u.from().tokenOf()[l.source()]))
                        && related.strength(u.from().words().get(l.source()), u.to().words().get(l.target())) > 0) {
                    taken = true;
                    break;
                }
            }
            if (!taken) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a rendering is a variant of the usual one: it shares one of its words or has one
     * of its word family ("Release Management" for "Release Manager").
     */
    private static boolean variantOf(String rendering, Usual usual) {
        for (String w : rendering.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (usual.stems().contains(TermText.stem(w))) {
                return true;
            }
            for (String u : usual.lemmas()) {
                if (TermText.sameFamily(w, u)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The spotted rendering, one end of the usual one, widened to the usual rendering's shape:
     * as many words, its function words where it has them, nouns or adjectives in the place of
     * its other words ("tour de configuration" where the aligner linked "configuration" of
     * "fichier de configuration"); empty when the words around do not take that shape.
     */
    private static Optional<Spotted> inUsualShape(Occurrence o, Spotted s, List<TaggedToken> usual) {
        List<TaggedToken> tokens = o.unit().to().tokens();
        int length = s.endToken() - s.firstToken();
        if (usual.size() <= length) {
            return Optional.empty();
        }
        int from;
        if (RenderingWords.sameWord(tokens.get(s.endToken() - 1), usual.get(usual.size() - 1))) {
            from = s.endToken() - usual.size();
        } else if (RenderingWords.sameWord(tokens.get(s.firstToken()), usual.get(0))) {
            from = s.firstToken();
        } else {
            return Optional.empty();
        }
        int end = from + usual.size();
        if (from < 0 || end > tokens.size()) {
            return Optional.empty();
        }
        boolean changed = false;
        List<String> lemmas = new ArrayList<>();
        for (int k = from; k < end; k++) {
            TaggedToken t = tokens.get(k);
            TaggedToken u = usual.get(k - from);
            boolean function = !TermText.isContent(u);
            if (function ? !t.lemma().equals(u.lemma()) : !RenderingWords.modifierOrNoun(t) || !t.isKnown()) {
                return Optional.empty();
            }
            if (!function) {
                lemmas.add(t.lemma());
                changed |= !RenderingWords.sameWord(t, u);
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        String text = o.unit().to().text().substring(tokens.get(from).start(), tokens.get(end - 1).end());
        return Optional.of(new Spotted(text, lemmas, TermText.stems(lemmas), from, end, s.confidence(), true, false));
    }

    /** The spotted rendering widened to the noun phrase around it, or empty when there is none wider. */
    private static Optional<Spotted> widened(Occurrence o, Spotted s) {
        UnitSide to = o.unit().to();
        List<TaggedToken> tokens = to.tokens();
        int from = s.firstToken();
        int end = s.endToken();
        while (from > 0 && RenderingWords.isPhraseWord(tokens.get(from - 1))) {
            from--;
        }
        while (end < tokens.size() && RenderingWords.isPhraseWord(tokens.get(end))) {
            end++;
        }
        if (from == s.firstToken() && end == s.endToken()) {
            return Optional.empty();
        }
        List<String> lemmas = new ArrayList<>();
        for (int k = from; k < end; k++) {
            lemmas.add(tokens.get(k).lemma());
        }
        String text = to.text().substring(tokens.get(from).start(), tokens.get(end - 1).end());
        return Optional.of(new Spotted(text, lemmas, TermText.stems(lemmas), from, end, s.confidence(), true, false));
    }

    /**
     * How strongly a word relates to a token of the other side, by its lemma or as written: the
     * dictionary may list the plural ("abords" for "environment", whose lemma is "abord").
     */
    private static double strength(Related related, String word, TaggedToken t) {
        return Math.max(related.strength(word, t.lemma()), related.strength(word, t.folded()));
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }

    private static boolean translates(Related related, String word, List<String> others) {
        return others.stream().anyMatch(o -> related.strength(word, o) > 0);
    }

    /** The usual rendering's words as written in the first unit whose spotted rendering is just it. */
    private static List<TaggedToken> usualTokens(List<Occurrence> occurrences, Set<String> stems) {
        for (Occurrence o : occurrences) {
            if (o.spotted().isPresent() && o.spotted().get().stems().equals(stems)) {
                Spotted s = o.spotted().get();
                return List.copyOf(o.unit().to().tokens().subList(s.firstToken(), s.endToken()));
            }
        }
        return List.of();
    }

    /** The lemmas of the usual rendering, as spotted (of its words within longer spotted renderings). */
    private static List<String> usualLemmas(List<Occurrence> occurrences, Set<String> stems) {
        for (Occurrence o : occurrences) {
            if (o.spotted().isPresent() && o.spotted().get().stems().equals(stems)) {
                return o.spotted().get().lemmas();
            }
        }
        for (Occurrence o : occurrences) {
            if (o.spotted().isPresent() && o.spotted().get().stems().containsAll(stems)) {
                return o.spotted().get().lemmas().stream().filter(l -> stems.contains(TermText.stem(l))).toList();
            }
        }
        return List.of();
    }

    /** The usual rendering's commonest text, as spotted (or its words within longer spotted renderings). */
    private static String commonestText(List<Occurrence> occurrences, Set<String> stems) {
        Map<String, Integer> counts = new HashMap<>();
        for (Occurrence o : occurrences) {
            o.spotted().filter(s -> s.stems().equals(stems)).ifPresent(s -> counts.merge(s.text(), 1, Integer::sum));
        }
        if (counts.isEmpty()) {
            for (Occurrence o : occurrences) {
                if (o.spotted().isEmpty() || !o.spotted().get().stems().containsAll(stems)) {
                    continue;
                }
                Spotted s = o.spotted().get();
                List<TaggedToken> tokens = o.unit().to().tokens();
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    if (!java.util.Collections.disjoint(RenderingWords.tokenStems(tokens.get(k)), stems)) {
                        counts.merge(tokens.get(k).text(), 1, Integer::sum);
                    }
                }
            }
        }
        return commonest(counts);
    }

    private static String commonestForm(List<Occurrence> occurrences) {
        Map<String, Integer> counts = new HashMap<>();
        occurrences.forEach(o -> counts.merge(o.term().surface(), 1, Integer::sum));
        return commonest(counts);
    }

    /** The most frequent text; among equals, one in lower case, then the first in order. */
    private static String commonest(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().chars().noneMatch(Character::isUpperCase))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }

    /** True when most words of the shorter side occur as they are on the other side. */
    static boolean looksUntranslated(List<TaggedToken> source, List<TaggedToken> target) {
        Set<String> sourceWords = new HashSet<>();
        for (TaggedToken t : source) {
            if (t.isWord()) {
                sourceWords.add(t.folded());
            }
        }
        Set<String> targetWords = new HashSet<>();
        for (TaggedToken t : target) {
            if (t.isWord()) {
                targetWords.add(t.folded());
            }
        }
        int smaller = Math.min(sourceWords.size(), targetWords.size());
        if (smaller == 0) {
            return true;
        }
        Set<String> shared = new HashSet<>(sourceWords);
        shared.retainAll(targetWords);
        // names, commands and numbers are shared by any two translations: only a large share counts
        return smaller >= 4 && shared.size() * 10 >= smaller * 7;
    }

    /**
     * One side of a unit: its tokens, the words the aligner sees (lemmas, in order) with the token
     * each comes from and back, the stems of its words, and its candidate terms.
     */
    private record UnitSide(String text, List<TaggedToken> tokens, List<String> words, int[] wordOf, int[] tokenOf,
                            Set<String> stems, List<CandidateTerm> candidates) {

        static UnitSide of(List<TaggedToken> tokens, String text, NounPhraseExtractor extractor) {
            List<String> words = new ArrayList<>();
            int[] wordOf = new int[tokens.size()];
            List<Integer> tokenOf = new ArrayList<>();
            Set<String> stems = new TreeSet<>();
            for (int k = 0; k < tokens.size(); k++) {
                TaggedToken t = tokens.get(k);
                wordOf[k] = -1;
                if (t.isWord()) {
                    wordOf[k] = words.size();
                    words.add(t.lemma());
                    tokenOf.add(k);
                    stems.addAll(RenderingWords.tokenStems(t));
                }
            }
            return new UnitSide(text, tokens, words, wordOf, tokenOf.stream().mapToInt(Integer::intValue).toArray(),
                    stems, extractor.extract(tokens));
        }
    }
}
