package org.visavis.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.visavis.model.Language;

/**
 * Word pairs from a bilingual dictionary, source word first, lowercase. The lexicons bundled
 * under {@code org/visavis/lang/lexicons/} pair English and French with the languages FreeDict
 * has dictionaries for in Debian (built by {@code scripts/build-lexicons.sh}; each file's first
 * line gives its dictionaries and their licences) and are found by language pair in either
 * direction: {@code forPair(fr, en)} reads {@code fr-en.tsv}, {@code forPair(en, de)} reads
 * {@code de-en.tsv} swapped. A file is read only when its pair is asked for; callers keep what
 * they read ({@code LengthLexicalAligner} caches one lexicon per pair).
 *
 * <p>Phrases are reduced to their words of four letters or more (a phrase such as "bouteille d'un
 * demi-litre" pairs "bouteille" with the other side), so that the lexicon speaks about single words
 * like the aligner does.
 */
public final class BilingualLexicon {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+");
    private static final int MIN_PHRASE_WORD = 4;
    private static final List<String> PIVOTS = List.of("en", "fr");

    /** One dictionary pair: a source word and a target word. */
    public record WordPair(String source, String target) {
    }

    private final List<WordPair> pairs;
    private final List<WordPair> wordEntries;

    public BilingualLexicon(List<WordPair> pairs) {
        this(pairs, pairs);
    }

    private BilingualLexicon(List<WordPair> pairs, List<WordPair> wordEntries) {
        this.pairs = List.copyOf(pairs);
        this.wordEntries = List.copyOf(wordEntries);
    }

    public List<WordPair> pairs() {
        return pairs;
    }

    /**
     * The pairs of the dictionary's entries that are one word on each side: a word's own
     * translations, without the words of phrases paired with each other ("bonne nuit" / "good
     * night" pairs "night" with "bonne" in {@link #pairs}, not here).
     */
    public List<WordPair> wordEntries() {
        return wordEntries;
    }

    /**
     * The bundled lexicon for this pair of languages, in either direction; for a pair with none,
     * the two lexicons through English and through French composed ({@link PivotLexicon}), as
     * Spanish-German through Spanish-English and German-English; empty if neither is there.
     */
    public static Optional<BilingualLexicon> forPair(Language source, Language target) {
        String s = fileCode(source);
        String t = fileCode(target);
        if (s.equals(t)) {
            return Optional.empty();
        }
        return bundled(s, t).or(() -> pivoted(s, t));
    }

    private static Optional<BilingualLexicon> pivoted(String source, String target) {
        List<WordPair> pairs = new ArrayList<>();
        for (String pivot : PIVOTS) {
            if (pivot.equals(source) || pivot.equals(target)) {
                continue;
            }
            Optional<BilingualLexicon> toPivot = bundled(source, pivot);
            Optional<BilingualLexicon> fromPivot = toPivot.isEmpty() ? Optional.empty() : bundled(pivot, target);
            if (fromPivot.isPresent()) {
                pairs.addAll(PivotLexicon.compose(toPivot.get(), fromPivot.get()));
            }
        }
        return pairs.isEmpty() ? Optional.empty() : Optional.of(new BilingualLexicon(pairs.stream().distinct().toList()));
    }

    private static Optional<BilingualLexicon> bundled(String s, String t) {
        String direct = "lexicons/" + s + "-" + t + ".tsv";
        String reverse = "lexicons/" + t + "-" + s + ".tsv";
        InputStream in = BilingualLexicon.class.getResourceAsStream(direct);
        if (in != null) {
            return Optional.of(read(in, direct, false));
        }
        in = BilingualLexicon.class.getResourceAsStream(reverse);
        if (in != null) {
            return Optional.of(read(in, reverse, true));
        }
        return Optional.empty();
    }

    /** Bokmål and Nynorsk are served by FreeDict's Norwegian ({@code no-en.tsv}). */
    private static String fileCode(Language language) {
        String code = language.code();
        return code.equals("nb") || code.equals("nn") ? "no" : code;
    }

    /** Reads a two-column TSV (lines starting with # are comments). */
    public static BilingualLexicon read(InputStream in, String name, boolean swapped) {
        List<WordPair> pairs = new ArrayList<>();
        List<WordPair> wordEntries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                String a = line.substring(0, tab).toLowerCase(Locale.ROOT);
                String b = line.substring(tab + 1).toLowerCase(Locale.ROOT);
                String source = swapped ? b : a;
                String target = swapped ? a : b;
                addPairs(pairs, source, target);
                if (words(source).size() == 1 && words(target).size() == 1) {
                    addPairs(wordEntries, source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return new BilingualLexicon(pairs, wordEntries);
    }

    private static void addPairs(List<WordPair> pairs, String source, String target) {
        List<String> s = words(source);
        List<String> t = words(target);
        if (s.isEmpty() || t.isEmpty()) {
            return;
        }
        if (s.size() == 1 && t.size() == 1) {
            pairs.add(new WordPair(s.get(0), t.get(0)));
            return;
        }
        for (String a : s.size() == 1 ? s : longWords(s)) {
            for (String b : t.size() == 1 ? t : longWords(t)) {
                pairs.add(new WordPair(a, b));
            }
        }
    }

    private static List<String> longWords(List<String> words) {
        return words.stream().filter(w -> w.length() >= MIN_PHRASE_WORD).toList();
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(phrase);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
