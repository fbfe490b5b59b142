package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

class ParagraphRowsTest {

    @Test
    void theForewordHasOneRowPerParagraphWithHeadingsAndNotes() {
        List<ParagraphRow> rows = ParagraphRows.of(HandbookExcerpt.foreword());

        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(ParagraphRow::isHeading).containsExactly(true, false, true, false, false);
        assertThat(rows.get(1).source().get(0).text()).startsWith("Debian GNU/Linux est").endsWith("connaissance de cause.");
        assertThat(rows.get(1).target().get(0).text()).startsWith("Debian GNU/Linux is").endsWith("when choosing.");
        assertThat(rows.get(1).source().get(0).notes()).containsExactly(HandbookExcerpt.FR_NOTE);
        assertThat(rows.get(4).firstBead()).isEqualTo(5);
        assertThat(rows.get(4).beadCount()).isEqualTo(2);
    }

    /**
     * Paragraph sizes (sentences per paragraph) on each side, the beads, and the rows expected as
     * "source paragraphs/target paragraphs" per row.
     */
    @ParameterizedTest(name = "{0} | {1} | {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 2     | 1 2   | [0]:[0] [1]:[1] [2]:[2]          | 1/1 1/1
            1 1     | 2     | [0]:[0] [1]:[1]                  | 2/1
            2       | 1 1   | [0]:[0] [1]:[1]                  | 1/2
            1 1     | 1 1   | [0,1]:[0,1]                      | 2/2
            1 1     | 1     | [0]:[0] [1]:[]                   | 1/1 1/0
            1       | 1 1   | [0]:[0] []:[1]                   | 1/1 0/1
            2 1     | 1 1 1 | [0]:[0] []:[1] [1]:[] [2]:[2]    | 1/2 1/1
            """)
    void rowsStayInStepParagraphByParagraph(String sourceSizes, String targetSizes, String beads, String expected) {
        Alignment a = new Alignment(document(sourceSizes, "fr"), document(targetSizes, "en"), beads(beads));

        List<String> shape = new ArrayList<>();
        for (ParagraphRow r : ParagraphRows.of(a)) {
            shape.add(r.source().size() + "/" + r.target().size());
        }

        assertThat(String.join(" ", shape)).isEqualTo(expected);
    }

    @Test
    void everyBeadIsInExactlyOneRow() {
        Alignment a = HandbookExcerpt.repeated(301);
        int covered = 0;
        for (ParagraphRow r : ParagraphRows.of(a)) {
            assertThat(r.firstBead()).isEqualTo(covered);
            covered += r.beadCount();
        }
        assertThat(covered).isEqualTo(301);
    }

    @Test
    void anEmptyAlignmentHasNoRows() {
        Alignment a = new Alignment(document("", "fr"), document("", "en"), List.of());
        assertThat(ParagraphRows.of(a)).isEmpty();
    }

    /** A document of real sentences with the given paragraph sizes, e.g. "2 1". */
    static SegmentedDocument document(String sizes, String language) {
        List<String> pool = HandbookExcerpt.sentences(language.equals("fr") ? HandbookExcerpt.FR : HandbookExcerpt.EN);
        List<Paragraph> ps = new ArrayList<>();
        List<Segment> ss = new ArrayList<>();
        for (String size : sizes.isBlank() ? new String[0] : sizes.trim().split("\\s+")) {
            for (int i = 0; i < Integer.parseInt(size); i++) {
                ss.add(new Segment(pool.get(ss.size() % pool.size()), ps.size()));
            }
            ps.add(Paragraph.body(""));
        }
        return new SegmentedDocument("doc", Language.parse(language), ps, ss);
    }

    /** Beads in the benchmark notation, space-separated: "[0]:[0] [1,2]:[]". */
    static List<Bead> beads(String notation) {
        List<Bead> out = new ArrayList<>();
        for (String b : notation.trim().split("\\s+")) {
            String[] sides = b.split(":");
            out.add(Bead.auto(indexes(sides[0]), indexes(sides[1]), 0.5));
        }
        return out;
    }

    private static List<Integer> indexes(String side) {
        String inner = side.substring(1, side.length() - 1);
        List<Integer> out = new ArrayList<>();
        for (String i : inner.isEmpty() ? new String[0] : inner.split(",")) {
            out.add(Integer.parseInt(i));
        }
        return out;
    }
}
