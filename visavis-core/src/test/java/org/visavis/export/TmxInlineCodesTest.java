package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Test;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.CodedText;
import org.visavis.model.InlineCode;
import org.visavis.model.InlineCode.Kind;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/** Inline codes in the TMX: TMX 1.4 elements, numbered across the two sides. */
class TmxInlineCodesTest {

    private static final Language EN = Language.parse("en-US");
    private static final Language FR = Language.parse("fr-FR");

    private static InlineCode open(int at, int id, String type, String data) {
        return new InlineCode(at, Kind.OPENING, id, type, data);
    }

    private static InlineCode close(int at, int id, String type, String data) {
        return new InlineCode(at, Kind.CLOSING, id, type, data);
    }

    private static final String EN_TEXT = "The debian-installer, designed to be extremely modular, targets the first objective.";
    private static final CodedText EN_CODED = new CodedText(EN_TEXT, List.of(
            open(4, 1, "code", "<code class=\"command\">"), close(20, 1, "code", "</code>")));
    private static final String FR_TEXT = "debian-installer, conçu de manière très modulaire, répond au premier.";
    private static final CodedText FR_CODED = new CodedText(FR_TEXT, List.of(
            open(0, 1, "code", "<code class=\"command\">"), close(16, 1, "code", "</code>")));

    @Test
    void aPairIsBptAndEptWithTheMarkupAsContent() {
        TmxInlineCodes.Sides sides = TmxInlineCodes.write(EN_CODED, FR_CODED);
        assertThat(sides.source()).isEqualTo("The <bpt i=\"1\" x=\"1\">&lt;code class=\"command\"&gt;</bpt>debian-installer"
                + "<ept i=\"1\">&lt;/code&gt;</ept>, designed to be extremely modular, targets the first objective.");
        assertThat(sides.target()).isEqualTo("<bpt i=\"1\" x=\"1\">&lt;code class=\"command\"&gt;</bpt>debian-installer"
                + "<ept i=\"1\">&lt;/code&gt;</ept>, conçu de manière très modulaire, répond au premier.");
    }

    @Test
    void theTargetsCodesTakeTheNumbersOfTheSourcesCodesOfTheSameKind() {
        // source: <a>Chapter 15, <em>Creating a Debian Package</em></a> ... ; target: <em>..</em> before <a>..</a>
        String en = "See Chapter 15, Creating a Debian Package for more.";
        CodedText source = new CodedText(en, List.of(open(4, 1, "link", "<a href=\"p.html\">"), open(16, 2, "em", "<em>"),
                close(41, 2, "em", "</em>"), close(41, 1, "link", "</a>")));
        String fr = "Voir Créer un paquet Debian, au chapitre 15, et le glossaire.";
        CodedText target = new CodedText(fr, List.of(open(5, 1, "em", "<em>"), close(27, 1, "em", "</em>"),
                open(32, 2, "link", "<a href=\"p.html\">"), close(43, 2, "link", "</a>"),
                open(51, 3, "link", "<a href=\"g.html\">"), close(60, 3, "link", "</a>")));
        TmxInlineCodes.Sides sides = TmxInlineCodes.write(source, target);
        assertThat(sides.source()).contains("<bpt i=\"1\" x=\"1\">&lt;a href=\"p.html\"&gt;</bpt>")
                .contains("<bpt i=\"2\" x=\"2\">&lt;em&gt;</bpt>");
        assertThat(sides.target()).contains("<bpt i=\"1\" x=\"2\">&lt;em&gt;</bpt>")
                .contains("<bpt i=\"2\" x=\"1\">&lt;a href=\"p.html\"&gt;</bpt>")
                // a second link the source does not have: written, with a number of its own
                .contains("<bpt i=\"3\" x=\"3\">&lt;a href=\"g.html\"&gt;</bpt>glossaire<ept i=\"3\">&lt;/a&gt;</ept>");
    }

    @Test
    void halfAPairIsAnIsolatedCodeAndALoneCodeAPlaceholder() {
        String en = "Debian is free. It is big.";
        CodedText source = new CodedText(en, List.of(open(10, 1, "em", "<em>"), new InlineCode(15, Kind.PLACEHOLDER, 2, "br", "<br/>")));
        TmxInlineCodes.Sides sides = TmxInlineCodes.write(source, CodedText.plain("Debian est libre."));
        assertThat(sides.source()).isEqualTo("Debian is <it pos=\"begin\" x=\"1\">&lt;em&gt;</it>free.<ph x=\"2\">&lt;br/&gt;</ph> It is big.");
        CodedText end = new CodedText("It is big.", List.of(close(2, 1, "em", "</em>")));
        assertThat(TmxInlineCodes.write(end, CodedText.plain("")).source()).isEqualTo("It<it pos=\"end\" x=\"1\">&lt;/em&gt;</it> is big.");
    }

    @Test
    void codesThatFrameTheWholeTextAreLeftOutAsCatToolsDo() {
        // <a href><strong>Prev</strong>1.4. Follow Debian News</a>, and an anchor before a heading
        String nav = "Prev1.4. Follow Debian News";
        CodedText framed = new CodedText(nav, List.of(open(0, 1, "link", "<a href=\"n.html\">"), open(0, 2, "strong", "<strong>"),
                close(4, 2, "strong", "</strong>"), close(27, 1, "link", "</a>")));
        assertThat(TmxInlineCodes.write(framed, CodedText.plain("")).source())
                .isEqualTo("<bpt i=\"1\" x=\"1\">&lt;strong&gt;</bpt>Prev<ept i=\"1\">&lt;/strong&gt;</ept>1.4. Follow Debian News");
        CodedText anchored = new CodedText("1.5.2. The Software Library", List.of(open(0, 1, "link", "<a id=\"x\">"), close(0, 1, "link", "</a>")));
        assertThat(TmxInlineCodes.write(anchored, CodedText.plain("")).source()).isEqualTo("1.5.2. The Software Library");
    }

    @Test
    void okapisTmxFilterReadsTheCodesBackOnBothSides() {
        SegmentedDocument en = new SegmentedDocument("en.html", EN,
                List.of(new Paragraph(EN_TEXT, ParagraphKind.BODY, List.of(), EN_CODED.codes())),
                List.of(new Segment(EN_TEXT, 0, EN_CODED.codes())));
        SegmentedDocument fr = new SegmentedDocument("fr.html", FR,
                List.of(new Paragraph(FR_TEXT, ParagraphKind.BODY, List.of(), FR_CODED.codes())),
                List.of(new Segment(FR_TEXT, 0, FR_CODED.codes())));
        Alignment a = new Alignment(en, fr, List.of(Bead.auto(List.of(0), List.of(0), 0.9)));
        StringWriter out = new StringWriter();
        new TmxWriter(TmxOptions.of(EN, FR, "0.1.0")).write(a, out);
        List<TextFragment> sources = new ArrayList<>();
        List<TextFragment> targets = new ArrayList<>();
        LocaleId fr2 = LocaleId.fromString("fr-FR");
        try (TmxFilter filter = new TmxFilter()) {
            filter.open(new RawDocument(out.toString(), LocaleId.fromString("en-US"), fr2));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    sources.add(tu.getSource().getFirstContent());
                    targets.add(tu.getTarget(fr2).getFirstContent());
                }
            }
        }
        assertThat(sources).singleElement().satisfies(f -> {
            assertThat(plain(f)).isEqualTo(EN_TEXT);
            assertThat(f.getCodes()).extracting(Code::getTagType, Code::getData).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(TextFragment.TagType.OPENING, "<code class=\"command\">"),
                    org.assertj.core.groups.Tuple.tuple(TextFragment.TagType.CLOSING, "</code>"));
            assertThat(f.getCodedText().indexOf(TextFragment.MARKER_OPENING)).isEqualTo(4);
        });
        assertThat(targets).singleElement().satisfies(f -> {
            assertThat(plain(f)).isEqualTo(FR_TEXT);
            assertThat(f.getCodes()).hasSize(2);
        });
    }

    /** The fragment's text without its code markers. */
    private static String plain(TextFragment f) {
        StringBuilder sb = new StringBuilder();
        String coded = f.getCodedText();
        for (int i = 0; i < coded.length(); i++) {
            if (TextFragment.isMarker(coded.charAt(i))) {
                i++;
            } else {
                sb.append(coded.charAt(i));
            }
        }
        return sb.toString();
    }
}
