package org.visavis.model;

/**
 * What a paragraph is in its document. {@code CODE} is a code or verbatim block (a {@code <pre>},
 * a monospace or indented block): one segment, its line breaks and indentation kept; it is paired
 * with an identical block of the other side, and the checks treat it as code (never
 * "untranslated", no terms).
 */
public enum ParagraphKind {
    BODY,
    HEADING,
    CODE
}
