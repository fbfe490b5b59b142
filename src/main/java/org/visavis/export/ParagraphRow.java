package org.visavis.export;

import java.util.List;

/**
 * One row of a bilingual edition: source paragraphs on the left, the paragraphs that translate
 * them on the right. A row usually holds one paragraph a side; it holds more when the
 * translation merged or split paragraphs, and none on one side when a paragraph is untranslated.
 *
 * @param source the source paragraphs of the row, in order
 * @param target the target paragraphs of the row, in order
 * @param firstBead index of the first bead the row holds
 * @param beadCount how many beads the row holds
 */
public record ParagraphRow(List<EditionParagraph> source, List<EditionParagraph> target, int firstBead, int beadCount) {
    public ParagraphRow {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /** True when every paragraph of the row, on both sides, is a heading. */
    public boolean isHeading() {
        return (!source.isEmpty() || !target.isEmpty())
                && source.stream().allMatch(EditionParagraph::isHeading)
                && target.stream().allMatch(EditionParagraph::isHeading);
    }

    /** Characters of text on the longer side, to fill pages of a printed edition. */
    int length() {
        return Math.max(length(source), length(target));
    }

    private static int length(List<EditionParagraph> ps) {
        int n = 0;
        for (EditionParagraph p : ps) {
            n += p.text().length();
            for (var note : p.notes()) {
                n += note.text().length();
            }
        }
        return n;
    }
}
