package org.visavis.segment;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Document;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * Splits every paragraph of a document into sentences. A heading stays one segment (its
 * numbering, "1.3.1. Les développeurs Debian", is not a sentence end); body paragraphs go through
 * the {@link Segmenter}. Segments are trimmed, empty ones dropped, and each points at the index
 * of its paragraph; the paragraphs themselves (with their notes) are kept as they are.
 *
 * <pre>{@code
 * SegmentedDocument s = new DocumentSegmenter().segment(doc, SrxSegmenter.forLanguage(doc.language()));
 * }</pre>
 */
public final class DocumentSegmenter {

    public SegmentedDocument segment(Document doc, Segmenter segmenter) {
        List<Segment> segments = new ArrayList<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            List<String> sentences = paragraph.isHeading()
                    ? List.of(SrxSegmenter.trim(paragraph.text()))
                    : segmenter.split(paragraph.text());
            for (String sentence : sentences) {
                String text = SrxSegmenter.trim(sentence);
                if (!text.isEmpty()) {
                    segments.add(new Segment(text, p));
                }
            }
        }
        return new SegmentedDocument(doc.name(), doc.language(), paragraphs, segments);
    }
}
