package org.visavis.imports;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * Builds an alignment bead by bead from sentence texts, as importers read them. A paragraph
 * opened with {@link #paragraph} holds the sentences added after it on each side; a side that
 * gets no sentence before the next paragraph gets no paragraph.
 *
 * <pre>{@code
 * AlignmentBuilder b = new AlignmentBuilder();
 * b.paragraph(ParagraphKind.HEADING);
 * b.bead(List.of("Avant-propos"), List.of("Foreword"), 1.0, BeadStatus.CONFIRMED);
 * Alignment a = b.build("fr.txt", Language.parse("fr"), "en.txt", Language.parse("en"));
 * }</pre>
 */
final class AlignmentBuilder {
    private final DocumentBuilder source = new DocumentBuilder();
    private final DocumentBuilder target = new DocumentBuilder();
    private final List<Bead> beads = new ArrayList<>();

    /** Starts a new paragraph of the given kind on both sides. */
    void paragraph(ParagraphKind kind) {
        source.paragraph(kind);
        target.paragraph(kind);
    }

    void bead(List<String> sourceSentences, List<String> targetSentences, double confidence, BeadStatus status) {
        List<Integer> s = source.add(sourceSentences);
        List<Integer> t = target.add(targetSentences);
        if (!s.isEmpty() || !t.isEmpty()) {
            beads.add(new Bead(s, t, confidence, status));
        }
    }

    int beadCount() {
        return beads.size();
    }

    Alignment build(String sourceName, Language sourceLanguage, String targetName, Language targetLanguage) {
        return new Alignment(source.document(sourceName, sourceLanguage), target.document(targetName, targetLanguage), beads);
    }

    /** The paragraphs and sentences of one side's document, as they come. */
    private static final class DocumentBuilder {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private ParagraphKind kind = ParagraphKind.BODY;
        private boolean open;

        void paragraph(ParagraphKind newKind) {
            close();
            kind = newKind;
        }

        List<Integer> add(List<String> sentences) {
            List<Integer> indexes = new ArrayList<>();
            for (String s : sentences) {
                if (!open) {
                    open = true;
                    text.setLength(0);
                }
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(s);
                indexes.add(segments.size());
                segments.add(new Segment(s, paragraphs.size()));
            }
            return indexes;
        }

        private void close() {
            if (open) {
                paragraphs.add(new Paragraph(text.toString(), kind, List.of()));
                open = false;
            }
        }

        SegmentedDocument document(String name, Language language) {
            close();
            return new SegmentedDocument(name, language, paragraphs, segments);
        }
    }
}
