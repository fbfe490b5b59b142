package org.visavis.ingest;

/**
 * One block of extracted text as Tika's XHTML delimited it ({@code <p>}, {@code <h2>}, {@code <li>}
 * ...), before any repair: {@code new TextBlock("1.1.3 The root account", false, 30)}. For PDFs
 * the text keeps the line breaks of the page layout and {@code page} counts from 1; for other
 * formats {@code page} is 0.
 */
record TextBlock(String text, boolean heading, int page) {
}
