package org.visavis.checks;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * A text as the checks see it: the segments of code blocks ({@link org.visavis.model.ParagraphKind#CODE})
 * emptied, so that no check reads a command or a listing (it is not "untranslated" when both
 * sides have it, holds no terms, no spelling). Sentence and bead indexes stay as they were.
 *
 * <pre>{@code
 * ProseOnly.of(alignment).sourceText(bead);  // "" for a bead of code
 * }</pre>
 */
final class ProseOnly {
    private ProseOnly() {
    }

    static Alignment of(Alignment alignment) {
        SegmentedDocument source = of(alignment.source());
        SegmentedDocument target = of(alignment.target());
        if (source == alignment.source() && target == alignment.target()) {
            return alignment;
        }
        return new Alignment(source, target, alignment.beads());
    }

    static SegmentedDocument of(SegmentedDocument doc) {
        if (doc.paragraphs().stream().noneMatch(Paragraph::isCode)) {
            return doc;
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            paragraphs.add(p.isCode() ? new Paragraph("", p.kind(), p.notes()) : p);
        }
        List<Segment> segments = new ArrayList<>();
        for (Segment s : doc.segments()) {
            segments.add(doc.paragraphs().get(s.paragraph()).isCode() ? new Segment("", s.paragraph()) : s);
        }
        return new SegmentedDocument(doc.name(), doc.language(), paragraphs, segments);
    }
}
