package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import javax.swing.JLabel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.edit.HandbookFixture;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;

/** Word wrap of real sentences: no line wider than the column, no character lost, heights that match the lines. */
class LineWrapperTest {
    private final JLabel component = new JLabel();
    private final LineWrapper wrapper = new LineWrapper(component, new Font(Font.SANS_SERIF, Font.PLAIN, 15));

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {40, 120, 260, 480, 2000})
    void wrapsEveryBeadWithinTheWidthAndKeepsTheText(int width) {
        Alignment a = HandbookFixture.naiveAlignment();
        for (Bead b : a.beads()) {
            for (Side side : Side.values()) {
                List<CellPiece> pieces = CellPiece.of(a, b, side);
                List<LineWrapper.Line> lines = wrapper.lines(pieces, width);
                int height = lines.stream().mapToInt(l -> wrapper.lineHeight(l.kind())).sum();
                assertThat(wrapper.height(pieces, width)).isEqualTo(height);
                for (LineWrapper.Line l : lines) {
                    boolean singleWordOrChar = !l.text().strip().contains(" ") || l.text().length() == 1;
                    if (!singleWordOrChar) {
                        assertThat(component.getFontMetrics(wrapper.font(l.kind())).stringWidth(l.text()))
                                .as("line '%s'", l.text()).isLessThanOrEqualTo(width + 2);
                    }
                }
                String joined = String.join("", lines.stream().map(l -> l.text().replace(LineWrapper.PILCROW, "")).toList())
                        .replace(" ", "");
                String expected = String.join("", pieces.stream().map(CellPiece::text).toList()).replace(" ", "");
                assertThat(joined).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void notesFollowTheLastSentenceOfTheirParagraph(int bead) {
        SegmentedDocument fr = HandbookFixture.naiveAlignment().source();
        List<Paragraph> paragraphs = new java.util.ArrayList<>(fr.paragraphs());
        Paragraph p1 = paragraphs.get(1);
        paragraphs.set(1, new Paragraph(p1.text(), ParagraphKind.BODY, List.of(new Note("1", "Voir le Chapitre 4, Installation."))));
        SegmentedDocument withNote = new SegmentedDocument(fr.name(), fr.language(), paragraphs, fr.segments());
        Alignment a = new Alignment(withNote, HandbookFixture.naiveAlignment().target(), HandbookFixture.naiveAlignment().beads());
        List<CellPiece> pieces = CellPiece.of(a, a.beads().get(bead), Side.SOURCE);
        if (bead == 0) {
            assertThat(pieces).singleElement().extracting(CellPiece::kind).isEqualTo(CellPiece.Kind.HEADING);
        } else {
            assertThat(pieces).extracting(CellPiece::kind).containsExactly(CellPiece.Kind.SENTENCE, CellPiece.Kind.NOTE);
            assertThat(pieces.get(0).opensParagraph()).isTrue();
            assertThat(pieces.get(1).text()).isEqualTo("[1] Voir le Chapitre 4, Installation.");
        }
    }
}
