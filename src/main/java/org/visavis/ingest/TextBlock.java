package org.visavis.ingest;

import org.visavis.model.ParagraphKind;

/**
 * One block of extracted text as Tika's XHTML delimited it ({@code <p>}, {@code <h2>}, {@code <li>}
 * ...), before any repair: {@code new TextBlock("1.5. Rôle d'une distribution", ParagraphKind.HEADING, 0)}. For PDFs
 * the text keeps the line breaks of the page layout and {@code page} counts from 1; for other
 * formats {@code page} is 0.
 */
record TextBlock(String text, ParagraphKind kind, int page) {
}
