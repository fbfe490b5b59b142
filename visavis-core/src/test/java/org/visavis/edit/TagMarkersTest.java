package org.visavis.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.CodedText;
import org.visavis.model.InlineCode;
import org.visavis.model.InlineCode.Kind;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;

/**
 * Inline codes through the sentence editor, on a sentence of the Handbook's "Role of
 * Distributions" as Okapi reads it from the HTML page (a command in {@code <code>}, a link with an
 * emphasis inside).
 */
class TagMarkersTest {

    private static final String INSTALLER = "The debian-installer, designed to be extremely modular, targets the first objective.";
    private static final String SEE = "See Chapter 15, Creating a Debian Package for more.";
    private static final InlineCode CODE = new InlineCode(4, Kind.OPENING, 1, "code", "<code class=\"command\">");
    private static final InlineCode END_CODE = new InlineCode(20, Kind.CLOSING, 1, "code", "</code>");

    private static List<Segment> sentences() {
        return List.of(new Segment(INSTALLER, 0, List.of(CODE, END_CODE)),
                new Segment(SEE, 0, List.of(new InlineCode(4, Kind.OPENING, 2, "link", "<a href=\"debian-packaging.html\">"),
                        new InlineCode(16, Kind.OPENING, 3, "em", "<em>"), new InlineCode(41, Kind.CLOSING, 3, "em", "</em>"),
                        new InlineCode(41, Kind.CLOSING, 2, "link", "</a>"))));
    }

    @Test
    void codesShowAsNumberedMarkersAcrossTheSentences() {
        assertThat(TagMarkers.show(sentences())).isEqualTo(
                "The ⟨1⟩debian-installer⟨/1⟩, designed to be extremely modular, targets the first objective.\n"
                        + "See ⟨2⟩Chapter 15, ⟨3⟩Creating a Debian Package⟨/3⟩⟨/2⟩ for more.");
    }

    @Test
    void anEditKeepsTheCodesWhereTheirMarkersWereLeft() {
        String edited = "The ⟨1⟩debian-installer⟨/1⟩ targets the first objective.\n"
                + "See ⟨2⟩Chapter 15, ⟨3⟩Creating a Debian Package⟨/3⟩⟨/2⟩ for details.";
        List<CodedText> back = TagMarkers.read(edited, sentences());
        assertThat(back.get(0).text()).isEqualTo("The debian-installer targets the first objective.");
        assertThat(back.get(0).codes()).containsExactly(CODE, END_CODE);
        assertThat(back.get(1).text()).isEqualTo("See Chapter 15, Creating a Debian Package for details.");
        assertThat(back.get(1).codes()).extracting(InlineCode::position).containsExactly(4, 16, 41, 41);
        assertThat(back.get(1).codes().get(0).data()).isEqualTo("<a href=\"debian-packaging.html\">");
        // moved: the code now frames another word
        assertThat(TagMarkers.read("The debian-installer, ⟨1⟩designed⟨/1⟩ to be modular.\nSee it.", sentences()).get(0).codes())
                .extracting(InlineCode::position).containsExactly(22, 30);
    }

    @Test
    void markersThatNoLongerMakeSenseAreRefusedSayingWhich() {
        String see = "\nSee ⟨2⟩Chapter 15, ⟨3⟩Creating a Debian Package⟨/3⟩⟨/2⟩ for more.";
        assertThatThrownBy(() -> TagMarkers.read("The ⟨1⟩debian-installer, designed." + see, sentences()))
                .isInstanceOf(EditException.class).hasMessageStartingWith("the tag ⟨/1⟩ is missing");
        assertThatThrownBy(() -> TagMarkers.read("The ⟨/1⟩debian-installer⟨1⟩, designed." + see, sentences()))
                .isInstanceOf(EditException.class).hasMessageStartingWith("the tag ⟨/1⟩ comes before ⟨1⟩");
        assertThatThrownBy(() -> TagMarkers.read("The ⟨1⟩debian⟨/1⟩-installer⟨1⟩." + see, sentences()))
                .isInstanceOf(EditException.class).hasMessageStartingWith("the tag ⟨1⟩ is there twice");
        assertThatThrownBy(() -> TagMarkers.read("The ⟨7⟩debian-installer⟨/7⟩." + see, sentences()))
                .isInstanceOf(EditException.class).hasMessageStartingWith("the tag ⟨7⟩ is not one of this text's tags");
        // both ends deleted: the code goes
        assertThat(TagMarkers.read("The debian-installer, designed." + see, sentences()).get(0).codes()).isEmpty();
    }

    @Test
    void editingAndSplittingASentenceKeepItsCodesAndThoseOfItsParagraph() {
        Language en = Language.parse("en-US");
        Language fr = Language.parse("fr-FR");
        String both = INSTALLER + " " + SEE;
        SegmentedDocument source = new SegmentedDocument("page.html", en, List.of(Paragraph.body(both)), sentences());
        SegmentedDocument target = new SegmentedDocument("page.html", fr, List.of(Paragraph.body("Debian.")),
                List.of(new Segment("Debian.", 0)));
        Alignment a = new Alignment(source, target, List.of(Bead.auto(List.of(0, 1), List.of(0), 0.9)));

        Alignment edited = AlignmentEdits.replaceCodedSentences(a, 0, Side.SOURCE, TagMarkers.read(
                "The ⟨1⟩debian-installer⟨/1⟩ targets the first objective.\n"
                        + "See ⟨2⟩Chapter 15, ⟨3⟩Creating a Debian Package⟨/3⟩⟨/2⟩ for more.", sentences()));
        assertThat(edited.source().segments().get(0).codes()).containsExactly(CODE, END_CODE);
        Paragraph p = edited.source().paragraphs().get(0);
        assertThat(p.text()).startsWith("The debian-installer targets");
        assertThat(p.codes()).hasSize(6);
        assertThat(p.text().substring(p.codes().get(2).position(), p.codes().get(5).position()))
                .isEqualTo("Chapter 15, Creating a Debian Package");

        Alignment split = AlignmentEdits.splitSentence(edited, Side.SOURCE, 1, "See Chapter 15,".length());
        assertThat(split.source().segments()).extracting(Segment::text)
                .containsExactly("The debian-installer targets the first objective.", "See Chapter 15,", "Creating a Debian Package for more.");
        assertThat(split.source().segments().get(1).codes()).extracting(InlineCode::kind, InlineCode::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.OPENING, 4));
        assertThat(split.source().segments().get(2).codes()).extracting(InlineCode::kind, InlineCode::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.OPENING, 0), org.assertj.core.groups.Tuple.tuple(Kind.CLOSING, 25),
                        org.assertj.core.groups.Tuple.tuple(Kind.CLOSING, 25));
    }
}
