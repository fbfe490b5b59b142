package org.visavis.pipeline;

import java.util.Optional;
import org.visavis.model.Language;

/**
 * Guesses the language of a text.
 *
 * <pre>{@code
 * detector.detect("Debian est une distribution Linux généraliste.");  // Optional[fr]
 * detector.detect("OK");                                              // Optional.empty (unsure)
 * }</pre>
 */
public interface LanguageDetector {

    /** The language of {@code text}, or empty when the detector is not reasonably sure. */
    Optional<Language> detect(String text);
}
