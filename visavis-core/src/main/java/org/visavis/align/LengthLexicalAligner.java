package org.visavis.align;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.visavis.lang.BilingualLexicon;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Lemmatizer;
import org.visavis.model.Bead;
import org.visavis.model.BeadShape;
import org.visavis.model.Language;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * The sentence aligner: length (Gale-Church), a bilingual lexicon matched on lemmas, identical
 * strings and cognates, punctuation and paragraph boundaries, each a {@link BeadScorer}; the
 * search runs in a band around rare-word anchors. A first pass finds confident beads; a lexicon
 * learned from them and parameters fitted to the document pair drive a second pass in a narrow
 * band around the first path. Confidences are posterior probabilities of the beads, flattened by
 * {@link #CONFIDENCE_TEMPERATURE}; those of one-sided beads are checked against the sentences
 * nearby ({@link UnpairedCheck}).
 *
 * <pre>{@code
 * SentenceAligner aligner = LengthLexicalAligner.forLanguages(Language.of("fr"), Language.of("en"));
 * List<Bead> beads = aligner.align(french, english); // [0]:[0], [1,2]:[1], ...
 * }</pre>
 */
public final class LengthLexicalAligner implements SentenceAligner {

    /**
     * The aligner's stage timings and fitted models, at DEBUG level: {@code visavis --debug ...}
     * shows them on stderr, as does a java.util.logging configuration giving {@code
     * org.visavis.align} the level FINE.
     */
    static final System.Logger LOG = System.getLogger(LengthLexicalAligner.class.getPackageName());

    private static final Map<String, Optional<BilingualLexicon>> LEXICONS = new ConcurrentHashMap<>();
    private static final Map<String, Lemmatizer> LEMMATIZERS = new ConcurrentHashMap<>();

    /** About 24 bytes a cell in the search: 12 million cells stay well under a gigabyte. */
    private static final int MAX_CELLS = 12_000_000;

    /**
     * The temperature of the second pass's posteriors, the confidences shown. The scorers' log
     * ratios are added as if their evidence were independent, which it is not quite (long
     * sentences match more words and differ more in length), so at temperature 1 beads look a
     * little surer than they are: on the development benchmarks, beads shown at 0.9 or more were
     * right 98.0 % of the time with an expected calibration error of 0.017; at 1.2, 98.6 % and
     * 0.013. The best path is the same at any temperature; the first pass keeps {@link
     * AlignerOptions#temperature()}, as its confident beads are what the second pass learns from.
     */
    static final double CONFIDENCE_TEMPERATURE = 1.2;

    /**
     * The first pass searches the shapes of at most this many sentences in all (1-3 and 2-2 but
     * not 2-3, 1-4 or 3-3): its confident beads and its path are what the second pass needs, and
     * the long shapes, found by the second pass in its narrow band, would cost the wide first band
     * a fifth more time (24,500 sentences a side: 7.2 s CPU against 9.8 s with all shapes; dev
     * strict F1 the same on the novels, 0.007 lower on textberg-dev).
     */
    static final int FIRST_PASS_SENTENCES = 4;

    /**
     * The fewest confident beads of the first pass that the punctuation scores are fitted on
     * (with add-one smoothing over four differences, fifty beads move a score by at most a tenth).
     */
    static final int MIN_PUNCTUATION_PAIRS = 50;

    private final Lemmatizer sourceLemmatizer;
    private final Lemmatizer targetLemmatizer;
    private final Optional<BilingualLexicon> lexicon;
    private final AlignerOptions options;

    public LengthLexicalAligner(Lemmatizer sourceLemmatizer, Lemmatizer targetLemmatizer,
            Optional<BilingualLexicon> lexicon, AlignerOptions options) {
        this.sourceLemmatizer = sourceLemmatizer;
        this.targetLemmatizer = targetLemmatizer;
        this.lexicon = lexicon;
        this.options = options;
    }

    /** The aligner with the lemmatizers and bundled lexicon known for this language pair. */
    public static LengthLexicalAligner forLanguages(Language source, Language target) {
        return forLanguages(source, target, AlignerOptions.defaults());
    }

    public static LengthLexicalAligner forLanguages(Language source, Language target, AlignerOptions options) {
        Optional<BilingualLexicon> lexicon = LEXICONS.computeIfAbsent(source.code() + "-" + target.code(),
                k -> BilingualLexicon.forPair(source, target));
        return new LengthLexicalAligner(lemmatizer(source), lemmatizer(target), lexicon, options);
    }

    /** The same aligner with no lexicon: length, cognates and what the first pass learns only. */
    public static LengthLexicalAligner withoutLexicon(Language source, Language target, AlignerOptions options) {
        return new LengthLexicalAligner(lemmatizer(source), lemmatizer(target), Optional.empty(), options);
    }

    private static Lemmatizer lemmatizer(Language language) {
        return LEMMATIZERS.computeIfAbsent(language.code(),
                k -> LanguageKnowledge.lemmatizer(language));
    }

    /** Warnings worth showing a user before aligning, e.g. documents of very different sizes. */
    public static List<String> warnings(SegmentedDocument source, SegmentedDocument target) {
        List<String> out = new ArrayList<>();
        long sc = source.texts().stream().mapToLong(String::length).sum();
        long tc = target.texts().stream().mapToLong(String::length).sum();
        if ((sc == 0) != (tc == 0)) {
            out.add((sc == 0 ? source.name() : target.name()) + " has no text: the sentences of "
                    + (sc == 0 ? target.name() : source.name()) + " cannot be paired with anything");
        }
        if (sc > 0 && tc > 0 && (sc > 3 * tc || tc > 3 * sc)) {
            out.add(source.name() + " has " + sc + " characters and " + target.name() + " " + tc
                    + ": they may not be translations of each other, or one is incomplete");
        }
        return out;
    }

    /** Which stretch of each document has a counterpart in the other. */
    public TranslationCoverage coverage(SegmentedDocument source, SegmentedDocument target) {
        Features f = features(source, target);
        synchronized (this) {
            prepared = f;
        }
        int whole = Math.max(f.source().size, f.target().size) + 1;
        return TranslationCoverage.of(f.source().size, f.target().size,
                new RareWordAnchors(TranslationCoverage.MAX_OCCURRENCES).candidates(f.source(), f.target(), f.links(), whole));
    }

    /** The features and word links of a document pair, computed once for the coverage and the alignment. */
    private record Features(SegmentedDocument sourceDoc, SegmentedDocument targetDoc, SideFeatures source,
            SideFeatures target, TypeLinks links) {
    }

    /** Those of the last {@link #coverage} call, taken (once) by the alignment of the same documents. */
    private Features prepared;

    private Features features(SegmentedDocument source, SegmentedDocument target) {
        Features p;
        synchronized (this) {
            p = prepared;
            prepared = null;
        }
        if (p != null && p.sourceDoc() == source && p.targetDoc() == target) {
            return p;
        }
        long t0 = System.nanoTime();
        SideFeatures s = new SideFeatures(source, sourceLemmatizer, options.frequentShare());
        SideFeatures t = new SideFeatures(target, targetLemmatizer, options.frequentShare());
        debug("  sides %.2fs", t0);
        TypeLinks links = new TypeLinks(s, t).addLexicon(lexicon);
        debug("  lexicon links %.2fs", t0);
        links.addCognates();
        debug("  cognates %.2fs", t0);
        return new Features(source, target, s, t, links);
    }

    /** Aligns the documents; where one covers only part of the other, only that stretch. */
    @Override
    public List<Bead> align(SegmentedDocument source, SegmentedDocument target) {
        if (source.size() == 0 || target.size() == 0) {
            return realign(source, target, List.of());
        }
        return align(source, target, coverage(source, target));
    }

    /**
     * Aligns the documents with their coverage already found: a partial one is aligned within
     * its (widened) stretches, the sentences outside them left unpaired, so that the French of
     * the first chapters is not spread over the whole English book.
     */
    public List<Bead> align(SegmentedDocument source, SegmentedDocument target, TranslationCoverage coverage) {
        if (!coverage.isPartial()) {
            return realign(source, target, List.of());
        }
        int[] r = coverage.widenedStretches();
        List<Bead> inner = realign(part(source, r[0], r[1]), part(target, r[2], r[3]), List.of());
        List<Bead> out = new ArrayList<>();
        for (int i = 0; i < r[0]; i++) {
            out.add(Bead.auto(List.of(i), List.of(), 1));
        }
        for (int j = 0; j < r[2]; j++) {
            out.add(Bead.auto(List.of(), List.of(j), 1));
        }
        for (Bead b : inner) {
            out.add(new Bead(b.source().stream().map(i -> i + r[0]).toList(),
                    b.target().stream().map(j -> j + r[2]).toList(), b.confidence(), b.status()));
        }
        for (int i = r[1]; i < source.size(); i++) {
            out.add(Bead.auto(List.of(i), List.of(), 1));
        }
        for (int j = r[3]; j < target.size(); j++) {
            out.add(Bead.auto(List.of(), List.of(j), 1));
        }
        return out;
    }

    /** Sentences [from, to) of a document, with the paragraphs they belong to. */
    private static SegmentedDocument part(SegmentedDocument doc, int from, int to) {
        int p0 = doc.segments().get(from).paragraph();
        int p1 = doc.segments().get(to - 1).paragraph();
        List<Segment> segments = new ArrayList<>();
        for (int i = from; i < to; i++) {
            segments.add(new Segment(doc.segments().get(i).text(),
                    doc.segments().get(i).paragraph() - p0));
        }
        return new SegmentedDocument(doc.name(), doc.language(), doc.paragraphs().subList(p0, p1 + 1), segments);
    }

    @Override
    public List<Bead> realign(SegmentedDocument source, SegmentedDocument target, List<Bead> fixed) {
        List<Bead> pairs = fixed.stream().filter(b -> !b.isOneSided()).toList();
        List<Bead> kept = checkedFixed(source, target, pairs);
        List<Bead> code = IdenticalCodePairs.find(source, target, fixed);
        if (!code.isEmpty()) {
            List<Bead> withCode = new ArrayList<>(pairs);
            withCode.addAll(code);
            kept = checkedFixed(source, target, withCode);
        }
        int n = source.size();
        int m = target.size();
        boolean[] sourceAlone = new boolean[n];
        boolean[] targetAlone = new boolean[m];
        List<Bead> alone = fixed.stream().filter(Bead::isOneSided).toList();
        for (Bead b : alone) {
            markAlone(source, target, b, kept, sourceAlone, targetAlone);
        }
        if (n == 0 || m == 0) {
            return UnpairedRuns.withFixed(oneSided(n, m), alone);
        }
        TextlessSentences.keepAlone(source, target, kept, sourceAlone, targetAlone);
        long t0 = System.nanoTime();
        Model model = new Model(source, target, new FixedAloneScorer(sourceAlone, targetAlone));
        debug("features %.2fs", t0);
        List<Bead> firstPass = model.firstPass();
        debug("first pass %.2fs", t0);
        model.learnFrom(firstPass);
        debug("learned %.2fs", t0);
        List<Bead> out = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (Bead f : kept) {
            int fs = f.source().isEmpty() ? s : f.source().get(0);
            int ft = f.target().isEmpty() ? t : f.target().get(0);
            out.addAll(model.secondPass(s, fs, t, ft, firstPass));
            out.add(f);
            s = fs + f.source().size();
            t = ft + f.target().size();
        }
        out.addAll(model.secondPass(s, n, t, m, firstPass));
        debug("second pass %.2fs", t0);
        out = BracketedAsides.split(out, kept, source.texts(), target.texts());
        out = model.unpairedCheck().check(out);
        debug("unpaired check %.2fs", t0);
        return UnpairedRuns.merge(out, alone, source.texts(), target.texts());
    }

    /** Checks a fixed one-sided bead (1-0, 0-1, n-0, 0-n) and marks its sentences as ones to keep alone. */
    private static void markAlone(SegmentedDocument source, SegmentedDocument target, Bead b, List<Bead> pairs,
            boolean[] sourceAlone, boolean[] targetAlone) {
        boolean onSource = !b.source().isEmpty();
        List<Integer> indexes = onSource ? b.source() : b.target();
        int size = onSource ? source.size() : target.size();
        boolean[] marks = onSource ? sourceAlone : targetAlone;
        if (indexes.get(indexes.size() - 1) >= size) {
            throw new AlignmentException(source.name() + ": fixed bead " + b.notation()
                    + " points beyond the documents (" + source.size() + " and " + target.size() + " sentences)");
        }
        for (int index : indexes) {
            if (marks[index]) {
                throw new AlignmentException(source.name() + ": fixed bead " + b.notation()
                        + " overlaps another fixed one-sided bead");
            }
            for (Bead p : pairs) {
                if ((onSource ? p.source() : p.target()).contains(index)) {
                    throw new AlignmentException(source.name() + ": fixed bead " + b.notation()
                            + " overlaps fixed bead " + p.notation());
                }
            }
            marks[index] = true;
        }
    }

    /**
     * Logs a stage's seconds since {@code start} at DEBUG level (see {@link #LOG}), and the CPU
     * seconds the thread has used so far: on a busy machine the wall-clock time says little.
     */
    private static void debug(String format, long start) {
        LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT, format, (System.nanoTime() - start) / 1e9)
                + String.format(Locale.ROOT, " (thread cpu %.2fs)",
                        java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9));
    }

    private static List<Bead> checkedFixed(SegmentedDocument source, SegmentedDocument target, List<Bead> fixed) {
        List<Bead> sorted = new ArrayList<>(fixed);
        sorted.sort(Comparator.comparingInt((Bead b) -> b.source().isEmpty() ? -1 : b.source().get(0))
                .thenComparingInt(b -> b.target().isEmpty() ? -1 : b.target().get(0)));
        int s = 0;
        int t = 0;
        for (Bead b : sorted) {
            if (b.isOneSided()) {
                throw new AlignmentException(source.name() + ": a fixed bead must pair sentences of both sides: "
                        + b.notation());
            }
            int bs = b.source().get(0);
            int bt = b.target().get(0);
            if (bs < s || bt < t) {
                throw new AlignmentException(source.name() + ": fixed bead " + b.notation()
                        + " overlaps or crosses another fixed bead");
            }
            s = bs + b.source().size();
            t = bt + b.target().size();
            if (s > source.size() || t > target.size()) {
                throw new AlignmentException(source.name() + ": fixed bead " + b.notation()
                        + " points beyond the documents (" + source.size() + " and " + target.size() + " sentences)");
            }
        }
        return sorted;
    }

    private static List<Bead> oneSided(int n, int m) {
        List<Bead> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Bead.auto(List.of(i), List.of(), 1));
        }
        for (int j = 0; j < m; j++) {
            out.add(Bead.auto(List.of(), List.of(j), 1));
        }
        return out;
    }

    /** Everything known about one document pair, refined between the passes. */
    private final class Model {
        final SideFeatures source;
        final SideFeatures target;
        final TypeLinks links;
        final double ratio;
        double variance = 6.8;
        LexicalScorer.LexicalModel lexicalModel;
        BeadTypePrior prior;
        /** What a miss of an identical word costs, fitted on the first pass ({@link IdenticalWords#fit}); null until then. */
        IdenticalWords identical;
        /** The punctuation scores fitted to the document pair ({@link PunctuationScorer#fit}); null until then. */
        double[][] punctuation;
        final FixedAloneScorer constraints;

        Model(SegmentedDocument sourceDoc, SegmentedDocument targetDoc, FixedAloneScorer constraints) {
            this.constraints = constraints;
            Features f = features(sourceDoc, targetDoc);
            source = f.source();
            target = f.target();
            links = f.links();
            long sc = source.charPrefix[source.size];
            long tc = target.charPrefix[target.size];
            ratio = sc == 0 || tc == 0 ? 1.0 : (double) tc / sc;
            prior = BeadTypePrior.standard(options);
        }

        List<Bead> firstPass() {
            List<Band.Point> anchors = new RareWordAnchors(options.anchorMaxOccurrences()).find(source, target, links);
            Band band = band(source.size, target.size, anchors, options.bandWidth());
            PairMatches matches = matches(0, 0, band);
            LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT, "anchors=%d cells=%d", anchors.size(), band.cells()));
            double chance = chance(matches, anchors);
            lexicalModel = new LexicalScorer.LexicalModel(options.initialTranslatedMatch(), chance,
                    options.paraphraseShare(), options.wordRarity(), neighbourFactor(matches, chance));
            return searchWidening(0, 0, band, matches, prior.upTo(FIRST_PASS_SENTENCES), options.temperature());
        }

        void learnFrom(List<Bead> firstPass) {
            List<Bead> confident = firstPass.stream()
                    .filter(b -> !b.isOneSided() && b.confidence() >= options.confidentPosterior()).toList();
            if (confident.size() < 10) {
                return;
            }
            fitLength(confident);
            fitPunctuation(firstPass);
            int learned = new DiceLexiconLearner(options.minDice(), 2, 3).learn(source, target, confident, links);
            LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT,
                    "confident=%d of %d variance=%.3f ratio=%.3f links=%d learned=%d model=%s",
                    confident.size(), firstPass.size(), variance, ratio, links.size(), learned, lexicalModel));
        }

        /**
         * The punctuation scores of the second pass ({@link PunctuationScorer#fit}): the first
         * pass's confident beads as translations, against each one's source with the next
         * confident bead's target and the reverse. With fewer than {@link #MIN_PUNCTUATION_PAIRS}
         * confident beads the scores stay as they were.
         */
        private void fitPunctuation(List<Bead> firstPass) {
            List<int[]> pairs = new ArrayList<>();
            List<int[]> neighbours = new ArrayList<>();
            Bead previous = null;
            for (Bead b : firstPass) {
                if (b.isOneSided()) {
                    continue;
                }
                boolean confident = b.confidence() >= options.confidentPosterior();
                if (confident) {
                    pairs.add(span(b, b));
                    if (previous != null) {
                        neighbours.add(span(previous, b));
                        neighbours.add(span(b, previous));
                    }
                }
                previous = confident ? b : null;
            }
            if (pairs.size() >= MIN_PUNCTUATION_PAIRS) {
                punctuation = PunctuationScorer.fit(source, target, pairs, neighbours, options.punctuationWeight());
                LOG.log(Level.DEBUG, () -> "punctuation scores (questions, exclamations; by difference 0-3): "
                        + Arrays.deepToString(punctuation));
            }
        }

        /** The source sentences of one bead and the target sentences of another: {from, to, from, to}. */
        private static int[] span(Bead sourceOf, Bead targetOf) {
            List<Integer> s = sourceOf.source();
            List<Integer> t = targetOf.target();
            return new int[] {s.get(0), s.get(s.size() - 1) + 1, t.get(0), t.get(t.size() - 1) + 1};
        }

        private void fitLength(List<Bead> confident) {
            double[] squares = confident.stream().filter(b -> b.shape().equals(BeadShape.ONE_ONE))
                    .mapToDouble(b -> {
                        double d = LengthScorer.delta(source.chars(b.source().get(0), 1),
                                target.chars(b.target().get(0), 1), ratio, 1.0);
                        return d * d;
                    }).sorted().toArray();
            if (squares.length >= 10) {
                // The mean square without the worst 2 %: the distribution has heavy tails, which
                // the median would ignore and the plain mean would let a few outliers inflate.
                int kept = squares.length - squares.length / 50;
                double sum = 0;
                for (int x = 0; x < kept; x++) {
                    sum += squares[x];
                }
                variance = Math.max(0.05, sum / kept);
            }
        }

        List<Bead> secondPass(int s0, int s1, int t0, int t1, List<Bead> firstPass) {
            int n = s1 - s0;
            int m = t1 - t0;
            if (n == 0 || m == 0) {
                List<Bead> out = new ArrayList<>();
                for (Bead b : oneSided(n, m)) {
                    out.add(Bead.auto(b.source().stream().map(i -> i + s0).toList(),
                            b.target().stream().map(j -> j + t0).toList(), 1));
                }
                return out;
            }
            List<Band.Point> points = new ArrayList<>();
            for (Bead b : firstPass) {
                int i = b.source().isEmpty() ? -1 : b.source().get(b.source().size() - 1) + 1;
                int j = b.target().isEmpty() ? -1 : b.target().get(b.target().size() - 1) + 1;
                if (i > s0 && i < s1 && j > t0 && j < t1) {
                    points.add(new Band.Point(i - s0, j - t0));
                }
            }
            Band band = band(n, m, points, options.refineWidth());
            PairMatches matches = matches(s0, t0, band);
            LexicalScorer.LexicalModel fitted = fitLexical(matches, firstPass, s0, s1, t0, t1);
            if (fitted != null) {
                lexicalModel = fitted;
            }
            if (identical == null) {
                identical = IdenticalWords.fit(source, target, links, matches, firstPass, options.confidentPosterior(),
                        lexicalModel.translated(), options.identicalMissWeight());
            }
            LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT, "pass 2 [%d,%d)x[%d,%d) cells=%d model=%s",
                    s0, s1, t0, t1, band.cells(), lexicalModel));
            return searchWidening(s0, t0, band, matches, prior, CONFIDENCE_TEMPERATURE);
        }

        private LexicalScorer.LexicalModel fitLexical(PairMatches matches, List<Bead> firstPass, int s0, int s1,
                int t0, int t1) {
            long matched = 0;
            long total = 0;
            List<Band.Point> confidentPoints = new ArrayList<>();
            for (Bead b : firstPass) {
                if (b.shape().equals(BeadShape.ONE_ONE) && b.confidence() >= options.confidentPosterior()
                        && b.source().get(0) >= s0 && b.source().get(0) < s1
                        && b.target().get(0) >= t0 && b.target().get(0) < t1) {
                    long[] mt = LexicalScorer.matchedAndTotal(source, target, matches, b.source().get(0),
                            b.target().get(0));
                    matched += mt[0];
                    total += mt[1];
                    confidentPoints.add(new Band.Point(b.source().get(0) + 1, b.target().get(0) + 1));
                }
            }
            if (total < 200) {
                return null;
            }
            double chance = chance(matches, confidentPoints);
            double observed = (double) matched / total;
            return new LexicalScorer.LexicalModel(Math.max(0.05, Math.min(0.95, observed)), chance,
                    options.paraphraseShare(), options.wordRarity(), neighbourFactor(matches, chance));
        }

        private Band band(int n, int m, List<Band.Point> points, int width) {
            if ((long) (n + 1) * (m + 1) <= options.fullMatrixCells()) {
                return Band.full(n, m);
            }
            // Wide enough for a long stretch without anchors, narrow enough to keep memory linear.
            int maxOffset = Math.max(4 * width, Math.max(n, m) / 20 + 50);
            maxOffset = Math.max(2 * width, Math.min(maxOffset, MAX_CELLS / 2 / (n + 1)));
            return Band.around(n, m, points, width, maxOffset);
        }

        private PairMatches matches(int s0, int t0, Band band) {
            int[] lo = new int[source.size];
            int[] hi = new int[source.size];
            int maxA = BeadTypePrior.MAX_SIZE;
            for (int s = 0; s < source.size; s++) {
                int r = s - s0;
                if (r < 0 || r >= band.rows()) {
                    continue;
                }
                lo[s] = t0 + Math.max(0, band.lo()[r + 1] - maxA);
                hi[s] = t0 + band.hi()[Math.min(band.rows(), r + maxA)];
            }
            return new PairMatches(source, target, links, links.sourceSurprise(1), links.targetSurprise(1), lo, hi);
        }

        /**
         * The probability that a word pair matches when the sentences are not translations of each
         * other but neighbours of translations: neighbours share the topic, so they match far more
         * often than random sentences, and merging a neighbour into a bead must not look like
         * evidence. Measured two and three sentences off the given points (anchors or confident
         * beads); from random pairs when there are too few.
         */
        private double chance(PairMatches matches, List<Band.Point> points) {
            long matched = 0;
            long products = 0;
            for (Band.Point p : points) {
                int s = p.i() - 1;
                for (int off : new int[] {-3, -2, 2, 3}) {
                    int t = p.j() - 1 + off;
                    if (s < 0 || s >= source.size || t < 0 || t >= target.size) {
                        continue;
                    }
                    matched += matches.sourceMatches(s, t) + matches.targetMatches(s, t);
                    products += 2L * source.wordCount(s) * target.wordCount(t);
                }
            }
            if (products < 20_000) {
                Random random = new Random(20_261_126L);
                int samples = Math.min(4000, source.size * target.size);
                for (int x = 0; x < samples; x++) {
                    int s = random.nextInt(source.size);
                    int t = random.nextInt(target.size);
                    matched += matches.sourceMatches(s, t) + matches.targetMatches(s, t);
                    products += 2L * source.wordCount(s) * target.wordCount(t);
                }
            }
            return products == 0 ? 0.01 : Math.max(1e-4, Math.min(0.2, (double) matched / products));
        }

        /** How much more often neighbours match than random sentence pairs (at least 1). */
        private double neighbourFactor(PairMatches matches, double neighbourChance) {
            double random = chance(matches, List.of());
            return Math.max(1, Math.min(20, neighbourChance / random));
        }

        /** The check of one-sided beads, with the model as the second pass left it. */
        UnpairedCheck unpairedCheck() {
            PairMatches onDemand = new PairMatches(source, target, links, links.sourceSurprise(1),
                    links.targetSurprise(1), new int[source.size], new int[source.size]);
            // without the misses of rare identical words: they lower the scores of the windows the
            // check compares a sentence's best match with, and strangers inserted in a text (the
            // check's own test) would look less alone
            LexicalScorer lexical = new LexicalScorer(source, target, onDemand, lexicalModel, options.lexicalWeight());
            List<BeadScorer> evidence = evidence(lexical);
            BeadScorer pair = (s, a, t, b) -> {
                double sum = 0;
                for (BeadScorer e : evidence) {
                    sum += e.score(s, a, t, b);
                }
                return sum;
            };
            return new UnpairedCheck(source, target, pair, lexical);
        }

        private LexicalScorer lexical(PairMatches matches) {
            return new LexicalScorer(source, target, matches, lexicalModel, options.lexicalWeight(), identical);
        }

        /**
         * The evidence that two stretches translate each other, with the model as it stands: length,
         * words, punctuation (and suspect cuts), paragraphs.
         */
        private List<BeadScorer> evidence(LexicalScorer lexical) {
            return List.of(new LengthScorer(source, target, ratio, variance, options.lengthWeight()), lexical,
                    new PunctuationScorer(source, target, options.punctuationWeight(), options.suspectCutWeight(),
                            punctuation),
                    new ParagraphScorer(source, target, options.paragraphWeight()));
        }

        /** What the search adds up: the shape prior, the evidence, the user's fixed and one-sided sentences. */
        private BandedSearch search(PairMatches matches, BeadTypePrior shapes, double temperature) {
            List<BeadScorer> scorers = new ArrayList<>();
            scorers.add(shapes);
            scorers.addAll(evidence(lexical(matches)));
            if (constraints.keepsAnyAlone()) {
                scorers.add(constraints);
            }
            return new BandedSearch(shapes.shapes(), scorers, temperature);
        }

        private List<Bead> searchWidening(int s0, int t0, Band band, PairMatches matches, BeadTypePrior shapes,
                double temperature) {
            Band current = band;
            long start = System.nanoTime();
            BandedSearch.Result result = search(matches, shapes, temperature).run(s0, t0, current);
            debug("  search %.2fs", start);
            for (int attempt = 0; attempt < 3 && result.touchedEdge(); attempt++) {
                Band wider = current.widened(options.bandWidth() << attempt);
                if (wider.cells() > MAX_CELLS) {
                    break;
                }
                current = wider;
                debug("  widening %.2fs", start);
                result = search(matches(s0, t0, current), shapes, temperature).run(s0, t0, current);
            }
            return result.beads();
        }
    }

    @Override
    public String toString() {
        return "LengthLexicalAligner" + Arrays.asList(options);
    }
}
