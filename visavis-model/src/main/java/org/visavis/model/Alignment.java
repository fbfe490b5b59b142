package org.visavis.model;

import java.util.List;
import java.util.Objects;

/**
 * A source and a target document and the beads that pair their sentences. The beads cover every
 * sentence of both sides exactly once, in order.
 */
public record Alignment(SegmentedDocument source, SegmentedDocument target, List<Bead> beads) {
    public Alignment {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        beads = List.copyOf(beads);
        checkCoverage(beads, source.size(), target.size());
    }

    /** Throws when the beads do not cover 0..sourceSize-1 and 0..targetSize-1 once each, in order. */
    public static void checkCoverage(List<Bead> beads, int sourceSize, int targetSize) {
        int nextSource = 0;
        int nextTarget = 0;
        for (Bead b : beads) {
            for (int i : b.source()) {
                if (i != nextSource++) {
                    throw new IllegalArgumentException("bead " + b.notation() + " breaks source order at sentence " + i);
                }
            }
            for (int j : b.target()) {
                if (j != nextTarget++) {
                    throw new IllegalArgumentException("bead " + b.notation() + " breaks target order at sentence " + j);
                }
            }
        }
        if (nextSource != sourceSize || nextTarget != targetSize) {
            throw new IllegalArgumentException("beads cover " + nextSource + "/" + sourceSize + " source and "
                    + nextTarget + "/" + targetSize + " target sentences");
        }
    }

    /** Alignments one after the other (e.g. the chapters of a book aligned one by one), as one. */
    public static Alignment concatenate(String sourceName, String targetName, List<Alignment> parts) {
        List<Bead> beads = new java.util.ArrayList<>();
        int sourceOffset = 0;
        int targetOffset = 0;
        for (Alignment a : parts) {
            for (Bead b : a.beads()) {
                final int so = sourceOffset;
                final int to = targetOffset;
                beads.add(new Bead(b.source().stream().map(i -> i + so).toList(),
                        b.target().stream().map(j -> j + to).toList(), b.confidence(), b.status()));
            }
            sourceOffset += a.source().size();
            targetOffset += a.target().size();
        }
        return new Alignment(
                SegmentedDocument.concatenate(sourceName, parts.stream().map(Alignment::source).toList()),
                SegmentedDocument.concatenate(targetName, parts.stream().map(Alignment::target).toList()),
                beads);
    }

    public String sourceText(Bead bead) {
        return join(source, bead.source());
    }

    public String targetText(Bead bead) {
        return join(target, bead.target());
    }

    /** The bead's source sentences joined by spaces, with their inline codes. */
    public CodedText sourceCoded(Bead bead) {
        return joinCoded(source, bead.source());
    }

    /** The bead's target sentences joined by spaces, with their inline codes. */
    public CodedText targetCoded(Bead bead) {
        return joinCoded(target, bead.target());
    }

    private static CodedText joinCoded(SegmentedDocument doc, List<Integer> indexes) {
        CodedText joined = CodedText.plain("");
        int paragraph = -1;
        for (int i : indexes) {
            Segment s = doc.segments().get(i);
            joined = joined.join(s.coded(), s.paragraph() == paragraph);
            paragraph = s.paragraph();
        }
        return joined;
    }

    /** True when every sentence of the bead, on both sides, is a code block ({@link ParagraphKind#CODE}). */
    public boolean isCode(Bead bead) {
        return bead.source().size() + bead.target().size() > 0
                && bead.source().stream().allMatch(source::isCode)
                && bead.target().stream().allMatch(target::isCode);
    }

    private static String join(SegmentedDocument doc, List<Integer> indexes) {
        StringBuilder sb = new StringBuilder();
        for (int i : indexes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(doc.segments().get(i).text());
        }
        return sb.toString();
    }
}
