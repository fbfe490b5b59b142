package org.visavis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class TmxWriterTest {

    private static final Language FR = Language.parse("fr-FR");
    private static final Language EN = Language.parse("en-GB");

    /** Three French and two English sentences of the Debian Handbook: beads 1-1, 1-0, 1-1. */
    private static Alignment withOneSidedBead() {
        var source = SegmentedDocument.ofSentences("fr", Language.of("fr"), List.of(
                "Fort heureusement, de nombreux outils facilitent le travail du mainteneur.",
                "OUTIL Base de données des développeurs",
                "Grâce à elle, Debian reste cohérent malgré sa taille gigantesque."));
        var target = SegmentedDocument.ofSentences("en", Language.of("en"), List.of(
                "Fortunately, there are many tools that facilitate the maintainer's work.",
                "Thanks to this Policy, Debian remains consistent despite its gigantic size."));
        return new Alignment(source, target, List.of(
                Bead.auto(List.of(0), List.of(0), 0.934),
                Bead.auto(List.of(1), List.of(), 0.5),
                new Bead(List.of(2), List.of(1), 1.0, BeadStatus.CONFIRMED)));
    }

    private static String tmx(Alignment a, TmxOptions options) {
        StringWriter out = new StringWriter();
        new TmxWriter(options).write(a, out);
        return out.toString();
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var builder = f.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void startsWithTheXmlDeclarationAndDoctypeAndHasEveryRequiredHeaderAttribute() throws Exception {
        String xml = tmx(withOneSidedBead(), TmxOptions.of(FR, EN, "0.1.0"));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        Element tmx = parse(xml).getDocumentElement();
        assertThat(tmx.getTagName()).isEqualTo("tmx");
        assertThat(tmx.getAttribute("version")).isEqualTo("1.4");
        Element header = (Element) tmx.getElementsByTagName("header").item(0);
        assertThat(header.getAttribute("creationtool")).isEqualTo("visavis");
        assertThat(header.getAttribute("creationtoolversion")).isEqualTo("0.1.0");
        assertThat(header.getAttribute("segtype")).isEqualTo("sentence");
        assertThat(header.getAttribute("o-tmf")).isEqualTo("visavis");
        assertThat(header.getAttribute("adminlang")).isEqualTo("en");
        assertThat(header.getAttribute("srclang")).isEqualTo("fr-FR");
        assertThat(header.getAttribute("datatype")).isEqualTo("plaintext");
    }

    @Test
    void writesOneTuPerTwoSidedBeadWithXProperties() throws Exception {
        var doc = parse(tmx(withOneSidedBead(), TmxOptions.of(FR, EN, "0.1.0")));

        NodeList tus = doc.getElementsByTagName("tu");
        assertThat(tus.getLength()).isEqualTo(2);
        assertThat(props((Element) tus.item(0))).containsExactly("x-bead=1-1", "x-confidence=0.93", "x-status=auto");
        assertThat(props((Element) tus.item(1))).containsExactly("x-bead=1-1", "x-confidence=1.00", "x-status=confirmed");
        assertThat(segs((Element) tus.item(1))).containsExactly(
                "fr-FR:Grâce à elle, Debian reste cohérent malgré sa taille gigantesque.",
                "en-GB:Thanks to this Policy, Debian remains consistent despite its gigantic size.");
    }

    @Test
    void includesOneSidedBeadsWithTheirOnlySideWhenAsked() throws Exception {
        var doc = parse(tmx(withOneSidedBead(), TmxOptions.of(FR, EN, "0.1.0").with(OneSidedBeads.INCLUDE)));

        NodeList tus = doc.getElementsByTagName("tu");
        assertThat(tus.getLength()).isEqualTo(3);
        assertThat(props((Element) tus.item(1))).contains("x-bead=1-0");
        assertThat(segs((Element) tus.item(1))).containsExactly("fr-FR:OUTIL Base de données des développeurs");
    }

    @Test
    void joinsTheSentencesOfASideWithOneSpace() throws Exception {
        var source = SegmentedDocument.ofSentences("fr", Language.of("fr"), List.of(
                "La maintenance des paquets est une activité relativement codifiée, largement documentée voire réglementée.",
                "Il faut en effet y respecter toutes les normes édictées par la charte Debian."));
        var target = SegmentedDocument.ofSentences("en", Language.of("en"), List.of(
                "Package maintenance is a relatively regimented activity, very documented or even regulated; it must"
                        + " comply with all the standards established by the Debian Policy."));
        var a = new Alignment(source, target, List.of(Bead.auto(List.of(0, 1), List.of(0), 0.8)));

        var tu = (Element) parse(tmx(a, TmxOptions.of(FR, EN, "0.1.0"))).getElementsByTagName("tu").item(0);
        assertThat(props(tu)).contains("x-bead=2-1");
        assertThat(segs(tu).get(0)).isEqualTo("fr-FR:La maintenance des paquets est une activité relativement codifiée,"
                + " largement documentée voire réglementée. Il faut en effet y respecter toutes les normes édictées par la charte Debian.");
    }

    /** Raw sentence text and what the {@code <seg>} element must hold, escaped as in the file. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        markup escaped            | `Use <b> & </b> in foo > bar.`                      | `Use &lt;b&gt; &amp; &lt;/b&gt; in foo &gt; bar.`
        quotes kept as text       | `Debian is a “universal” "OS" l'OS.`               | `Debian is a “universal” "OS" l'OS.`
        C0 controls stripped      | `Debian\u0001 est\u0008 libre\u001F.`               | `Debian est libre.`
        C1 controls stripped      | `Debian\u0085 est\u0092 libre.`                      | `Debian est libre.`
        lone surrogates stripped  | `Debian \uD800est \uDC00libre.`                     | `Debian est libre.`
        non-characters stripped   | `Debian est\uFFFE libre\uFFFF.`                     | `Debian est libre.`
        astral characters kept    | `Debian 🐧 est libre.`                              | `Debian 🐧 est libre.`
        no-break spaces kept      | `Un projet international\u00A0: oui\u202F!`         | `Un projet international\u00A0: oui\u202F!`
        carriage return kept      | `Ligne\r\nsuivante`                                  | `Ligne&#13;\nsuivante`
        """)
    void segTextIsEscapedAndStrippedOfWhatXmlForbids(String what, String raw, String expected) {
        String text = unescapeJava(raw);
        var source = SegmentedDocument.ofSentences("fr", Language.of("fr"), List.of(text));
        var target = SegmentedDocument.ofSentences("en", Language.of("en"), List.of("Debian is free."));
        var a = new Alignment(source, target, List.of(Bead.auto(List.of(0), List.of(0), 0.9)));

        assertThat(tmx(a, TmxOptions.of(FR, EN, "0.1.0")))
                .contains("<tuv xml:lang=\"fr-FR\"><seg>" + unescapeJava(expected) + "</seg></tuv>");
    }

    /** The language tags the user chose, with or without region, on the header and each side. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "fr-FR, en-GB",
        "fr-CA, en-US",
        "fr, en",
        "de-CH, fr-FR",
    })
    void writesTheChosenLanguageTags(String src, String tgt) throws Exception {
        Language s = Language.parse(src);
        Language t = Language.parse(tgt);
        var source = SegmentedDocument.ofSentences("a", s.withoutRegion(), List.of("Eins."));
        var target = SegmentedDocument.ofSentences("b", t.withoutRegion(), List.of("Un."));
        var a = new Alignment(source, target, List.of(Bead.auto(List.of(0), List.of(0), 0.9)));

        var doc = parse(tmx(a, TmxOptions.of(s, t, "0.1.0")));
        assertThat(((Element) doc.getElementsByTagName("header").item(0)).getAttribute("srclang")).isEqualTo(src);
        NodeList tuvs = doc.getElementsByTagName("tuv");
        assertThat(((Element) tuvs.item(0)).getAttribute("xml:lang")).isEqualTo(src);
        assertThat(((Element) tuvs.item(1)).getAttribute("xml:lang")).isEqualTo(tgt);
    }

    @Test
    void defaultOptionsTakeTheDocumentsLanguages() {
        Alignment a = HandbookPairs.load().alignment();
        assertThat(TmxOptions.forAlignment(a, "0.1.0"))
                .isEqualTo(new TmxOptions(Language.parse("fr-FR"), Language.parse("en-US"), OneSidedBeads.LEAVE_OUT, "0.1.0"));
        assertThat(tmx(a, TmxOptions.forAlignment(a, "0.1.0"))).contains("srclang=\"fr-FR\"", "xml:lang=\"en-US\"");
    }

    @Test
    void neverWritesReservedPropertyTypesNorClaimsToBeOmegaT() {
        String xml = tmx(withOneSidedBead(), TmxOptions.of(FR, EN, "0.1.0").with(OneSidedBeads.INCLUDE));
        assertThat(xml).doesNotContainPattern("<prop type=\"(?!x-)");
        assertThat(xml).doesNotContain("OmegaT");
    }

    @Test
    void aLanguageThatContradictsTheDocumentIsAnError() {
        assertThatThrownBy(() -> tmx(withOneSidedBead(), TmxOptions.of(Language.parse("de-DE"), EN, "0.1.0")))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("de-DE")
                .hasMessageContaining("fr");
    }

    @Test
    void aLanguageMismatchLeavesNoFileBehind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.tmx");
        assertThatThrownBy(() -> new TmxWriter(TmxOptions.of(Language.parse("de-DE"), EN, "0.1.0"))
                .write(withOneSidedBead(), file))
                .isInstanceOf(ExportException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void writesFilesInUtf8WithoutBom(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/demo.tmx");
        new TmxWriter(TmxOptions.of(FR, EN, "0.1.0")).write(withOneSidedBead(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) '<');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("cohérent malgré");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anUnwritableFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        Path file = blocker.resolve("demo.tmx");
        assertThatThrownBy(() -> new TmxWriter(TmxOptions.of(FR, EN, "0.1.0")).write(withOneSidedBead(), file))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith(file.toString());
    }

    private static List<String> props(Element tu) {
        List<String> out = new ArrayList<>();
        NodeList props = tu.getElementsByTagName("prop");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            out.add(p.getAttribute("type") + "=" + p.getTextContent());
        }
        return out;
    }

    private static List<String> segs(Element tu) {
        List<String> out = new ArrayList<>();
        NodeList tuvs = tu.getElementsByTagName("tuv");
        for (int i = 0; i < tuvs.getLength(); i++) {
            Element tuv = (Element) tuvs.item(i);
            out.add(tuv.getAttribute("xml:lang") + ":" + tuv.getElementsByTagName("seg").item(0).getTextContent());
        }
        return out;
    }

    /** The table cells spell control characters as Java escapes; \\uXXXX and \\r \\n. */
    private static String unescapeJava(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(i + 1);
                if (n == 'u') {
                    sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                if (n == 'r' || n == 'n') {
                    sb.append(n == 'r' ? '\r' : '\n');
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
