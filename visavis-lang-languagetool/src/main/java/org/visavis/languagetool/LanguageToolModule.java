package org.visavis.languagetool;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visavis.lang.LanguageModule;
import org.visavis.lang.Lemmatizer;
import org.visavis.lang.Proofreader;
import org.visavis.lang.Tagger;
import org.visavis.lang.WordList;
import org.visavis.model.Language;

/**
 * LanguageTool's knowledge of one language as a {@link LanguageModule}. Each visavis-lang-xx
 * module holds LanguageTool's language-xx and a subclass for its language, named in its
 * {@code META-INF/services/org.visavis.lang.LanguageModule}.
 *
 * <pre>{@code
 * public final class FrenchModule extends LanguageToolModule {
 *     public FrenchModule() { super("fr"); }
 * }
 * }</pre>
 */
public abstract class LanguageToolModule implements LanguageModule {
    private final Set<String> codes;

    /** The module of LanguageTool's language {@code code} (its language-{@code code} on the class path). */
    protected LanguageToolModule(String code) {
        this(code, Map.of());
    }

    /**
     * The same, with LanguageTool's files that others stand in for: each key, a path under
     * LanguageTool's resource folder ("/en/hunspell/en_AU.dict"), is read as its value, here and in
     * the packaged application, which may then leave the key's file out.
     */
    protected LanguageToolModule(String code, Map<String, String> resourceAliases) {
        this.codes = Set.of(code);
        if (!resourceAliases.isEmpty()) {
            AliasedResources.serve(resourceAliases);
        }
    }

    @Override
    public Set<String> languageCodes() {
        return codes;
    }

    @Override
    public Tagger tagger(Language language) {
        return LanguageToolTagger.forLanguage(language);
    }

    @Override
    public Lemmatizer lemmatizer(Language language) {
        return LanguageToolLemmatizer.forLanguageOrLowercase(language);
    }

    @Override
    public Optional<WordList> wordList(Language language) {
        return LanguageToolWordList.forLanguage(language);
    }

    @Override
    public Proofreader proofreader(Language language, Collection<String> categoryNames) {
        return LanguageToolProofreader.shared(language, categoryNames);
    }

    @Override
    public Set<String> proofreadingCategories(Language language, Collection<String> categoryNames) {
        return LanguageToolCategories.of(language).resolve(categoryNames);
    }
}
