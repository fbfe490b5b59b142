package org.visavis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;

/**
 * {@code spelling-convention}: a text that mixes spelling conventions across different words,
 * "organisation" and "realise" (-ise) beside "globalization" (-ize), "labour" beside "color". The
 * minority convention's words are reported with the majority's count: "-ize in a text that
 * mostly writes -ise (119 words): “globalization” (1), “reorganization” (1)". The conventions are
 * data ({@code spelling-conventions.tsv}); passages in another language and code are left alone.
 * Works on one document.
 *
 * <pre>{@code
 * new SpellingConventionCheck(LanguageKnowledge.tagger(Language.of("en"))).check(document);
 * }</pre>
 */
public final class SpellingConventionCheck implements MonolingualCheck {
    public static final String ID = "spelling-convention";
    private static final int SHOWN_MAJORITY_WORDS = 3;

    private final Tagger tagger;
    private final SpellingConventions conventions;
    private final ForeignWords foreign;

    public SpellingConventionCheck(Tagger tagger) {
        this(tagger, List.of());
    }

    /** {@code otherLanguages}: the taggers of languages passages of the text may be left in (a project's source). */
    public SpellingConventionCheck(Tagger tagger, List<Tagger> otherLanguages) {
        this(tagger, new ForeignWords(otherLanguages));
    }

    /** With the look-ups of another language that the other spelling check shares ({@link CheckSuite}). */
    SpellingConventionCheck(Tagger tagger, ForeignWords foreign) {
        this.tagger = tagger;
        this.conventions = SpellingConventions.bundled();
        this.foreign = foreign;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(SegmentedDocument document) {
        if (!conventions.hasRules(tagger.language().code())) {
            return List.of();
        }
        // convention -> side -> word -> sentences
        Map<String, List<Map<String, Set<Integer>>>> seen = new TreeMap<>();
        for (int i = 0; i < document.size(); i++) {
            List<TaggedToken> tokens = tagger.tag(document.segments().get(i).text());
            if (foreign.isForeign(tokens)) {
                continue;
            }
            for (int k = 0; k < tokens.size(); k++) {
                TaggedToken t = tokens.get(k);
                if (!t.text().codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\u2010' || c == '\u2011')
                        || WordContext.isCode(tokens, k) || foreign.isForeignWord(tokens, k)) {
                    continue;
                }
                int sentence = i;
                conventions.spellingOf(t, tagger).ifPresent(spelling -> seen
                        .computeIfAbsent(spelling.convention(), x -> List.of(new TreeMap<>(), new TreeMap<>()))
                        .get(spelling.variant()).computeIfAbsent(t.folded(), x -> new LinkedHashSet<>()).add(sentence));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (var e : seen.entrySet()) {
            List<Map<String, Set<Integer>>> sides = e.getValue();
            if (sides.get(0).isEmpty() || sides.get(1).isEmpty()) {
                continue;
            }
            int first = occurrences(sides.get(0));
            int second = occurrences(sides.get(1));
            int minority = first < second ? 0 : 1;
            SpellingConventions.Spelling minor = new SpellingConventions.Spelling(e.getKey(), minority);
            Map<String, Set<Integer>> words = sides.get(minority);
            Map<String, Set<Integer>> major = sides.get(1 - minority);
            Map<String, List<Integer>> renderings = new LinkedHashMap<>();
            List<Integer> sentences = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            words.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(w -> {
                renderings.put(w.getKey(), List.copyOf(w.getValue()));
                sentences.addAll(w.getValue());
                parts.add("“" + w.getKey() + "” (" + w.getValue().size() + ")");
            });
            List<String> examples = major.entrySet().stream()
                    .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                    .limit(SHOWN_MAJORITY_WORDS).map(w -> "“" + w.getKey() + "”").toList();
            int majorCount = occurrences(major);
            findings.add(Finding.builder(ID).severity(Severity.WARNING).side(Side.TARGET).subject(minor.name())
                    .message(minor.name() + " spellings in a text that mostly writes " + minor.otherName() + " ("
                            + String.join(", ", examples) + (major.size() > examples.size() ? ", …" : "") + ": "
                            + majorCount + (majorCount == 1 ? " word" : " words") + "): " + String.join(", ", parts))
                    .beads(sentences).renderings(renderings).highlights(renderings.keySet()).build());
        }
        return findings;
    }

    private static int occurrences(Map<String, Set<Integer>> words) {
        return words.values().stream().mapToInt(Set::size).sum();
    }
}
