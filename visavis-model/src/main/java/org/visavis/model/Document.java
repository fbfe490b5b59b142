package org.visavis.model;

import java.util.List;
import java.util.Objects;

/**
 * A document as ingest leaves it: a name (usually the file name), its language and its
 * paragraphs in reading order.
 */
public record Document(String name, Language language, List<Paragraph> paragraphs) {
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
    }
}
