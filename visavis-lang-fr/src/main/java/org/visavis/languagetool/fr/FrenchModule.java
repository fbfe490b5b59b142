package org.visavis.languagetool.fr;

import org.visavis.languagetool.LanguageToolModule;

/** LanguageTool's French (tagger, lemmatizer, word list, proofreader) for visavis. */
public final class FrenchModule extends LanguageToolModule {
    public FrenchModule() {
        super("fr");
    }
}
