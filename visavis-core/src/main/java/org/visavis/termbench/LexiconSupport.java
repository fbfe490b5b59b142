package org.visavis.termbench;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.BilingualLexicon;

/**
 * Says whether a target word may render a source word, from a bilingual lexicon (lemma or form on
 * either side), because the two are the same word ("distribution" / "distribution") or cognates
 * ("développeur" / "developer"), and gives
 * a source word's other translations: the synonyms the benchmark plants.
 */
final class LexiconSupport {
    private static final int MIN_SAME_WORD = 4;
    private static final int MIN_COGNATE = 5;

    private final Map<String, Set<String>> targetsOf = new HashMap<>();
    /** A word's own translations, of the entries of one word on each side: the synonyms planted. */
    private final Map<String, Set<String>> entriesOf = new HashMap<>();

    LexiconSupport(BilingualLexicon lexicon) {
        for (BilingualLexicon.WordPair p : lexicon.pairs()) {
            targetsOf.computeIfAbsent(p.source(), k -> new LinkedHashSet<>()).add(p.target());
        }
        for (BilingualLexicon.WordPair p : lexicon.wordEntries()) {
            entriesOf.computeIfAbsent(p.source(), k -> new LinkedHashSet<>()).add(p.target());
        }
    }

    static LexiconSupport empty() {
        return new LexiconSupport(new BilingualLexicon(List.of()));
    }

    boolean isEmpty() {
        return targetsOf.isEmpty();
    }

    boolean translates(BeadWord source, BeadWord target) {
        String s = source.lemma();
        String t = target.lemma();
        if (s.equals(t) && s.length() >= MIN_SAME_WORD || cognates(s, t)) {
            return true;
        }
        for (String sf : List.of(s, source.text().toLowerCase(java.util.Locale.ROOT))) {
            Set<String> ts = targetsOf.getOrDefault(sf, Set.of());
            if (ts.contains(t) || ts.contains(target.text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that begin alike once accents are set aside, over {@value #MIN_COGNATE} letters or more:
     * "développeur" and "developer", "système" and "system". The lexicon is small; such pairs are
     * the commonest renderings of technical words.
     */
    static boolean cognates(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        int common = 0;
        while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common >= MIN_COGNATE;
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /**
     * Every content word of each side has a counterpart on the other: "fichier de configuration"
     * and "configuration file" do, "paquet" and "source package" do not ("source" renders nothing).
     */
    boolean renders(List<BeadWord> source, List<BeadWord> target) {
        for (BeadWord s : source) {
            if (s.isContent() && target.stream().noneMatch(t -> translates(s, t))) {
                return false;
            }
        }
        for (BeadWord t : target) {
            if (t.isContent() && source.stream().noneMatch(s -> translates(s, t))) {
                return false;
            }
        }
        return true;
    }

    /** Some content word of the target has a counterpart in the source. */
    boolean rendersPart(List<BeadWord> source, List<BeadWord> target) {
        return target.stream().anyMatch(t -> t.isContent() && source.stream().anyMatch(s -> translates(s, t)));
    }

    /** True when the lexicon has a translation for some content word of {@code source}. */
    boolean knowsAny(List<BeadWord> source) {
        return source.stream().anyMatch(w -> w.isContent() && (targetsOf.containsKey(w.lemma())
                || targetsOf.containsKey(w.text().toLowerCase(java.util.Locale.ROOT))));
    }

    /**
     * The lexicon's other translations of a source word than {@code target}, from its entries of
     * one word ("night" has "nuit", not the "bonne" of "bonne nuit" / "good night").
     */
    Set<String> translations(BeadWord source, BeadWord target) {
        Set<String> out = new LinkedHashSet<>(entriesOf.getOrDefault(source.lemma(), Set.of()));
        out.addAll(entriesOf.getOrDefault(source.text().toLowerCase(java.util.Locale.ROOT), Set.of()));
        out.remove(target.lemma());
        out.remove(target.text().toLowerCase(java.util.Locale.ROOT));
        return out;
    }
}
