package org.visavis.termbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.WordClass;
import org.visavis.model.Alignment;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.terms.LeftOutOccurrences;

/**
 * Plants single deviations in a real alignment: for recurring terms with a dominant rendering,
 * one or two beads get, in place of that rendering, a word of the same stem ({@link
 * DeviationKind#INFLECTION}), a synonym from the lexicon's entries of one word ({@link
 * DeviationKind#SYNONYM}) or another rendering the text uses where it translates ({@link
 * DeviationKind#CORPUS_RENDERING}). The terms planted in
 * one round share no word, on either side, and no bead holds two cases; the rendering keeps a
 * clear majority (at least twice as many beads as the deviation, and three). What a translator
 * rightly varies is not planted: a general word ("example", "number", {@link GeneralWordLists}),
 * a word of the same stem in another word class ("developed" for "developers" is a broken
 * sentence, not a term slip), a rendering of the term that the lexicon gives no support where it
 * knows the term's words ("Guidelines" for "logiciel libre"). Everything random
 * comes from the given {@link Random}, so a seed gives the same cases.
 */
final class DeviationPlanter {
    private static final int MIN_KEPT = 3;
    private static final int MIN_STEM = 4;

    private final BenchCorpus corpus;
    private final LexiconSupport lexicon;
    private final List<TermRendering> renderings;
    private final GeneralWordLists general;
    private final Random random;
    private int kindCursor;

    DeviationPlanter(BenchCorpus corpus, LexiconSupport lexicon, List<TermRendering> renderings,
                     GeneralWordLists general, Random random) {
        this.corpus = corpus;
        this.lexicon = lexicon;
        this.renderings = List.copyOf(renderings);
        this.general = general;
        this.random = random;
        this.kindCursor = random.nextInt(DeviationKind.values().length);
    }

    /**
     * Plants up to {@code max} cases on terms not in {@code usedTerms} (which it extends), single
     * and multi-word terms in turn.
     */
    PlantedRound plant(String pair, int round, int max, Set<String> usedTerms) {
        List<TermRendering> single = new ArrayList<>();
        List<TermRendering> multi = new ArrayList<>();
        for (TermRendering r : renderings) {
            if (!usedTerms.contains(r.sourceKey()) && !general.isGeneral(r)) {
                (r.isMultiWord() ? multi : single).add(r);
            }
        }
        java.util.Collections.shuffle(single, random);
        java.util.Collections.shuffle(multi, random);
        List<TermRendering> order = new ArrayList<>();
        for (int i = 0; i < Math.max(single.size(), multi.size()); i++) {
            if (i < multi.size()) {
                order.add(multi.get(i));
            }
            if (i < single.size()) {
                order.add(single.get(i));
            }
        }
        Set<String> roundWords = new HashSet<>();
        Set<Integer> roundBeads = new HashSet<>();
        List<PlantedCase> cases = new ArrayList<>();
        Map<Integer, String> newTexts = new LinkedHashMap<>();
        for (TermRendering term : order) {
            if (cases.size() >= max) {
                break;
            }
            Set<String> words = wordsOf(term);
            if (words.stream().anyMatch(roundWords::contains)) {
                continue;
            }
            List<Integer> beads = candidateBeads(term, roundBeads);
            int wanted = beads.size() >= 2 && random.nextBoolean() ? 2 : 1;
            int available = checkedBeads(term);
            if (beads.isEmpty() || available - wanted < Math.max(MIN_KEPT, 2 * wanted)) {
                wanted = 1;
                if (beads.isEmpty() || available - 1 < MIN_KEPT + 1) {
                    continue;
                }
            }
            java.util.Collections.shuffle(beads, random);
            List<Integer> chosen = new ArrayList<>(beads.subList(0, wanted));
            chosen.sort(Comparator.naturalOrder());
            Optional<PlantedCase> planted = plantOne(pair, round, term, chosen);
            if (planted.isEmpty()) {
                continue;
            }
            PlantedCase c = planted.get();
            cases.add(c);
            usedTerms.add(term.sourceKey());
            roundWords.addAll(words);
            roundBeads.addAll(chosen);
            for (int i = 0; i < chosen.size(); i++) {
                BeadSide side = corpus.target(chosen.get(i));
                TermSpan span = side.spans(term.renderingKey()).get(0);
                int sentence = side.words().get(span.from()).sentence();
                newTexts.put(sentence, c.after().get(i));
            }
        }
        return new PlantedRound(round, withTargetSentences(corpus.alignment(), newTexts), cases);
    }

    private Set<String> wordsOf(TermRendering term) {
        Set<String> words = new HashSet<>();
        for (String w : term.sourceKey().split(" ")) {
            words.add("s:" + w);
        }
        for (String w : term.renderingKey().split(" ")) {
            words.add("t:" + w);
        }
        return words;
    }

    /**
     * The beads that give the term its dominant rendering where term discovery checks it (not
     * left out, not inside a longer recurring term): the majority the rendering keeps is counted
     * there ("class" → "classe" in six beads, four of them in code and untranslated examples, is
     * no majority of two against the planted deviation).
     */
    private int checkedBeads(TermRendering term) {
        int n = 0;
        for (int b : term.renderedBeads()) {
            if (!leftOut(term, corpus.source(b), corpus.target(b)) && !nested(term, b)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The beads where the term occurs once in the source, its rendering once in the target, and
     * no longer recurring term holds it: there the deviation is one, and it is
     * this term's.
     */
    private List<Integer> candidateBeads(TermRendering term, Set<Integer> taken) {
        List<Integer> out = new ArrayList<>();
        for (int b : term.renderedBeads()) {
            if (taken.contains(b)) {
                continue;
            }
            BeadSide source = corpus.source(b);
            BeadSide target = corpus.target(b);
            if (source.spans(term.sourceKey()).size() == 1 && target.spans(term.renderingKey()).size() == 1
                    && !leftOut(term, source, target) && !nested(term, b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** True when a longer term met in other beads holds the term or its rendering in bead {@code b}. */
    private boolean nested(TermRendering term, int b) {
        for (TermSpan s : corpus.source(b).terms()) {
            if (s.length() > term.sourceKey().split(" ").length && contains(s.key(), term.sourceKey())
                    && corpus.sourceBeads(s.key()).size() >= 2) {
                return true;
            }
        }
        for (TermSpan t : corpus.target(b).terms()) {
            if (t.length() > term.renderingKey().split(" ").length && contains(t.key(), term.renderingKey())
                    && corpus.targetBeads(t.key()).size() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * True where term discovery rightly checks nothing, so that no reviser would call a change
     * there a term's deviation: a single source word that qualifies a noun beside it ("the
     * official Linux kernel", "left side": an adjective, not a term), the term or its rendering
     * glued to code ("path/to/variable"), a bead left untranslated ("stands for" in a French
     * text that kept the English table).
     */
    private static boolean leftOut(TermRendering term, BeadSide source, BeadSide target) {
        TermSpan s = source.spans(term.sourceKey()).get(0);
        TermSpan t = target.spans(term.renderingKey()).get(0);
        if (s.length() == 1 && source.words().get(s.from()).modifier()) {
            return true;
        }
        if (source.words(s).stream().anyMatch(BeadWord::glued) || target.words(t).stream().anyMatch(BeadWord::glued)) {
            return true;
        }
        return LeftOutOccurrences.untranslated(source.tokens(), target.tokens());
    }

    static boolean contains(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private Optional<PlantedCase> plantOne(String pair, int round, TermRendering term, List<Integer> beads) {
        DeviationKind[] kinds = DeviationKind.values();
        for (int k = 0; k < kinds.length; k++) {
            DeviationKind kind = kinds[(kindCursor + k) % kinds.length];
            Optional<PlantedCase> c = plant(pair, round, term, beads, kind);
            if (c.isPresent()) {
                kindCursor = (kindCursor + k + 1) % kinds.length;
                return c;
            }
        }
        return Optional.empty();
    }

    private Optional<PlantedCase> plant(String pair, int round, TermRendering term, List<Integer> beads,
                                        DeviationKind kind) {
        int first = beads.get(0);
        BeadSide source = corpus.source(first);
        BeadSide target = corpus.target(first);
        List<BeadWord> sourceWords = source.words(source.spans(term.sourceKey()).get(0));
        TermSpan span = target.spans(term.renderingKey()).get(0);
        List<BeadWord> renderingWords = target.words(span);
        Optional<Replacement> replacement = switch (kind) {
            case SYNONYM -> synonym(sourceWords, renderingWords);
            case INFLECTION -> sameStem(renderingWords);
            case CORPUS_RENDERING -> otherRendering(term, sourceWords);
        };
        if (replacement.isEmpty()) {
            return Optional.empty();
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        String plantedText = null;
        for (int b : beads) {
            BeadSide side = corpus.target(b);
            TermSpan here = side.spans(term.renderingKey()).get(0);
            BeadWord from = side.words().get(here.from() + replacement.get().from());
            BeadWord to = side.words().get(here.from() + replacement.get().to() - 1);
            String sentence = corpus.alignment().target().segments().get(from.sentence()).text();
            String replaced = sentence.substring(from.start(), to.end());
            String text = replacement.get().forms().getOrDefault(from.tag(), replacement.get().text());
            text = likeCase(text, replaced);
            before.add(sentence);
            after.add(sentence.substring(0, from.start()) + text + sentence.substring(to.end()));
            if (plantedText == null) {
                plantedText = sentence.substring(side.words().get(here.from()).start(), from.start()) + text
                        + sentence.substring(to.end(), side.words().get(here.to() - 1).end());
            }
        }
        // the planted text must no longer hold the dominant rendering, nor as a part of a
        // compound ("pseudo-package" still renders "pseudo-paquet" with the usual word)
        for (String a : after) {
            List<TaggedToken> tokens = corpus.targetTagger().tag(a);
            String lemmas = " " + String.join(" ", tokens.stream().map(TaggedToken::lemma).toList()) + " ";
            String parts = " " + String.join(" ", tokens.stream()
                    .flatMap(t -> List.of(t.lemma().split("[-\u2010\u2011/]")).stream()).toList()) + " ";
            if (lemmas.contains(" " + term.renderingKey() + " ") || parts.contains(" " + term.renderingKey() + " ")) {
                return Optional.empty();
            }
        }
        String plantedKey = String.join(" ", corpus.targetTagger().tag(plantedText).stream()
                .filter(TaggedToken::isWord).map(TaggedToken::lemma).toList());
        return Optional.of(new PlantedCase(pair, round, kind, term, plantedText, plantedKey, beads, before, after));
    }

    /**
     * What replaces words {@code from} to {@code to} of the rendering: a text, and forms of it by
     * the tagger's tag of the first replaced word (so that "packages" becomes "parcels" where the
     * text has that form).
     */
    private record Replacement(int from, int to, String text, Map<String, String> forms) {
    }

    private Optional<Replacement> synonym(List<BeadWord> sourceWords, List<BeadWord> rendering) {
        List<Replacement> options = new ArrayList<>();
        List<Replacement> attested = new ArrayList<>();
        for (int i = 0; i < rendering.size(); i++) {
            BeadWord t = rendering.get(i);
            if (!t.isContent()) {
                continue;
            }
            Set<String> lemmas = new HashSet<>();
            rendering.forEach(w -> lemmas.add(w.lemma()));
            for (BeadWord s : sourceWords) {
                if (!lexicon.translates(s, t)) {
                    continue;
                }
                for (String alt : lexicon.translations(s, t)) {
                    if (alt.matches("\\p{L}{3,}") && !lemmas.contains(alt) && sameClass(alt, t.wordClass())
                            && !sharesStem(alt, t.lemma()) && !isSpellingVariant(alt, t.lemma())) {
                        Replacement r = new Replacement(i, i + 1, alt, formsOf(alt));
                        (corpus.targetLemmas().contains(alt) ? attested : options).add(r);
                    }
                }
            }
        }
        // a synonym the text itself uses is the slip a translator makes; the others are the lexicon's noise
        return pick(attested.isEmpty() ? options : attested);
    }

    private Optional<Replacement> sameStem(List<BeadWord> rendering) {
        List<Replacement> options = new ArrayList<>();
        Set<String> lemmas = new HashSet<>();
        rendering.forEach(w -> lemmas.add(w.lemma()));
        List<String> known = new ArrayList<>(corpus.targetLemmas());
        known.sort(Comparator.naturalOrder());
        for (int i = 0; i < rendering.size(); i++) {
            BeadWord t = rendering.get(i);
            if (!t.isContent() || t.lemma().length() < MIN_STEM + 1) {
                continue;
            }
            for (String l : known) {
                if (!lemmas.contains(l) && sharesStem(l, t.lemma()) && !l.contains("-")
                        && !t.lemma().startsWith(l)) { // "config" for "configuration" is a clipping, the same word

                    String form = corpus.targetForm(l, t.tag()).orElse(corpus.targetForms(l).iterator().next());
                    boolean inRendering = rendering.stream().anyMatch(w -> w.text().equalsIgnoreCase(form));
                    // the same word class as the word replaced: "installation" for "installer", not "developed" for "developers"
                    if (!inRendering && t.wordClass().isNominal() && sameClass(form, t.wordClass())) {
                        options.add(new Replacement(i, i + 1, form, formsOf(l)));
                    }
                }
            }
        }
        return pick(options);
    }

    private Optional<Replacement> otherRendering(TermRendering term, List<BeadWord> sourceWords) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Boolean> supported = new HashMap<>();
        Map<String, Boolean> partlySupported = new HashMap<>();
        Map<String, Integer> contentWords = new HashMap<>();
        for (int b : corpus.sourceBeads(term.sourceKey())) {
            if (corpus.targetBeads(term.renderingKey()).contains(b)) {
                continue;
            }
            BeadSide target = corpus.target(b);
            if (LeftOutOccurrences.untranslated(corpus.source(b).tokens(), target.tokens())) {
                // a passage left in the source's language renders nothing: its words are the
                // source's ("main" of "main server", "DATA" of the GPL's capitals kept in English)
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (TermSpan t : target.terms()) {
                if (seen.add(t.key()) && !contains(t.key(), term.renderingKey()) && !contains(term.renderingKey(), t.key())) {
                    counts.merge(t.key(), 1, Integer::sum);
                    supported.merge(t.key(), lexicon.renders(sourceWords, target.words(t)), Boolean::logicalOr);
                    partlySupported.merge(t.key(), lexicon.rendersPart(sourceWords, target.words(t)), Boolean::logicalOr);
                    contentWords.put(t.key(), (int) target.words(t).stream().filter(BeadWord::isContent).count());
                }
            }
        }
        String best = null;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            // a rendering the lexicon supports, wholly, or in part and twice; or one the text gives
            // the term three times, mostly where the term is (not a word of the subject matter,
            // like "e-mail" beside "système")
            // (and no longer than the term: "Démarrage du programme" beside "disk" in three beads
            // is the rendering of a longer phrase, "premier utilisateur" of "default user")
            boolean specific = e.getValue() >= 3 && !lexicon.knowsAny(sourceWords)
                    && 10 * e.getValue() >= 6 * corpus.targetBeads(e.getKey()).size()
                    && contentWords.get(e.getKey()) <= sourceWords.stream().filter(BeadWord::isContent).count();
            boolean partly = e.getValue() >= 2 && partlySupported.get(e.getKey());
            if (!supported.get(e.getKey()) && !partly && !specific) {
                continue;
            }
            int score = e.getValue() + (supported.get(e.getKey()) ? 1000 : 0);
            if (best == null || score > bestCount || (score == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int length = term.renderingKey().split(" ").length;
        return Optional.of(new Replacement(0, length, corpus.commonestForm(best, false), Map.of()));
    }

    private Optional<Replacement> pick(List<Replacement> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(options.get(random.nextInt(options.size())));
    }

    /** The forms of a lemma seen in the target text, by tag. */
    private Map<String, String> formsOf(String lemma) {
        Map<String, String> forms = new HashMap<>();
        for (String tag : tagsOf(lemma)) {
            corpus.targetForm(lemma, tag).ifPresent(f -> forms.put(tag, f));
        }
        return forms;
    }

    private Set<String> tagsOf(String lemma) {
        Set<String> tags = new HashSet<>();
        for (String form : corpus.targetForms(lemma)) {
            for (TaggedToken t : corpus.targetTagger().tag(form)) {
                for (TaggedToken.Reading r : t.readings()) {
                    tags.add(r.tag());
                }
            }
        }
        return tags;
    }

    /** True when the word alone is one token the tagger knows and takes for a word of that class. */
    private boolean sameClass(String word, WordClass wanted) {
        List<TaggedToken> tokens = corpus.targetTagger().tag(word);
        return tokens.size() == 1 && tokens.get(0).isKnown() && tokens.get(0).wordClass() == wanted;
    }

    /** Two different words of one stem: "packaging" and "package", "mirroring" and "mirror". */
    static boolean sharesStem(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(MIN_STEM + 2, Math.min(a.length(), b.length()) - 2);
    }

    /** "licence" and "license": one word spelt two ways, which is the spelling check's business. */
    static boolean isSpellingVariant(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= 2;
    }

    private static String likeCase(String text, String original) {
        if (original.length() > 1 && original.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return text.toUpperCase(Locale.ROOT);
        }
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0)) && !text.isEmpty()) {
            return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }

    /** The alignment with some target sentences rewritten (by sentence index). */
    static Alignment withTargetSentences(Alignment alignment, Map<Integer, String> texts) {
        SegmentedDocument t = alignment.target();
        List<Segment> segments = new ArrayList<>(t.segments());
        texts.forEach((i, text) -> segments.set(i, new Segment(text, segments.get(i).paragraph())));
        SegmentedDocument target = new SegmentedDocument(t.name(), t.language(), t.paragraphs(), segments);
        return new Alignment(alignment.source(), target, alignment.beads());
    }
}
