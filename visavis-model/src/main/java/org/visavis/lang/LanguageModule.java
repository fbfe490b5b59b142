package org.visavis.lang;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.visavis.model.Language;

/**
 * What a language module knows of its language: a tagger, a lemmatizer, a word list and a
 * proofreader. Modules are found through {@link java.util.ServiceLoader} (a line naming the class
 * in {@code META-INF/services/org.visavis.lang.LanguageModule}); {@link LanguageKnowledge} asks
 * them, so nothing else names a module's library. The visavis-lang-fr, -en and -de modules are
 * LanguageTool's; docs/ARCHITECTURE.md says how to add a language.
 */
public interface LanguageModule {

    /** The languages served (ISO 639 codes, e.g. "fr"): any region of them is served too. */
    Set<String> languageCodes();

    /** The shared tagger of a served language. */
    Tagger tagger(Language language);

    /** The lemmatizer of a served language. */
    Lemmatizer lemmatizer(Language language);

    /** The word list of a served language, empty when the module has no dictionary for it. */
    Optional<WordList> wordList(Language language);

    /**
     * A proofreader for the rule categories named (portable names such as "grammar" or the
     * module's own ids), shared with whoever asks for the same; a VisavisException listing the
     * valid names when one is unknown.
     */
    Proofreader proofreader(Language language, Collection<String> categoryNames);

    /** The module's ids of the categories named; a VisavisException listing the valid names when one is unknown. */
    Set<String> proofreadingCategories(Language language, Collection<String> categoryNames);
}
