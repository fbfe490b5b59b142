package org.visavis.languagetool;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.languagetool.Languages;
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
    private final Consumer<org.languagetool.Language> adjustment;
    private volatile boolean adjusted;

    /** The module of LanguageTool's language {@code code} (its language-{@code code} on the class path). */
    protected LanguageToolModule(String code) {
        this(code, variant -> { });
    }

    /**
     * The module of LanguageTool's language {@code code}, with {@code adjustment} applied once to
     * each of LanguageTool's variants of it (en-US, en-GB, ...) before the module's first use, e.g.
     * to replace a part of LanguageTool's analysis.
     */
    protected LanguageToolModule(String code, Consumer<org.languagetool.Language> adjustment) {
        this.codes = Set.of(code);
        this.adjustment = adjustment;
    }

    private void adjustOnce() {
        if (!adjusted) {
            synchronized (this) {
                if (!adjusted) {
                    for (org.languagetool.Language variant : Languages.get()) {
                        if (codes.contains(variant.getShortCode())) {
                            adjustment.accept(variant);
                        }
                    }
                    adjusted = true;
                }
            }
        }
    }

    @Override
    public Set<String> languageCodes() {
        return codes;
    }

    @Override
    public Tagger tagger(Language language) {
        adjustOnce();
        return LanguageToolTagger.forLanguage(language);
    }

    @Override
    public Lemmatizer lemmatizer(Language language) {
        adjustOnce();
        return LanguageToolLemmatizer.forLanguageOrLowercase(language);
    }

    @Override
    public Optional<WordList> wordList(Language language) {
        adjustOnce();
        return LanguageToolWordList.forLanguage(language);
    }

    @Override
    public Proofreader proofreader(Language language, Collection<String> categoryNames) {
        adjustOnce();
        return LanguageToolProofreader.shared(language, categoryNames);
    }

    @Override
    public Set<String> proofreadingCategories(Language language, Collection<String> categoryNames) {
        adjustOnce();
        return LanguageToolCategories.of(language).resolve(categoryNames);
    }
}
