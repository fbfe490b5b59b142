package org.visavis.ingest;

/**
 * A paragraph joined from lines {@code firstLine..lastLine} (indexes into the joined line list)
 * of which {@code lineCount} were not blank.
 */
record JoinedParagraph(String text, int firstLine, int lastLine, int lineCount) {
}
