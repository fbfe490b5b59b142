package org.visavis.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.ingest.TikaDocumentReader;
import org.visavis.model.Document;
import org.visavis.model.InlineCode;
import org.visavis.model.InlineCode.Kind;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/** Sentences keep the inline codes of their part of the paragraph. */
class CodePlacementTest {

    private static final Language EN = Language.parse("en-US");

    private static InlineCode code(int at, Kind kind, int id, String type) {
        return new InlineCode(at, kind, id, type, "<" + (kind == Kind.CLOSING ? "/" : "") + type + ">");
    }

    private static List<Segment> split(Paragraph p) {
        Document doc = new Document("t.html", EN, List.of(p));
        return new DocumentSegmenter().segment(doc, SrxSegmenter.forLanguage(EN)).segments();
    }

    @Test
    void theHandbookSentenceWithCodeMarkupKeepsItAndTheNextHasNone() {
        Document doc = new TikaDocumentReader().read(
                Path.of("corpora/debian-handbook/en-US/sect.role-of-distributions.html"), EN);
        SegmentedDocument s = new DocumentSegmenter().segment(doc, SrxSegmenter.forLanguage(EN));
        int i = s.texts().indexOf("The debian-installer, designed to be extremely modular in order to be as generic as "
                + "possible, targets the first objective.");
        assertThat(i).isNotNegative();
        assertThat(s.segments().get(i).codes()).extracting(InlineCode::position, InlineCode::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, Kind.OPENING), org.assertj.core.groups.Tuple.tuple(20, Kind.CLOSING));
        assertThat(s.segments().get(i + 1).text()).startsWith("It covers a broad range");
        assertThat(s.segments().get(i + 1).codes()).isEmpty();
    }

    @Test
    void onABoundaryAClosingCodeStaysBehindAndAnOpeningCodeGoesAhead() {
        // "<b>Debian is free.</b> <a>It</a> is big."; the closing bold sits after the space
        String text = "Debian is free. It is big.";
        Paragraph p = new Paragraph(text, ParagraphKind.BODY, List.of(), List.of(
                code(0, Kind.OPENING, 1, "b"), code(16, Kind.CLOSING, 1, "b"),
                code(16, Kind.OPENING, 2, "a"), code(18, Kind.CLOSING, 2, "a")));
        List<Segment> segments = split(p);
        assertThat(segments).extracting(Segment::text).containsExactly("Debian is free.", "It is big.");
        assertThat(segments.get(0).codes()).containsExactly(code(0, Kind.OPENING, 1, "b"), code(15, Kind.CLOSING, 1, "b"));
        assertThat(segments.get(1).codes()).containsExactly(code(0, Kind.OPENING, 2, "a"), code(2, Kind.CLOSING, 2, "a"));
    }

    @Test
    void aPairAcrossTwoSentencesLeavesEachItsHalf() {
        String text = "Debian is free. It is big.";
        Paragraph p = new Paragraph(text, ParagraphKind.BODY, List.of(), List.of(
                code(10, Kind.OPENING, 1, "em"), code(18, Kind.CLOSING, 1, "em"), code(26, Kind.PLACEHOLDER, 2, "br")));
        List<Segment> segments = split(p);
        assertThat(segments.get(0).codes()).containsExactly(code(10, Kind.OPENING, 1, "em"));
        assertThat(segments.get(1).codes()).containsExactly(code(2, Kind.CLOSING, 1, "em"), code(10, Kind.PLACEHOLDER, 2, "br"));
    }

    @Test
    void aParagraphOfWhiteSpaceAndCodesAloneGivesNoSentence() {
        // LibreOffice's EPUB wraps an image in a paragraph of its own: codes, a space, no text
        Paragraph p = new Paragraph(" ", ParagraphKind.BODY, List.of(), List.of(
                code(0, Kind.OPENING, 1, "span"), code(1, Kind.CLOSING, 1, "span"), code(1, Kind.PLACEHOLDER, 2, "img")));
        Paragraph next = new Paragraph("Debian is free.", ParagraphKind.BODY, List.of(), List.of());
        Document doc = new Document("t.xhtml", EN, List.of(p, next));
        List<Segment> segments = new DocumentSegmenter().segment(doc, SrxSegmenter.forLanguage(EN)).segments();
        assertThat(segments).extracting(Segment::text).containsExactly("Debian is free.");
    }
}
