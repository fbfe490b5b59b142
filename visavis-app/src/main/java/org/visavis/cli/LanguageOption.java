package org.visavis.cli;

import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/** Parses a language option such as {@code --source-lang fr-FR}, naming the option on error. */
final class LanguageOption {
    private LanguageOption() {
    }

    static Language parse(String tag, String option) {
        try {
            return Language.parse(tag);
        } catch (IllegalArgumentException e) {
            throw new VisavisException(option + ": " + e.getMessage());
        }
    }
}
