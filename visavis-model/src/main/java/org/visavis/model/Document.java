package org.visavis.model;

import java.util.List;
import java.util.Objects;

/**
 * A document as ingest leaves it: a name (usually the file name), its language and its
 * paragraphs in reading order. A document made of several files (an EPUB's spine) also lists its
 * {@code parts}, in order, covering the paragraphs; a single-file document has none.
 */
public record Document(String name, Language language, List<Paragraph> paragraphs, List<DocumentPart> parts) {
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
        parts = List.copyOf(parts);
        for (DocumentPart p : parts) {
            if (p.end() > paragraphs.size()) {
                throw new IllegalArgumentException("part " + p.name() + " ends at paragraph " + p.end()
                        + " but the document has " + paragraphs.size());
            }
        }
    }

    /** A document of one file, without parts. */
    public Document(String name, Language language, List<Paragraph> paragraphs) {
        this(name, language, paragraphs, List.of());
    }
}
