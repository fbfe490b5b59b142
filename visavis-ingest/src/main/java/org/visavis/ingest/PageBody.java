package org.visavis.ingest;

import java.util.List;

/** A page with its footnotes taken out: the running-text lines and the notes, in order. */
record PageBody(List<String> lines, List<FootnoteBlock> notes) {
    PageBody {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }
}
