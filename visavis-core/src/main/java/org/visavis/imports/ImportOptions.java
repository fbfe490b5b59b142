package org.visavis.imports;

import java.util.Objects;
import java.util.Optional;
import org.visavis.model.Language;

/**
 * The languages of an imported alignment, when the file does not say them (TSV never does;
 * TMX, XLIFF and XCES usually do, and a given language overrides theirs).
 * {@code ImportOptions.languages(Language.parse("fr"), Language.parse("en"))}.
 */
public record ImportOptions(Optional<Language> sourceLanguage, Optional<Language> targetLanguage) {
    public ImportOptions {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
    }

    /** Languages taken from the file. */
    public static ImportOptions fromFile() {
        return new ImportOptions(Optional.empty(), Optional.empty());
    }

    public static ImportOptions languages(Language source, Language target) {
        return new ImportOptions(Optional.of(source), Optional.of(target));
    }
}
