package org.visavis.export;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Paragraph;
import org.visavis.model.SegmentedDocument;

/**
 * Groups the beads of an alignment into the rows of a bilingual edition, so that the two
 * columns stay in step paragraph by paragraph. A row ends where both documents end a paragraph
 * at the same bead boundary; when the translation joins two source paragraphs into one, the two
 * stay in one row.
 *
 * <pre>{@code
 * for (ParagraphRow row : ParagraphRows.of(alignment)) { ... row.source() ... row.target() ... }
 * }</pre>
 */
public final class ParagraphRows {
    private ParagraphRows() {
    }

    public static List<ParagraphRow> of(Alignment alignment) {
        SegmentedDocument src = alignment.source();
        SegmentedDocument tgt = alignment.target();
        List<Bead> beads = alignment.beads();
        // Row starts: bead index and the sentence positions on each side at that bead.
        List<int[]> starts = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (int k = 0; k < beads.size(); k++) {
            if (k == 0 || (atParagraphStart(src, s) && atParagraphStart(tgt, t))) {
                starts.add(new int[] {k, s, t});
            }
            s += beads.get(k).source().size();
            t += beads.get(k).target().size();
        }
        List<List<EditionParagraph>> srcParagraphs = paragraphs(src);
        List<List<EditionParagraph>> tgtParagraphs = paragraphs(tgt);
        List<ParagraphRow> rows = new ArrayList<>(starts.size());
        for (int r = 0; r < starts.size(); r++) {
            int[] start = starts.get(r);
            boolean last = r + 1 == starts.size();
            int endBead = last ? beads.size() : starts.get(r + 1)[0];
            // the first row also takes any paragraphs before the first sentence; the last, any after the last
            int srcFrom = r == 0 ? 0 : paragraphAt(src, start[1]);
            int tgtFrom = r == 0 ? 0 : paragraphAt(tgt, start[2]);
            int srcTo = last ? src.paragraphs().size() : paragraphAt(src, starts.get(r + 1)[1]);
            int tgtTo = last ? tgt.paragraphs().size() : paragraphAt(tgt, starts.get(r + 1)[2]);
            rows.add(new ParagraphRow(slice(srcParagraphs, srcFrom, srcTo), slice(tgtParagraphs, tgtFrom, tgtTo),
                    start[0], endBead - start[0]));
        }
        return rows;
    }

    private static boolean atParagraphStart(SegmentedDocument doc, int position) {
        return position >= doc.size() || doc.startsParagraph(position);
    }

    /** Paragraphs {@code from} (inclusive) to {@code to} (exclusive). */
    private static List<EditionParagraph> slice(List<List<EditionParagraph>> all, int from, int to) {
        List<EditionParagraph> out = new ArrayList<>();
        for (int p = from; p < to; p++) {
            out.addAll(all.get(p));
        }
        return out;
    }

    private static int paragraphAt(SegmentedDocument doc, int position) {
        return position < doc.size() ? doc.segments().get(position).paragraph() : doc.paragraphs().size();
    }

    /** Each paragraph's text as its sentences give it (the aligned, possibly edited, text). */
    private static List<List<EditionParagraph>> paragraphs(SegmentedDocument doc) {
        List<StringBuilder> texts = new ArrayList<>();
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            texts.add(new StringBuilder());
        }
        boolean[] hasSentences = new boolean[doc.paragraphs().size()];
        for (var seg : doc.segments()) {
            StringBuilder sb = texts.get(seg.paragraph());
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(seg.text());
            hasSentences[seg.paragraph()] = true;
        }
        List<List<EditionParagraph>> out = new ArrayList<>();
        for (int p = 0; p < doc.paragraphs().size(); p++) {
            Paragraph para = doc.paragraphs().get(p);
            String text = hasSentences[p] ? texts.get(p).toString() : para.text();
            out.add(List.of(new EditionParagraph(text, para.kind(), para.notes())));
        }
        return out;
    }
}
