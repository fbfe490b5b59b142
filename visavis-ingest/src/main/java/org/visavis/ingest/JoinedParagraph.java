package org.visavis.ingest;

/**
 * A paragraph joined from lines {@code firstLine..lastLine} (indexes into the joined line list)
 * of which {@code lineCount} were not blank, with the blank lines around it (the start and end
 * of the text count as a wide gap).
 */
record JoinedParagraph(String text, int firstLine, int lastLine, int lineCount, int blanksBefore, int blanksAfter) {
}
