package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.InlineCode;
import org.visavis.model.InlineCode.Kind;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * OmegaT's tags in the memory of an OmegaT project. The expected segments are those OmegaT 3.6
 * showed (console-createpseudotranslatetmx) for the Handbook's "Lifecycle of a Release" as HTML
 * and as the DOCX LibreOffice makes of it; the codes are those Okapi read from the same files.
 */
class OmegatTagsTest {

    private static final Language EN = Language.parse("en-US");
    private static final Language FR = Language.parse("fr-FR");

    private static InlineCode open(int at, int id, String data) {
        return new InlineCode(at, Kind.OPENING, id, "x", data);
    }

    private static InlineCode close(int at, int id, String data) {
        return new InlineCode(at, Kind.CLOSING, id, "x", data);
    }

    /** Each paragraph's sentences, each sentence with its codes. */
    private static SegmentedDocument doc(String name, Language lang, List<List<Segment>> paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        for (List<Segment> p : paragraphs) {
            ps.add(Paragraph.body(String.join(" ", p.stream().map(Segment::text).toList())));
            for (Segment s : p) {
                segments.add(new Segment(s.text(), ps.size() - 1, s.codes()));
            }
        }
        return new SegmentedDocument(name, lang, ps, segments);
    }

    private static Segment s(String text, InlineCode... codes) {
        return new Segment(text, 0, List.of(codes));
    }

    private static List<String> sources(Alignment a) {
        OmegatTags tags = OmegatTags.forAlignment(a).orElseThrow();
        return a.beads().stream().map(b -> tags.write(b).source()).toList();
    }

    private static List<Bead> oneToOne(int n) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beads.add(Bead.auto(List.of(i), List.of(i), 1));
        }
        return beads;
    }

    @Test
    void docxCodesAtOnePlaceAreOneStandaloneTagNumberedAcrossTheParagraph() {
        String thus = "Thus, to produce binaries for the arm64 architecture, the project has arm64 machines available.";
        String buildd = "The buildd program runs on them continuously.";
        SegmentedDocument en = doc("lifecycle.docx", EN, List.of(
                List.of(s("QUICK LOOK buildd, the Debian package recompiler", open(10, 1, "<run1>"), close(10, 1, "</run1>"),
                        open(11, 2, "<run2>"), close(17, 2, "</run2>"), open(17, 3, "<run3>"), close(48, 3, "</run3>"))),
                List.of(s(thus, open(34, 1, "<run1>"), close(39, 1, "</run1>"), open(70, 2, "<run2>"), close(75, 2, "</run2>")),
                        s(buildd, open(4, 3, "<run3>"), close(10, 3, "</run3>"))),
                List.of(s("buildd is the abbreviation of “build daemon”.", open(0, 1, "<run1>"), close(6, 1, "</run1>")))));
        SegmentedDocument fr = doc("lifecycle.docx", FR, List.of(
                List.of(s("COUP D’ŒIL buildd, le recompilateur", open(10, 1, "<run1>"), close(10, 1, "</run1>"),
                        open(11, 2, "<run2>"), close(17, 2, "</run2>"), open(17, 3, "<run3>"), close(35, 3, "</run3>"))),
                List.of(s("Ainsi, pour arm64, le projet a des machines arm64.", open(12, 1, "<run1>"), close(17, 1, "</run1>"),
                        open(44, 2, "<run2>"), close(49, 2, "</run2>")),
                        s("Le programme buildd y tourne.", open(13, 3, "<run3>"), close(19, 3, "</run3>"))),
                List.of(s("buildd est l’abréviation de « build daemon ».", open(0, 1, "<run1>"), close(6, 1, "</run1>")))));
        Alignment a = new Alignment(en, fr, oneToOne(4));

        assertThat(sources(a)).containsExactly(
                "QUICK LOOK&lt;t0/&gt; &lt;t1/&gt;buildd&lt;t2/&gt;, the Debian package recompiler",
                "Thus, to produce binaries for the &lt;t0/&gt;arm64&lt;t1/&gt; architecture, the project has "
                        + "&lt;t2/&gt;arm64&lt;t3/&gt; machines available.",
                "The &lt;t4/&gt;buildd&lt;t5/&gt; program runs on them continuously.",
                "buildd&lt;t0/&gt; is the abbreviation of “build daemon”.");
        OmegatTags tags = OmegatTags.forAlignment(a).orElseThrow();
        assertThat(tags.write(a.beads().get(2)).target()).isEqualTo("Le programme &lt;t4/&gt;buildd&lt;t5/&gt; y tourne.");
        assertThat(tags.write(a.beads().get(3)).target()).isEqualTo("buildd&lt;t0/&gt; est l’abréviation de « build daemon ».");
    }

    @Test
    void htmlElementsAreTaggedByTheirFirstLetterAndTheTargetTakesTheSourcesNumbers() {
        String note = "NOTE Limitations of Testing";
        String unstable = "Still, Testing poses far fewer problems than Unstable.";
        SegmentedDocument en = doc("lifecycle.html", EN, List.of(
                List.of(s(note, open(0, 1, "<strong class=\"title\">"), open(0, 2, "<em>"), close(4, 2, "</em>"),
                        close(4, 1, "</strong>"), open(20, 3, "<span class=\"distribution\">"), close(27, 3, "</span>"))),
                List.of(s("Each release is good.", open(5, 1, "<em>"), close(12, 1, "</em>")),
                        s(unstable, open(7, 2, "<span class=\"distribution\">"), close(14, 2, "</span>"),
                                open(45, 3, "<span class=\"distribution\">"), close(53, 3, "</span>")))));
        SegmentedDocument fr = doc("lifecycle.html", FR, List.of(
                List.of(s("NOTE Limites de Testing", open(0, 1, "<strong class=\"title\">"), open(0, 2, "<em>"),
                        close(4, 2, "</em>"), close(4, 1, "</strong>"), open(16, 3, "<span class=\"distribution\">"),
                        close(23, 3, "</span>"))),
                List.of(s("Chaque version est bonne.", open(7, 1, "<em>"), close(14, 1, "</em>")),
                        s("Unstable pose plus de problèmes que Testing, et un lien.",
                                open(0, 2, "<span class=\"distribution\">"), close(8, 2, "</span>"),
                                open(36, 3, "<span class=\"distribution\">"), close(43, 3, "</span>"),
                                open(51, 4, "<a href=\"x.html\">"), close(55, 4, "</a>")))));
        Alignment a = new Alignment(en, fr, oneToOne(3));

        assertThat(sources(a)).containsExactly(
                "&lt;s0&gt;&lt;e1&gt;NOTE&lt;/e1&gt;&lt;/s0&gt; Limitations of &lt;s2&gt;Testing&lt;/s2&gt;",
                "Each &lt;e0&gt;release&lt;/e0&gt; is good.",
                "Still, &lt;s1&gt;Testing&lt;/s1&gt; poses far fewer problems than &lt;s2&gt;Unstable&lt;/s2&gt;.");
        // the k-th span of the target is the k-th of the source; the link the source lacks is left out
        assertThat(OmegatTags.forAlignment(a).orElseThrow().write(a.beads().get(2)).target())
                .isEqualTo("&lt;s1&gt;Unstable&lt;/s1&gt; pose plus de problèmes que &lt;s2&gt;Testing&lt;/s2&gt;, et un lien.");
    }

    @Test
    void theOmegatProjectsMemoryHasTheTagsAsTextAndStaysPlainTmx() {
        SegmentedDocument en = doc("page.html", EN, List.of(List.of(s("Run apt now.", open(4, 1, "<code>"), close(7, 1, "</code>")))));
        SegmentedDocument fr = doc("page.html", FR, List.of(List.of(s("Lancez apt.", open(7, 1, "<code>"), close(10, 1, "</code>")))));
        Alignment a = new Alignment(en, fr, oneToOne(1));
        StringWriter omegat = new StringWriter();
        new TmxWriter(TmxOptions.forAlignment(a, "test"), TmxWriter.Codes.OMEGAT_TAGS).write(a, omegat);
        assertThat(omegat.toString()).contains("<seg>Run &lt;c0&gt;apt&lt;/c0&gt; now.</seg>")
                .contains("<seg>Lancez &lt;c0&gt;apt&lt;/c0&gt;.</seg>").doesNotContain("<bpt");
        StringWriter tmx = new StringWriter();
        new TmxWriter(TmxOptions.forAlignment(a, "test")).write(a, tmx);
        assertThat(tmx.toString()).contains("<seg>Run <bpt i=\"1\" x=\"1\">&lt;code&gt;</bpt>apt<ept i=\"1\">&lt;/code&gt;</ept> now.</seg>");
    }

    @Test
    void documentsOmegatReadsWithoutTagsGetNone() {
        SegmentedDocument en = doc("book.pdf", EN, List.of(List.of(s("Debian is free."))));
        SegmentedDocument fr = doc("book.pdf", FR, List.of(List.of(s("Debian est libre."))));
        assertThat(OmegatTags.forAlignment(new Alignment(en, fr, oneToOne(1)))).isEmpty();
    }
}
