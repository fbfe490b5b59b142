package org.visavis.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A part of a document that comes as several files, such as one XHTML file of an EPUB's reading
 * order: its name, the language its markup declares ({@code xml:lang}), if any, and the
 * paragraphs {@code [start, end)} it holds. {@code new DocumentPart("OEBPS/ch01.xhtml",
 * Optional.of(Language.of("de")), 0, 42)}.
 */
public record DocumentPart(String name, Optional<Language> declaredLanguage, int start, int end) {
    public DocumentPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(declaredLanguage, "declaredLanguage");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph range [" + start + ", " + end + ") of part " + name);
        }
    }
}
