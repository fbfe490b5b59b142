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
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.lang.WordClass;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;

/**
 * {@code spelling-variant}: one text writing a word in several ways: -ise and -ize
 * ("self-organisation" 92 times, "self-organization" once), -our and -or, hyphenated or solid or
 * spaced ("co-ordination", "coordination", "co ordination"), with or without accents ("rôle",
 * "role"). Two spellings that the tagger knows as different words ("ou"/"où", "a"/"à") are not
 * variants, nor are passages and words left in another language ("details" beside "détails" in a
 * French text, see {@link ForeignWords}). Works on one document.
 *
 * <pre>{@code
 * new SpellingVariantCheck(LanguageKnowledge.tagger(Language.of("en"))).check(document);
 * }</pre>
 */
public final class SpellingVariantCheck implements MonolingualCheck {
    public static final String ID = "spelling-variant";
    private static final int MIN_LETTERS = 4;
    private static final int MAX_SPACED_PARTS = 3;

    private final Tagger tagger;
    private final SpellingNormaliser normaliser;
    private final ForeignWords foreign;

    public SpellingVariantCheck(Tagger tagger) {
        this(tagger, List.of());
    }

    /** {@code otherLanguages}: the taggers of languages passages of the text may be left in (a project's source). */
    public SpellingVariantCheck(Tagger tagger, List<Tagger> otherLanguages) {
        this(tagger, new ForeignWords(otherLanguages));
    }

    /** With the look-ups of another language that the other spelling check shares ({@link CheckSuite}). */
    SpellingVariantCheck(Tagger tagger, ForeignWords foreign) {
        this.tagger = tagger;
        this.normaliser = SpellingNormaliser.forCode(tagger.language().code());
        this.foreign = foreign;
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
            // a passage left in another language spells that language's words ("role" in a French text)
            tagged.add(foreign.isForeign(tokens) ? List.of() : tokens);
            for (int k = 0; k < tagged.get(i).size(); k++) {
                TaggedToken t = tokens.get(k);
                if (!isWord(t) || WordContext.isCode(tokens, k) || foreign.isForeignWord(tokens, k)) {
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
        // spaced compounds ("self organisation", "up to date", "web site") count only where a competing
        // hyphenated or closed form exists
        for (int i = 0; i < tagged.size(); i++) {
            List<TaggedToken> tokens = tagged.get(i);
            for (int k = 0; k + 1 < tokens.size(); k++) {
                for (int n = 2; n <= MAX_SPACED_PARTS && k + n <= tokens.size(); n++) {
                    List<TaggedToken> parts = tokens.subList(k, k + n);
                    if (!spacedParts(parts)) {
                        break;
                    }
                    StringBuilder joined = new StringBuilder();
                    parts.forEach(p -> joined.append(p.folded()));
                    Map<String, Set<Integer>> forms = byKey.get(normaliser.key(joined.toString()));
                    if (forms != null && competes(forms.keySet(), parts, predicative, tokenOf)) {
                        forms.computeIfAbsent(String.join(" ", parts.stream().map(TaggedToken::folded).toList()),
                                x -> new LinkedHashSet<>()).add(i);
                    }
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
            findings.add(Finding.builder(ID).severity(Severity.WARNING).side(Side.TARGET)
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

    /**
     * True when a spaced sequence competes with a form of the same key: "working-class area" beside
     * "the working class" is English grammar, so only a hyphenated form used other than before a
     * noun competes ("up-to-date" in "the list is up-to-date"), or a closed noun when every part is
     * a noun ("website", "web site"). A verb among the parts makes another phrase ("peut être" is
     * not "peut-être", "may be" not "maybe").
     */
    private static boolean competes(Set<String> forms, List<TaggedToken> parts, Set<String> predicative,
                                    Map<String, TaggedToken> tokenOf) {
        if (parts.stream().anyMatch(SpellingVariantCheck::onlyVerb)) {
            return false;
        }
        if (forms.stream().anyMatch(predicative::contains)) {
            return true;
        }
        boolean nouns = parts.stream().allMatch(p -> p.wordClass().isNominal());
        return nouns && forms.stream().anyMatch(f -> !f.contains("-") && !f.contains(" ") && tokenOf.containsKey(f)
                && tokenOf.get(f).wordClass().isNominal());
    }

    private static boolean onlyVerb(TaggedToken t) {
        return t.isKnown() && t.readings().stream().allMatch(r -> r.wordClass() == WordClass.VERB);
    }

    /** Whole words of letters separated by spaces: the parts of a spaced compound (the parts may be short: "up to date"). */
    private static boolean spacedParts(List<TaggedToken> parts) {
        for (int i = 0; i < parts.size(); i++) {
            TaggedToken p = parts.get(i);
            if (!p.text().codePoints().allMatch(Character::isLetter) || (i > 0 && !p.spaceBefore())) {
                return false;
            }
        }
        return true;
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
