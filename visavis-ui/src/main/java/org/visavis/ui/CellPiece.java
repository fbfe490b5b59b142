package org.visavis.ui;

import java.util.ArrayList;
import java.util.List;
import org.visavis.edit.TagMarkers;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;

/**
 * One block of a table cell: a sentence (heading or body, marked when it opens a paragraph; its
 * inline codes as the editor's tag markers, {@link TagMarkers}) or
 * a note of the paragraph the sentence closes. Each piece starts on a new line.
 * {@code CellPiece.of(alignment, bead, Side.SOURCE)} lists a bead's source side.
 */
record CellPiece(String text, Kind kind, boolean opensParagraph) {
    enum Kind { SENTENCE, HEADING, NOTE }

    static List<CellPiece> of(Alignment a, Bead bead, Side side) {
        SegmentedDocument doc = side.of(a);
        List<Integer> indexes = side.of(bead);
        List<CellPiece> pieces = new ArrayList<>(indexes.size());
        // the sentences with their inline codes as tag markers, as the sentence editor shows them
        List<String> shown = TagMarkers.lines(indexes.stream().map(i -> doc.segments().get(i)).toList());
        for (int k = 0; k < indexes.size(); k++) {
            int i = indexes.get(k);
            int p = doc.segments().get(i).paragraph();
            Paragraph paragraph = doc.paragraphs().get(p);
            pieces.add(new CellPiece(shown.get(k), paragraph.isHeading() ? Kind.HEADING : Kind.SENTENCE,
                    i > 0 && doc.startsParagraph(i)));
            boolean closesParagraph = i == doc.size() - 1 || doc.segments().get(i + 1).paragraph() != p;
            if (closesParagraph) {
                for (Note n : paragraph.notes()) {
                    pieces.add(new CellPiece("[" + n.label() + "] " + n.text(), Kind.NOTE, false));
                }
            }
        }
        return pieces;
    }
}
