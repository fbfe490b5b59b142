package org.visavis.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.SegmentedDocument;

/**
 * {@code spelling-variant}: one text writing a word in several ways: -ise and -ize
 * ("self-organisation" 92 times, "self-organization" once), -our and -or, hyphenated or solid or
 * spaced ("co-ordination", "coordination", "co ordination"), with or without accents ("rôle",
 * "role"). Two spellings that the tagger knows as different words ("ou"/"où", "a"/"à") are not
 * variants. Works on one document.
 *
 * <pre>{@code
 * new SpellingVariantCheck(LanguageToolTagger.forLanguage(Language.of("en"))).check(document);
 * }</pre>
 */
public final class SpellingVariantCheck implements MonolingualCheck {
    public static final String ID = "spelling-variant";
    private static final int MIN_LETTERS = 4;

    private final Tagger tagger;
    private final SpellingNormaliser normaliser;

    public SpellingVariantCheck(Tagger tagger) {
        this.tagger = tagger;
        this.normaliser = SpellingNormaliser.forCode(tagger.language().code());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(SegmentedDocument document) {
        // key -> form (lower case) -> sentence indexes
        Map<String, Map<String, Set<Integer>>> byKey = new LinkedHashMap<>();
        Map<String, TaggedToken> tokenOf = new LinkedHashMap<>();
        Set<String> predicative = new HashSet<>(); // hyphenated forms seen other than before a noun
        List<List<TaggedToken>> tagged = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            List<TaggedToken> tokens = tagger.tag(document.segments().get(i).text());
            tagged.add(tokens);
            for (int k = 0; k < tokens.size(); k++) {
                TaggedToken t = tokens.get(k);
                if (!isWord(t)) {
                    continue;
                }
                String form = t.folded();
                if (form.contains("-") && !(k + 1 < tokens.size() && tokens.get(k + 1).wordClass().isNominal())) {
                    predicative.add(form);
                }
                byKey.computeIfAbsent(normaliser.key(form), x -> new LinkedHashMap<>())
                        .computeIfAbsent(form, x -> new LinkedHashSet<>()).add(i);
                tokenOf.putIfAbsent(form, t);
            }
        }
        // spaced compounds ("self organisation") count only where a hyphenated form exists
        for (int i = 0; i < tagged.size(); i++) {
            List<TaggedToken> tokens = tagged.get(i);
            for (int k = 0; k + 1 < tokens.size(); k++) {
                TaggedToken a = tokens.get(k);
                TaggedToken b = tokens.get(k + 1);
                if (!isWord(a) || !isWord(b) || !b.spaceBefore()) {
                    continue;
                }
                String key = normaliser.key(a.folded() + b.folded());
                Map<String, Set<Integer>> forms = byKey.get(key);
                // "working-class area" beside "the working class" is English grammar, not a variant:
                // only a hyphenated form used other than before a noun competes with the spaced one
                if (forms != null && forms.keySet().stream().anyMatch(predicative::contains)) {
                    forms.computeIfAbsent(a.folded() + " " + b.folded(), x -> new LinkedHashSet<>()).add(i);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            Map<String, Set<Integer>> forms = withoutDistinctWords(e.getValue(), tokenOf);
            if (forms.size() < 2) {
                continue;
            }
            List<Map.Entry<String, Set<Integer>>> sorted = new ArrayList<>(forms.entrySet());
            sorted.sort(Comparator.comparingInt((Map.Entry<String, Set<Integer>> x) -> -x.getValue().size())
                    .thenComparing(Map.Entry::getKey));
            Map<String, List<Integer>> renderings = new LinkedHashMap<>();
            List<Integer> sentences = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (var f : sorted) {
                renderings.put(f.getKey(), List.copyOf(f.getValue()));
                sentences.addAll(f.getValue());
                parts.add("“" + f.getKey() + "” (" + f.getValue().size() + ")");
            }
            findings.add(Finding.builder(ID).severity(Severity.WARNING).side(Finding.Side.TARGET)
                    .subject(sorted.get(0).getKey()).message("spelled " + forms.size() + " ways: " + String.join(", ", parts))
                    .beads(deviating(sorted)).contextBeads(sentences).renderings(renderings).highlights(renderings.keySet())
                    .reason("one word written in several ways in the same text").build());
        }
        return findings;
    }

    /** The sentences of the rarer spellings when one spelling is the usual one; else all of them. */
    private static List<Integer> deviating(List<Map.Entry<String, Set<Integer>>> byFrequency) {
        List<Integer> rarer = new ArrayList<>();
        boolean oneUsual = byFrequency.get(0).getValue().size() > byFrequency.get(1).getValue().size();
        for (int i = oneUsual ? 1 : 0; i < byFrequency.size(); i++) {
            rarer.addAll(byFrequency.get(i).getValue());
        }
        return rarer;
    }

    private static boolean isWord(TaggedToken t) {
        String s = t.text();
        return s.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS
                && s.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\u2010' || c == '\u2011')
                && !s.startsWith("-") && !s.endsWith("-");
    }

    /**
     * Drops forms that are words of their own: two forms differing by accents that the tagger
     * knows with different lemmas, and hyphenated forms whose parts are not words (a line-end
     * hyphen left by extraction, "organi-sation", is not a spelling).
     */
    private Map<String, Set<Integer>> withoutDistinctWords(Map<String, Set<Integer>> forms,
                                                           Map<String, TaggedToken> tokenOf) {
        if (forms.size() < 2) {
            return forms;
        }
        Map<String, Set<Integer>> kept = new LinkedHashMap<>();
        for (var f : forms.entrySet()) {
            String form = f.getKey();
            if (form.contains("-") && !form.contains(" ") && !partsAreWords(form)) {
                continue;
            }
            kept.put(form, f.getValue());
        }
        List<String> names = new ArrayList<>(kept.keySet());
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                if (SpellingNormaliser.withoutAccents(a).equals(SpellingNormaliser.withoutAccents(b))
                        && knownApart(tokenOf.get(a), tokenOf.get(b))) {
                    distinct.add(a);
                    distinct.add(b);
                }
            }
        }
        distinct.forEach(kept::remove);
        return kept;
    }

    private boolean partsAreWords(String hyphenated) {
        for (String part : hyphenated.split("[-\u2010\u2011]")) {
            if (part.isEmpty()) {
                return false;
            }
            if (part.length() == 1) {
                continue; // "e-mail", "x-ray": a letter as prefix
            }
            List<TaggedToken> t = tagger.tag(part);
            if (t.size() != 1 || !t.get(0).isKnown()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the tagger knows both forms as different words: their readings (lemma without
     * accents, tag) differ, as "ou" (conjunction) and "où" (adverb) do, while "rôle" and "role" are
     * one noun.
     */
    private static boolean knownApart(TaggedToken a, TaggedToken b) {
        if (a == null || b == null || !a.isKnown() || !b.isKnown()) {
            return false;
        }
        return !readings(a).equals(readings(b));
    }

    private static Set<String> readings(TaggedToken t) {
        Set<String> r = new HashSet<>();
        for (TaggedToken.Reading reading : t.readings()) {
            r.add(SpellingNormaliser.withoutAccents(reading.lemma()).toLowerCase(Locale.ROOT) + "|" + reading.tag());
        }
        return r;
    }
}
