package org.visavis.languagetool;

import org.languagetool.Languages;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/** Finds LanguageTool's language object for one of ours ("en" gives LanguageTool's default English variant). */
final class LanguageToolLanguages {
    private LanguageToolLanguages() {
    }

    static boolean supports(Language language) {
        return Languages.isLanguageSupported(language.code());
    }

    static org.languagetool.Language lookUp(Language language) {
        if (!supports(language)) {
            throw new VisavisException("language " + language + ": LanguageTool has no module for it (have: "
                    + Languages.get().stream().map(org.languagetool.Language::getShortCode).distinct().toList() + ")");
        }
        if (Languages.isLanguageSupported(language.tag())) {
            org.languagetool.Language exact = Languages.getLanguageForShortCode(language.tag());
            if (language.region().isPresent() || exact.getDefaultLanguageVariant() == null) {
                return exact;
            }
            return exact.getDefaultLanguageVariant();
        }
        org.languagetool.Language base = Languages.getLanguageForShortCode(language.code());
        return base.getDefaultLanguageVariant() == null ? base : base.getDefaultLanguageVariant();
    }
}
