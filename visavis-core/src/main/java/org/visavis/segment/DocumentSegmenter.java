package org.visavis.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.visavis.model.Document;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * Splits every paragraph of a document into sentences. A heading stays one segment (its
 * numbering, "1.3.1. Les développeurs Debian", is not a sentence end), and so does a code block,
 * its line breaks and indentation kept; body paragraphs go through
 * the {@link Segmenter}. Segments are trimmed, empty ones dropped, and each points at the index
 * of its paragraph, with the inline codes that belong to it ({@link CodePlacement}); the
 * paragraphs themselves (with their notes) are kept as they are.
 *
 * <pre>{@code
 * SegmentedDocument s = new DocumentSegmenter().segment(doc, SrxSegmenter.forLanguage(doc.language()));
 * }</pre>
 */
public final class DocumentSegmenter {

    /** Below this many characters a second thread costs more (compiling its rules) than it saves. */
    static final int PARALLEL_THRESHOLD = 100_000;

    public SegmentedDocument segment(Document doc, Segmenter segmenter) {
        List<Segment> segments = new ArrayList<>();
        split(doc.paragraphs(), 0, doc.paragraphs().size(), segmenter, segments);
        return new SegmentedDocument(doc.name(), doc.language(), doc.paragraphs(), segments);
    }

    /**
     * Splits a long document on two threads, each with a segmenter of its own (Okapi's segmenter
     * keeps state, so one instance cannot serve two threads). Same result as {@link #segment}.
     */
    public SegmentedDocument segmentInParallel(Document doc, Supplier<? extends Segmenter> segmenters) {
        List<Paragraph> paragraphs = doc.paragraphs();
        long chars = 0;
        for (Paragraph p : paragraphs) {
            chars += p.text().length();
        }
        if (chars < PARALLEL_THRESHOLD) {
            return segment(doc, segmenters.get());
        }
        int middle = middleByLength(paragraphs, chars);
        List<Segment> second = new ArrayList<>();
        CompletableFuture<Void> secondHalf = CompletableFuture.runAsync(
                () -> split(paragraphs, middle, paragraphs.size(), segmenters.get(), second));
        List<Segment> segments = new ArrayList<>();
        split(paragraphs, 0, middle, segmenters.get(), segments);
        try {
            secondHalf.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        segments.addAll(second);
        return new SegmentedDocument(doc.name(), doc.language(), paragraphs, segments);
    }

    private static int middleByLength(List<Paragraph> paragraphs, long chars) {
        long seen = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            seen += paragraphs.get(p).text().length();
            if (seen * 2 >= chars) {
                return p + 1;
            }
        }
        return paragraphs.size();
    }

    private static void split(List<Paragraph> paragraphs, int from, int to, Segmenter segmenter, List<Segment> out) {
        for (int p = from; p < to; p++) {
            Paragraph paragraph = paragraphs.get(p);
            if (paragraph.isCode()) {
                // a code block is one segment, its indentation and line breaks as written
                if (!paragraph.text().isBlank()) {
                    out.add(new Segment(paragraph.text().stripTrailing(), p));
                }
                continue;
            }
            List<String> sentences = paragraph.isHeading()
                    ? List.of(SrxSegmenter.trim(paragraph.text()))
                    : segmenter.split(paragraph.text());
            List<String> kept = new ArrayList<>();
            for (String sentence : sentences) {
                String text = SrxSegmenter.trim(sentence);
                if (!text.isEmpty()) {
                    kept.add(text);
                }
            }
            out.addAll(CodePlacement.place(paragraph, p, kept));
        }
    }
}
