package org.visavis.languagetool;

import java.io.IOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.tagging.BaseTagger;
import org.languagetool.tagging.Tagger;
import org.visavis.lang.WordList;
import org.visavis.model.Language;

/**
 * A {@link WordList} backed by the morfologik part-of-speech dictionary that LanguageTool's
 * tagger uses for a language (every inflected form: "organisations", "portaient"). Found through
 * LanguageTool's language registry, so any language module on the class path works.
 *
 * <pre>{@code
 * LanguageToolWordList.forLanguage(Language.of("fr")).orElseThrow().contains("important"); // true
 * }</pre>
 */
public final class LanguageToolWordList implements WordList {

    private static final Map<String, Optional<WordList>> CACHE = new ConcurrentHashMap<>();

    private final Dictionary dictionary;
    private final Locale locale;

    private LanguageToolWordList(Dictionary dictionary, Locale locale) {
        this.dictionary = dictionary;
        this.locale = locale;
    }

    /** The word list for {@code language}; empty when LanguageTool has no tagger dictionary for it. */
    public static Optional<WordList> forLanguage(Language language) {
        return CACHE.computeIfAbsent(language.code(), LanguageToolWordList::load);
    }

    private static Optional<WordList> load(String code) {
        if (!Languages.isLanguageSupported(code)) {
            return Optional.empty();
        }
        org.languagetool.Language lt = Languages.getLanguageForShortCode(code);
        Tagger tagger = lt.createDefaultTagger();
        if (!(tagger instanceof BaseTagger base)) {
            return Optional.empty();
        }
        URL url = JLanguageTool.getDataBroker().getFromResourceDirAsUrl(base.getDictionaryPath());
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LanguageToolWordList(Dictionary.read(url), lt.getLocale()));
        } catch (IOException e) {
            // A registered language whose dictionary cannot be read is a broken installation.
            throw new IllegalStateException("cannot read the LanguageTool dictionary " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        // DictionaryLookup is not thread-safe and cheap to create.
        DictionaryLookup lookup = new DictionaryLookup(dictionary);
        if (!lookup.lookup(word).isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(locale);
        return !lower.equals(word) && !lookup.lookup(lower).isEmpty();
    }
}
