package org.visavis.ingest;

import java.util.List;

/** A footnote as found at the foot of a page: its label ("1") and its raw lines. */
record FootnoteBlock(String label, List<String> lines) {
    FootnoteBlock {
        lines = List.copyOf(lines);
    }
}
