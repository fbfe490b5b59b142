package org.visavis.ingest;

import org.visavis.model.Note;

/**
 * A note and the last paragraph its marker can be in: the one running at the foot of the page
 * the note was printed on.
 */
record PlacedNote(Note note, int lastParagraph) {
}
