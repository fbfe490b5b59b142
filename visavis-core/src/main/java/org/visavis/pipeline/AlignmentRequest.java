package org.visavis.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.visavis.model.Language;

/**
 * What to align: two documents in any format ingest reads, their declared languages, and
 * optionally a translator's own SRX rules.
 */
public record AlignmentRequest(Path source, Path target, Language sourceLanguage, Language targetLanguage,
                               Optional<Path> srxRules) {
    public AlignmentRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(srxRules, "srxRules");
    }
}
