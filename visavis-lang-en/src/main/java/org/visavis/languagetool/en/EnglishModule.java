package org.visavis.languagetool.en;

import org.visavis.languagetool.LanguageToolModule;

/** LanguageTool's English (tagger, lemmatizer, word list, proofreader) for visavis. */
public final class EnglishModule extends LanguageToolModule {
    public EnglishModule() {
        super("en");
    }
}
