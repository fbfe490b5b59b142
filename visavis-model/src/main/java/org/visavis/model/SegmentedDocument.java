package org.visavis.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document split into sentences. {@code paragraphs} keeps headings and notes;
 * {@code segments} are all sentences in order, each pointing at its paragraph. Segment {@code i}
 * has the id {@code "s" + (i + 1)} in project files, paragraph {@code p} the id
 * {@code "p" + (p + 1)}.
 */
public record SegmentedDocument(String name, Language language, List<Paragraph> paragraphs, List<Segment> segments) {
    public SegmentedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
        segments = List.copyOf(segments);
        for (Segment s : segments) {
            if (s.paragraph() >= paragraphs.size()) {
                throw new IllegalArgumentException("segment points at paragraph " + s.paragraph()
                        + " but the document has " + paragraphs.size());
            }
        }
    }

    /** Sentences one per line with no paragraph structure (align-sentences, benchmarks). */
    public static SegmentedDocument ofSentences(String name, Language language, List<String> sentences) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        paragraphs.add(Paragraph.body(String.join(" ", sentences)));
        for (String s : sentences) {
            segments.add(new Segment(s, 0));
        }
        return new SegmentedDocument(name, language, paragraphs, segments);
    }

    /**
     * The documents one after the other, as one document (the demo joins the chapters of a book):
     * paragraphs appended, segments renumbered. Name and language are those of the first.
     */
    public static SegmentedDocument concatenate(String name, List<SegmentedDocument> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (SegmentedDocument d : parts) {
            int offset = paragraphs.size();
            paragraphs.addAll(d.paragraphs());
            for (Segment s : d.segments()) {
                segments.add(s.inParagraph(s.paragraph() + offset));
            }
        }
        return new SegmentedDocument(name, parts.get(0).language(), paragraphs, segments);
    }

    public List<String> texts() {
        return segments.stream().map(Segment::text).toList();
    }

    public int size() {
        return segments.size();
    }

    /** True when segment {@code i} is the first of its paragraph. */
    public boolean startsParagraph(int i) {
        return i == 0 || segments.get(i).paragraph() != segments.get(i - 1).paragraph();
    }

    /** True when segment {@code i} is a code block ({@link ParagraphKind#CODE}). */
    public boolean isCode(int i) {
        return paragraphs.get(segments.get(i).paragraph()).isCode();
    }

    public static String segmentId(int index) {
        return "s" + (index + 1);
    }

    public static String paragraphId(int index) {
        return "p" + (index + 1);
    }
}
