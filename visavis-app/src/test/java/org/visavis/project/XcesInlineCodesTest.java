package org.visavis.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.InlineCode;
import org.visavis.model.InlineCode.Kind;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/** A project document keeps its sentences' inline codes; one written before codes existed still reads. */
class XcesInlineCodesTest {

    private static final Language EN = Language.parse("en-US");

    private static SegmentedDocument withCodes() {
        List<InlineCode> link = List.of(
                new InlineCode(5, Kind.OPENING, 1, "link", "<a class=\"xref\" href=\"debian-packaging.html?a=1,2&b=x+y%20\">"),
                new InlineCode(36, Kind.CLOSING, 1, "link", "</a>"));
        String first = "(see Chapter 15, Creating a Debian Package for more information on this topic).";
        String second = "Then <br/> more.";
        List<InlineCode> br = List.of(new InlineCode(5, Kind.PLACEHOLDER, 2, "br", "<br/>"));
        String paragraph = first + " " + second;
        List<InlineCode> all = List.of(link.get(0), link.get(1), br.get(0).at(first.length() + 1 + 5));
        return new SegmentedDocument("page.html", EN,
                List.of(new Paragraph(paragraph, ParagraphKind.BODY, List.of(), all)),
                List.of(new Segment(first, 0, link), new Segment(second, 0, br)));
    }

    @Test
    void codesSurviveWritingAndReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("source.xml");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new XcesDocumentFormat().write(withCodes(), w);
        }
        SegmentedDocument read = new XcesDocumentFormat().read(file);
        assertThat(read.segments()).isEqualTo(withCodes().segments());
        assertThat(read.paragraphs().get(0).codes()).isEqualTo(withCodes().paragraphs().get(0).codes());
        assertThat(Files.readString(file)).contains("<s id=\"s2\" codes=\"5,p,2,br,%3Cbr%2F%3E\">Then &lt;br/&gt; more.</s>");
    }

    @Test
    void aProjectDocumentWithoutCodesReadsAsBefore(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <text xml:lang="en-US" name="foreword.html">
                <p id="p1" type="heading">
                  <s id="s1">Foreword</s>
                </p>
                </text>
                """);
        SegmentedDocument read = new XcesDocumentFormat().read(file);
        assertThat(read.segments()).containsExactly(new Segment("Foreword", 0));
        assertThat(read.paragraphs().get(0).codes()).isEmpty();
    }

    @Test
    void aDamagedCodesAttributeIsAnErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <text xml:lang="en-US" name="foreword.html">
                <p id="p1">
                  <s id="s1" codes="3,q,1,b,%3Cb%3E">Foreword</s>
                </p>
                </text>
                """);
        assertThatThrownBy(() -> new XcesDocumentFormat().read(file))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("bad.xml: line 4")
                .hasMessageContaining("kind must be o, c or p");
    }
}
