package org.visavis.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import java.net.URL;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.tagging.BaseTagger;
import org.languagetool.tagging.Tagger;
import org.visavis.lang.Lemmatizer;
import org.visavis.lang.LowercaseLemmatizer;
import org.visavis.model.Language;

/**
 * Lemmas from LanguageTool's morphological dictionaries (French, English, German, ...), with a
 * cache per distinct word because novels repeat their words. {@code
 * LanguageToolLemmatizer.forLanguage(Language.of("fr")).orElseThrow().lemmas("yeux")} gives
 * {@code [oeil]}.
 */
public final class LanguageToolLemmatizer implements Lemmatizer {

    private final Tagger tagger;
    private final DictionaryLookup lookup;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    private LanguageToolLemmatizer(Tagger tagger, DictionaryLookup lookup) {
        this.tagger = tagger;
        this.lookup = lookup;
    }

    /** The lemmatizer for a language LanguageTool knows, empty otherwise. */
    public static Optional<Lemmatizer> forLanguage(Language language) {
        if (!Languages.isLanguageSupported(language.code())) {
            return Optional.empty();
        }
        Tagger tagger = Languages.getLanguageForShortCode(language.code()).createDefaultTagger();
        return Optional.of(new LanguageToolLemmatizer(tagger, dictionaryOf(tagger)));
    }

    /**
     * The morphological dictionary behind a tagger, looked up directly: the full German tagger
     * decomposes unknown compounds and takes 5 ms a word, the dictionary 20 microseconds.
     */
    private static DictionaryLookup dictionaryOf(Tagger tagger) {
        if (!(tagger instanceof BaseTagger base) || base.getDictionaryPath() == null) {
            return null;
        }
        try {
            URL url = JLanguageTool.getDataBroker().getFromResourceDirAsUrl(base.getDictionaryPath());
            return url == null ? null : new DictionaryLookup(Dictionary.read(url));
        } catch (IOException | RuntimeException e) {
            // No dictionary file: the tagger itself still works, only slower.
            return null;
        }
    }

    /** LanguageTool's lemmatizer when it knows the language, the lowercase one otherwise. */
    public static Lemmatizer forLanguageOrLowercase(Language language) {
        return forLanguage(language).orElseGet(LowercaseLemmatizer::new);
    }

    @Override
    public List<String> lemmas(String word) {
        List<String> known = cache.get(word);
        if (known != null) {
            return known;
        }
        List<String> computed = tag(word);
        cache.put(word, computed);
        return computed;
    }

    private List<String> tag(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> lemmas = new LinkedHashSet<>();
        if (lookup != null) {
            synchronized (lookup) {
                for (String form : lower.equals(word) ? List.of(word) : List.of(word, lower)) {
                    for (WordData d : lookup.lookup(form)) {
                        if (d.getStem() != null && d.getStem().length() > 0) {
                            lemmas.add(d.getStem().toString().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            if (lemmas.isEmpty()) {
                lemmas.add(lower);
            }
            return List.copyOf(lemmas);
        }
        try {
            // Capitalised words are tagged as written and lowercased: sentence-initial words and
            // German nouns need different treatment, and the tagger knows which form it has.
            List<String> forms = lower.equals(word) ? List.of(word) : List.of(word, lower);
            for (AnalyzedTokenReadings readings : tagger.tag(forms)) {
                for (AnalyzedToken token : readings.getReadings()) {
                    String lemma = token.getLemma();
                    if (lemma != null && !lemma.isBlank()) {
                        lemmas.add(lemma.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not tag '" + word + "'", e);
        }
        if (lemmas.isEmpty()) {
            lemmas.add(lower);
        }
        return List.copyOf(new ArrayList<>(lemmas));
    }
}
