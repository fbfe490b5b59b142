package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.InlineCode;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.visavis.testing.OmegatConsole;
import org.xml.sax.SAXParseException;

/**
 * Our TMX as other tools read it: OmegaT 3.6 (the Debian package; CI installs it) translating a
 * project from it, OmegaT's copy of tmx14.dtd, and Okapi's TMX filter.
 */
class TmxWriterInteropTest {

    private final HandbookPairs pairs = HandbookPairs.load();

    private String tmx(Alignment a) {
        StringWriter out = new StringWriter();
        new TmxWriter(TmxOptions.of(HandbookPairs.FR, HandbookPairs.EN, "0.1.0")).write(a, out);
        return out.toString();
    }

    /**
     * OmegaT's console-translate mode inserts 100% matches from the TMX files in tm/auto/ into the
     * target documents (tm/enforce/ is not needed). The source is the French sentences as plain
     * text with sentence segmentation on, so OmegaT's segments are our sentences.
     */
    @Test
    void omegatTranslatesAProjectFromOurTmx(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        for (String sub : List.of("source", "target", "tm/auto", "omegat", "glossary", "dictionary")) {
            Files.createDirectories(project.resolve(sub));
        }
        Files.writeString(project.resolve("omegat.project"),
                OmegatProjectWriter.projectFile(HandbookPairs.FR, HandbookPairs.EN), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("source/charte.txt"), pairs.frenchText(), StandardCharsets.UTF_8);
        new TmxWriter(TmxOptions.of(HandbookPairs.FR, HandbookPairs.EN, "0.1.0"))
                .write(pairs.alignment(), project.resolve("tm/auto/visavis.tmx"));

        String output = OmegatConsole.translate(project, dir);

        Path translated = project.resolve("target/charte.txt");
        assertThat(translated).as("OmegaT's output:%n%s", output).exists();
        String target = Files.readString(translated, StandardCharsets.UTF_8);
        assertThat(target).contains(pairs.english());
        assertThat(pairs.french()).noneMatch(target::contains);
    }

    @Test
    void validatesAgainstTheTmx14Dtd() throws Exception {
        byte[] dtd = tmx14Dtd();
        String xml = tmx(pairs.alignment());
        assertThat(dtdErrors(xml, dtd)).isEmpty();
    }

    /**
     * Inline codes of every kind (a pair, half a pair, a lone code), as the TMX 1.4b elements that
     * Trados and memoQ read and as the OmegaT tags of an OmegaT project's memory: both valid.
     */
    @Test
    void inlineCodesOfEveryKindValidateInBothStyles() throws Exception {
        byte[] dtd = tmx14Dtd();
        String en = "Run apt update now. It is quick.";
        String fr = "Lancez apt update. C’est rapide.";
        List<InlineCode> enCodes = List.of(new InlineCode(4, InlineCode.Kind.OPENING, 1, "code", "<code>"),
                new InlineCode(14, InlineCode.Kind.CLOSING, 1, "code", "</code>"),
                new InlineCode(15, InlineCode.Kind.OPENING, 2, "em", "<em>"));
        List<InlineCode> enCodes2 = List.of(new InlineCode(3, InlineCode.Kind.PLACEHOLDER, 3, "br", "<br/>"),
                new InlineCode(6, InlineCode.Kind.CLOSING, 2, "em", "</em>"));
        List<InlineCode> frCodes = List.of(new InlineCode(7, InlineCode.Kind.OPENING, 1, "code", "<code>"),
                new InlineCode(17, InlineCode.Kind.CLOSING, 1, "code", "</code>"));
        SegmentedDocument source = new SegmentedDocument("page.html", HandbookPairs.EN, List.of(Paragraph.body(en)),
                List.of(new Segment("Run apt update now.", 0, enCodes), new Segment("It is quick.", 0, enCodes2)));
        SegmentedDocument target = new SegmentedDocument("page.html", HandbookPairs.FR, List.of(Paragraph.body(fr)),
                List.of(new Segment("Lancez apt update.", 0, frCodes), new Segment("C’est rapide.", 0)));
        Alignment a = new Alignment(source, target, List.of(Bead.auto(List.of(0), List.of(0), 1), Bead.auto(List.of(1), List.of(1), 1)));
        for (TmxWriter.Codes codes : TmxWriter.Codes.values()) {
            StringWriter out = new StringWriter();
            new TmxWriter(TmxOptions.of(HandbookPairs.EN, HandbookPairs.FR, "0.1.0"), codes).write(a, out);
            assertThat(out.toString()).as(codes.name()).contains(codes == TmxWriter.Codes.TMX_ELEMENTS
                    ? "<it pos=\"end\"" : "&lt;b2/&gt;");
            assertThat(dtdErrors(out.toString(), dtd)).as(codes + ":%n%s", out).isEmpty();
        }
    }

    @Test
    void theDtdCheckCatchesAHeaderWithoutItsRequiredAttributes() throws Exception {
        byte[] dtd = tmx14Dtd();
        String broken = tmx(pairs.alignment()).replace(" o-tmf=\"visavis\"", "");
        assertThat(dtdErrors(broken, dtd)).anyMatch(e -> e.contains("o-tmf"));
    }

    @Test
    void okapisTmxFilterReadsBackTheSamePairs() {
        List<String> french = new ArrayList<>();
        List<String> english = new ArrayList<>();
        LocaleId fr = LocaleId.fromString("fr-FR");
        LocaleId en = LocaleId.fromString("en-US");
        try (TmxFilter filter = new TmxFilter()) {
            filter.open(new RawDocument(tmx(pairs.alignment()), fr, en));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    french.add(tu.getSource().toString());
                    english.add(tu.getTarget(en).toString());
                }
            }
        }
        assertThat(french).isEqualTo(pairs.french());
        assertThat(english).isEqualTo(pairs.english());
    }

    /** OmegaT's jar carries the TMX 1.4 DTD as schemas/tmx14.dtd. */
    private static byte[] tmx14Dtd() throws IOException {
        try (JarFile jar = new JarFile(OmegatConsole.jar().toFile())) {
            var entry = jar.getJarEntry("schemas/tmx14.dtd");
            assertThat(entry).as("schemas/tmx14.dtd in " + jar.getName()).isNotNull();
            return jar.getInputStream(entry).readAllBytes();
        }
    }

    private static List<String> dtdErrors(String xml, byte[] dtd) throws Exception {
        List<String> errors = new ArrayList<>();
        var f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        var builder = f.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            assertThat(systemId).endsWith("tmx14.dtd");
            return new InputSource(new ByteArrayInputStream(dtd));
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add("warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        builder.parse(new InputSource(new StringReader(xml)));
        return errors;
    }
}
