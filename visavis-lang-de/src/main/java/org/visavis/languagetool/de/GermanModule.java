package org.visavis.languagetool.de;

import org.visavis.languagetool.LanguageToolModule;

/** LanguageTool's German (tagger, lemmatizer, word list, proofreader) for visavis. */
public final class GermanModule extends LanguageToolModule {
    public GermanModule() {
        super("de");
    }
}
