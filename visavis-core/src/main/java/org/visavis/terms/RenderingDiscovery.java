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
import java.util.concurrent.ConcurrentHashMap;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;
import org.visavis.pipeline.Parallel;
import org.visavis.pipeline.Progress;
import org.visavis.wordalign.SentencePair;
import org.visavis.wordalign.Seeds;
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
 * <p>The steps, each a class of its own: {@link TermCollection} collects the occurrences of the
 * recurring terms, {@link RenderingSpotter} spots each one's rendering from the word links, {@link
 * UsualRenderingChoice} picks the usual rendering, {@link TermSettlement} settles each term,
 * {@link DeviationJudge} decides each other occurrence's deviation, weighed by {@link
 * DeviationEvidence} and excused as {@link LegitimateVariation}.
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
        List<Prepared> prepared = prepared(units);
        if (prepared.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        List<SentencePair> pairs = prepared.stream().map(p -> new SentencePair(p.source().words(), p.target().words()))
                .toList();
        Seeds seeds = seeds(sourceTagger.language(), targetTagger.language());
        List<List<WordLink>> links = links(prepared, pairs, seeds);
        List<OrientedUnit> forward = new ArrayList<>();
        List<OrientedUnit> backward = new ArrayList<>();
        for (int k = 0; k < prepared.size(); k++) {
            Prepared p = prepared.get(k);
            forward.add(new OrientedUnit(p.unit().index(), p.unit().confidence(), p.copied(), p.source(), p.target(),
                    links.get(k)));
            backward.add(new OrientedUnit(p.unit().index(), p.unit().confidence(), p.copied(), p.target(), p.source(),
                    links.get(k).stream().map(l -> new WordLink(l.target(), l.source(), l.confidence())).toList()));
        }
        RenderingDeclarations heads = RenderingDeclarations.bundled();
        Direction sourceToTarget = new Direction(seeds::strength, true, null,
                heads.head(targetTagger.language().code()));
        Direction targetToSource = new Direction((a, b) -> seeds.strength(b, a), false,
                TermCollection.recurringStems(forward, options.minUnits()), heads.head(sourceTagger.language().code()));
        GeneralWords sourceGeneral = GeneralWords.of(sourceTagger.language());
        GeneralWords targetGeneral = GeneralWords.of(targetTagger.language());
        if (trace != Trace.NONE) {
            // a trace hears the source terms first, then the target terms
            return new Result(terms(forward, sourceGeneral, sourceToTarget), terms(backward, targetGeneral, targetToSource));
        }
        // the two directions share nothing but the read-only units: side by side
        List<List<TermRenderings>> both = Parallel.all(List.of(() -> terms(forward, sourceGeneral, sourceToTarget),
                () -> terms(backward, targetGeneral, targetToSource)), Progress.SILENT);
        return new Result(both.get(0), both.get(1));
    }

    /** A unit tagged on both sides, and whether it looks like a passage left in the other language. */
    private record Prepared(BilingualUnit unit, UnitSide source, UnitSide target, boolean copied) {
    }

    /** The units with words on both sides, tagged. */
    private List<Prepared> prepared(List<BilingualUnit> units) {
        // on every processor: a bead of several sentences is tagged here, as one text
        List<Optional<Prepared>> each = Parallel.map(units, u -> {
            UnitSide s = UnitSide.of(sourceTagger.tag(u.source()), u.source(), extractor);
            UnitSide t = UnitSide.of(targetTagger.tag(u.target()), u.target(), extractor);
            if (s.words().isEmpty() || t.words().isEmpty()) {
                return Optional.<Prepared>empty();
            }
            // a passage left in the other language would pass for a rendering of each of its words:
            // there only the words that are not copied are checked ("see Chapitre 6: les outils APT")
            return Optional.of(new Prepared(u, s, t, looksUntranslated(s.tokens(), t.tokens())));
        }, Progress.SILENT);
        return each.stream().flatMap(Optional::stream).toList();
    }

    /** The word links of each unit from a word aligner trained on the units themselves. */
    private static List<List<WordLink>> links(List<Prepared> prepared, List<SentencePair> pairs, Seeds seeds) {
        // copied passages are aligned, not learnt from: their words would teach that each renders itself
        List<SentencePair> translated = new ArrayList<>();
        for (int k = 0; k < prepared.size(); k++) {
            if (!prepared.get(k).copied()) {
                translated.add(pairs.get(k));
            }
        }
        WordAlignmentModel model = WordAligner.train(translated.isEmpty() ? pairs : translated, seeds,
                WordAligner.Options.DEFAULT);
        return pairs.parallelStream().map(model::align).toList();
    }

    private static Seeds seeds(Language source, Language target) {
        String key = source.code() + "-" + target.code();
        return SEEDS.computeIfAbsent(key, k -> BilingualLexicon.forPair(source, target)
                        .map(lex -> Seeds.of(lex.pairs().stream().map(p -> new Seeds.Pair(p.source(), p.target())).toList())))
                .orElse(Seeds.stringsAndCognates());
    }

    /**
     * The terms of one side. The reverse question, one target term for several source terms, is
     * asked of phrases only (for single words it is mostly the source's own variety).
     */
    private List<TermRenderings> terms(List<OrientedUnit> units, GeneralWords general, Direction direction) {
        // first the usual rendering of every term (a pass told nothing), then the deviations: a
        // deviation may be the usual rendering of an overlapping term, or of another term of the text
        // (a longer term with no dominant rendering checks nothing inside it: what it holds is
        // checked as anywhere else, and may itself be a longer term that settles nothing)
        TermCollection collection = new TermCollection(options.minUnits(), general, direction, Trace.NONE);
        Set<String> unsettled = new HashSet<>();
        Map<String, List<Occurrence>> byKey;
        Map<String, Set<String>> usualStems = new HashMap<>();
        for (int pass = 1; ; pass++) {
            byKey = collection.occurrences(units, unsettled);
            // (a term's usual rendering is its occurrences' alone: only those collected anew change)
            Set<String> changed = collection.changed();
            usualStems.keySet().removeAll(changed);
            Map<String, List<Occurrence>> anew = new LinkedHashMap<>(byKey);
            anew.keySet().retainAll(changed);
            new TermSettlement(options, direction, Trace.NONE).settle(anew, Map.of(), usualStems);
            Set<String> more = new HashSet<>(unsettled);
            byKey.keySet().stream().filter(k -> k.contains(" ") && !usualStems.containsKey(k)).forEach(more::add);
            if (more.equals(unsettled) || pass == MAX_NESTING_PASSES) {
                break;
            }
            unsettled = more;
        }
        if (trace != Trace.NONE) {
            byKey = new TermCollection(options.minUnits(), general, direction, trace).occurrences(units, unsettled);
        }
        List<TermRenderings> found = new TermSettlement(options, direction, trace)
                .settle(byKey, Map.copyOf(usualStems), new HashMap<>());
        found.sort(Comparator.comparingInt((TermRenderings t) -> -t.units()).thenComparing(TermRenderings::key));
        return found;
    }

    /**
     * How many times the terms are collected at most, each time checking what lies inside the
     * longer terms the last time left unsettled ("conditional expression" inside "operators in the
     * conditional", inside "comparison operators in the conditional expression").
     */
    private static final int MAX_NESTING_PASSES = 4;

    /** True when most words of the shorter side occur as they are on the other side. */
    static boolean looksUntranslated(List<TaggedToken> source, List<TaggedToken> target) {
        Set<String> sourceWords = words(source);
        Set<String> targetWords = words(target);
        int smaller = Math.min(sourceWords.size(), targetWords.size());
        if (smaller == 0) {
            return true;
        }
        Set<String> shared = new HashSet<>(sourceWords);
        shared.retainAll(targetWords);
        // names, commands and numbers are shared by any two translations: only a large share counts
        return smaller >= 4 && shared.size() * 10 >= smaller * 7;
    }

    private static Set<String> words(List<TaggedToken> tokens) {
        Set<String> words = new HashSet<>();
        for (TaggedToken t : tokens) {
            if (t.isWord()) {
                words.add(t.folded());
            }
        }
        return words;
    }
}
