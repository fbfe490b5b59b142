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

    /**
     * About how many printed lines the longer side takes, to fill the pages of a printed edition:
     * {@code charactersPerLine} to a line, half a line between paragraphs, two lines for a heading.
     */
    double lines(int charactersPerLine) {
        return Math.max(lines(source, charactersPerLine), lines(target, charactersPerLine));
    }

    private static double lines(List<EditionParagraph> ps, int perLine) {
        double n = 0;
        for (EditionParagraph p : ps) {
            n += p.isHeading() ? 2 : Math.ceil(Math.max(p.text().length(), 1) / (double) perLine) + 0.5;
            for (var note : p.notes()) {
                // notes print smaller: more characters to a line
                n += Math.ceil(note.text().length() / (perLine * 1.25)) + 0.3;
            }
        }
        return n;
    }
}
