package org.visavis.ingest;

import java.util.List;

/**
 * What Tika extracted from a file: the text blocks in reading order, the PDF outline (bookmark
 * titles, which name the document's headings) and the number of PDF pages (0 for other formats).
 */
record ExtractedText(List<TextBlock> blocks, List<String> outline, String title, int pageCount) {
    ExtractedText {
        blocks = List.copyOf(blocks);
        outline = List.copyOf(outline);
    }
}
