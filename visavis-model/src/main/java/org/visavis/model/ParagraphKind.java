package org.visavis.model;

/** What a paragraph is in its document. */
public enum ParagraphKind {
    BODY,
    HEADING
}
