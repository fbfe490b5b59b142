package org.visavis.ingest;

import org.visavis.model.Note;

/**
 * A note and the paragraphs its marker can be in: those of the page the note was printed on,
 * from the one running onto the page ({@code firstParagraph}) to the one at its foot
 * ({@code lastParagraph}).
 */
record PlacedNote(Note note, int firstParagraph, int lastParagraph) {
}
