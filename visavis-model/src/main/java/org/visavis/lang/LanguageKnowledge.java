package org.visavis.lang;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/**
 * The language knowledge installed: the {@link LanguageModule}s on the class path, and a plain
 * fallback for a language none serves (tokens split at spaces and punctuation, each word its own
 * lowercased lemma, no word list, no proofreading). The bilingual lexicons are data bundled here,
 * found by language pair.
 *
 * <pre>{@code
 * Tagger fr = LanguageKnowledge.tagger(Language.of("fr"));   // LanguageTool's, with visavis-lang-fr
 * LanguageKnowledge.served(Language.of("it"));                // false: no module
 * LanguageKnowledge.fallbackNote(Language.of("it"));          // says what is missing
 * }</pre>
 */
public final class LanguageKnowledge {
    private static final List<LanguageModule> MODULES = ServiceLoader.load(LanguageModule.class).stream()
            .map(ServiceLoader.Provider::get).toList();
    private static final Map<String, PlainTokenTagger> PLAIN_TAGGERS = new ConcurrentHashMap<>();

    private LanguageKnowledge() {
    }

    /** The module serving a language, empty when none is installed. */
    public static Optional<LanguageModule> module(Language language) {
        return MODULES.stream().filter(m -> m.languageCodes().contains(language.code())).findFirst();
    }

    /** True when a language module serves the language. */
    public static boolean served(Language language) {
        return module(language).isPresent();
    }

    /** The codes of the languages the installed modules serve, sorted. */
    public static List<String> servedCodes() {
        return MODULES.stream().flatMap(m -> m.languageCodes().stream()).distinct().sorted().toList();
    }

    /** One line saying that a language has no module and what visavis does instead. */
    public static String fallbackNote(Language language) {
        return "language " + language + ": no language module is installed for it (installed: "
                + String.join(", ", servedCodes()) + "); words are split at spaces and punctuation, without"
                + " lemmas, word classes or proofreading";
    }

    /**
     * The module's tagger, or a plain one; one shared instance per language either way, so that
     * what one check tagged the next finds cached.
     */
    public static Tagger tagger(Language language) {
        return module(language).map(m -> m.tagger(language)).orElseGet(() ->
                PLAIN_TAGGERS.computeIfAbsent(language.code(), c -> new PlainTokenTagger(language.withoutRegion())));
    }

    /** The module's lemmatizer, or the lowercasing one. */
    public static Lemmatizer lemmatizer(Language language) {
        return module(language).map(m -> m.lemmatizer(language)).orElseGet(LowercaseLemmatizer::new);
    }

    /** The module's word list, empty when no module or no dictionary has the language. */
    public static Optional<WordList> wordList(Language language) {
        return module(language).flatMap(m -> m.wordList(language));
    }

    /** The module's proofreader; a VisavisException saying so when no module serves the language. */
    public static Proofreader proofreader(Language language, Collection<String> categoryNames) {
        return moduleOrFail(language).proofreader(language, categoryNames);
    }

    /** The module's ids of the categories named; a VisavisException when a name is unknown or no module serves the language. */
    public static Set<String> proofreadingCategories(Language language, Collection<String> categoryNames) {
        return moduleOrFail(language).proofreadingCategories(language, categoryNames);
    }

    /** The bundled bilingual lexicon of a language pair, in either direction; empty if none. */
    public static Optional<BilingualLexicon> lexicon(Language source, Language target) {
        return BilingualLexicon.forPair(source, target);
    }

    private static LanguageModule moduleOrFail(Language language) {
        return module(language).orElseThrow(() -> new VisavisException(fallbackNote(language)));
    }
}
