package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.visavis.imports.Xliff2Reader;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;

/** Our XLIFF validates against the OASIS XLIFF 2.0 core schema, and XLIFF from other tools reads. */
class Xliff2FormatTest {
    /** The OASIS schema as Okapi's XLIFF 2 library ships it (a test dependency for this alone). */
    static final String SCHEMA = "/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd";
    static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        URL xsd = Xliff2FormatTest.class.getResource(SCHEMA);
        assertThat(xsd).as("xliff_core_2.0.xsd on the test class path (okapi-lib-xliff2)").isNotNull();
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }

    static Stream<Arguments> alignments() {
        return Stream.of(
                Arguments.of("foreword", HandbookExcerpt.foreword()),
                Arguments.of("markup, control characters, long paragraph", LibreOfficeEditionTest.tricky()),
                Arguments.of("empty", new Alignment(ParagraphRowsTest.document("", "fr"), ParagraphRowsTest.document("", "en"),
                        List.of())),
                Arguments.of("one-sided beads", new Alignment(ParagraphRowsTest.document("1 1", "fr"),
                        ParagraphRowsTest.document("1", "en"), ParagraphRowsTest.beads("[0]:[] [1]:[0]"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alignments")
    void validatesAgainstTheXliff2Schema(String name, Alignment alignment) throws Exception {
        StringWriter out = new StringWriter();
        new Xliff2Format().write(alignment, out);

        schema.newValidator().validate(new StreamSource(new StringReader(out.toString())));
    }

    @Test
    void theSchemaRejectsWhatItShould() {
        // the check above can fail: a unit without a segment is not XLIFF 2.0
        String bad = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr"><file id="f1">
                <unit id="u1"/></file></xliff>""";
        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(new StringReader(bad))))
                .hasMessageContaining("unit");
    }

    @Test
    void readsXliffFromOtherToolsUnitBySegments(@TempDir Path dir) throws Exception {
        // a paragraph-per-unit file as CAT tools write it: segments are the sentences
        Path file = dir.resolve("other.xlf");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-FR" trgLang="en-US">
                 <file id="f1" original="foreword.html">
                  <unit id="u1">
                   <segment state="final"><source>Debian GNU/Linux est une distribution Linux « généraliste ».</source>
                    <target>Debian GNU/Linux is a “generic” Linux distribution.</target></segment>
                   <ignorable><source> </source></ignorable>
                   <segment><source>Nous vous proposons d'en découvrir <pc id="1">toutes</pc> les facettes.</source></segment>
                  </unit>
                 </file>
                </xliff>
                """);

        Alignment a = new Xliff2Reader().read(file, Optional.empty(), Optional.empty());

        assertThat(a.beads()).extracting(Bead::notation).containsExactly("[0,1]:[0]");
        assertThat(a.beads().get(0).status()).isEqualTo(BeadStatus.CONFIRMED);
        assertThat(a.source().texts()).containsExactly("Debian GNU/Linux est une distribution Linux « généraliste ».",
                "Nous vous proposons d'en découvrir toutes les facettes.");
        assertThat(a.target().language().tag()).isEqualTo("en-US");
    }
}
