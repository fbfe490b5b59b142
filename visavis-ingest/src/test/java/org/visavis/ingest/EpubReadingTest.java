package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Document;
import org.visavis.model.DocumentPart;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.pipeline.ForeignParts;
import org.visavis.pipeline.IngestException;
import org.visavis.model.ParagraphKind;

/**
 * EPUBs read in their spine's reading order, one part per spine document. The fixtures are made
 * by pandoc from the Markdown beside them (epub/make-epubs.sh): the Handbook's section 1.5 in
 * English and French, with a footnote and a code block; role-of-distributions.mixed.epub is the
 * English book, a chapter marked linear="no", then the French chapters.
 */
class EpubReadingTest {

    private static final TikaDocumentReader READER = new TikaDocumentReader();
    private static final Language EN = Language.of("en");
    private static final Language FR = Language.of("fr");

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(EpubReadingTest.class.getResource("epub/" + name).toURI());
    }

    private static List<String> texts(Document doc) {
        return doc.paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void readsTheSpineInOrderAndLeavesOutWhatIsNotLinear() throws Exception {
        Document doc = READER.read(fixture("role-of-distributions.mixed.epub"), EN);
        assertThat(doc.parts()).extracting(DocumentPart::name).containsExactly("EPUB/text/title_page.xhtml",
                "EPUB/text/ch001.xhtml", "EPUB/text/ch002.xhtml", "EPUB/text/ch004.xhtml", "EPUB/text/ch005.xhtml");
        assertThat(String.join("\n", texts(doc))).doesNotContain("outside the reading order")
                .contains("1.5. The Role of Distributions", "1.5. Rôle d’une distribution");
        assertThat(texts(doc).indexOf("1.5. The Role of Distributions"))
                .isLessThan(texts(doc).indexOf("1.5. Rôle d’une distribution"));
    }

    @Test
    void partsInAnotherLanguageAreLeftOutWithAWarningNamingThem() throws Exception {
        Document doc = READER.read(fixture("role-of-distributions.mixed.epub"), EN);
        ForeignParts.Kept kept = ForeignParts.keepDeclared(doc, new TikaLanguageDetector());
        assertThat(kept.warning()).hasValue("role-of-distributions.mixed.epub: 2 of its 5 parts are in other"
                + " languages than English (en): French (fr) in 2 parts (EPUB/text/ch004.xhtml, EPUB/text/ch005.xhtml);"
                + " only the English parts are aligned");
        assertThat(kept.document().parts()).hasSize(3);
        assertThat(texts(kept.document())).hasSize(9).noneMatch(t -> t.contains("Rôle") || t.contains("Le fichier"))
                .contains("The file, file.old, is now identical to file.new.");
    }

    @Test
    void aBookInOneLanguageKeepsAllItsPartsWithoutWarning() throws Exception {
        Document doc = READER.read(fixture("role-of-distributions.fr.epub"), FR);
        ForeignParts.Kept kept = ForeignParts.keepDeclared(doc, new TikaLanguageDetector());
        assertThat(kept.warning()).isEmpty();
        assertThat(kept.document()).isSameAs(doc);
    }

    @Test
    void footnoteMarkersLeaveTheTextAndTheNoteJoinsItsParagraph() throws Exception {
        Document doc = READER.read(fixture("role-of-distributions.fr.epub"), FR);
        Paragraph citing = doc.paragraphs().stream().filter(p -> p.text().contains("répond au premier"))
                .findFirst().orElseThrow();
        assertThat(citing.text()).contains("répond au premier. Il couvre");
        assertThat(citing.notes()).containsExactly(new Note("1", "Ce répertoire contient souvent un fichier"
                + " README.Debian décrivant les adaptations propres à Debian faites par le responsable du paquet."));
        assertThat(texts(doc)).noneMatch(t -> t.contains("README") || t.contains("↩"));
    }

    @Test
    void aPreBlockIsOneCodeParagraphWithItsLines() throws Exception {
        Document doc = READER.read(fixture("role-of-distributions.fr.epub"), FR);
        assertThat(doc.paragraphs()).filteredOn(Paragraph::isCode).extracting(Paragraph::text)
                .containsExactly("$ diff -u file.old file.new >file.patch\n$ patch -p0 file.old <file.patch");
        assertThat(doc.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.BODY)
                .noneMatch(p -> p.text().contains("diff -u"));
    }

    /** What live-manual.en.epub (Debian package live-manual-epub) does: the same file once per fragment. */
    @Test
    void aDocumentListedOncePerFragmentIsReadOnceAndDeclaredLanguagesAreKept(@TempDir Path dir) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/epub+zip");
        entries.put("META-INF/container.xml", "<?xml version='1.0'?><container version='1.0'"
                + " xmlns='urn:oasis:names:tc:opendocument:xmlns:container'><rootfiles>"
                + "<rootfile full-path='OPS/book.opf' media-type='application/oebps-package+xml'/></rootfiles></container>");
        entries.put("OPS/book.opf", """
                <?xml version="1.0"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata
                  xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language>en</dc:language></metadata>
                <manifest>
                  <item id="a" href="text/about.xhtml" media-type="application/xhtml+xml"/>
                  <item id="a2" href="text/about.xhtml#o8" media-type="application/xhtml+xml"/>
                  <item id="n" href="notes.xhtml" media-type="application/xhtml+xml"/>
                  <item id="d" href="text/de%20copy.xhtml" media-type="application/xhtml+xml"/>
                  <item id="css" href="style.css" media-type="text/css"/>
                </manifest>
                <spine><itemref idref="a"/><itemref idref="a2"/><itemref idref="css"/>
                  <itemref idref="n" linear="no"/><itemref idref="d"/></spine></package>
                """);
        entries.put("OPS/text/about.xhtml", "<html xmlns='http://www.w3.org/1999/xhtml'><body>"
                + "<h1>About</h1><p>This manual is about live systems.</p></body></html>");
        entries.put("OPS/notes.xhtml", "<html xmlns='http://www.w3.org/1999/xhtml'><body><p>Notes.</p></body></html>");
        entries.put("OPS/text/de copy.xhtml", "<html xmlns='http://www.w3.org/1999/xhtml' xml:lang='de-DE'><body>"
                + "<p>Dieses Handbuch handelt von Live-Systemen.</p></body></html>");
        Path epub = zip(dir.resolve("book.epub"), entries);

        assertThat(EpubSpine.read(epub, "book.epub")).extracting(EpubSpine.Item::href, EpubSpine.Item::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OPS/text/about.xhtml", Optional.of(EN)),
                        org.assertj.core.groups.Tuple.tuple("OPS/text/de copy.xhtml",
                                Optional.of(Language.parse("de-DE"))));
        assertThat(texts(READER.read(epub, EN))).containsExactly("About", "This manual is about live systems.",
                "Dieses Handbuch handelt von Live-Systemen.");
    }

    /**
     * The markup of live-manual.en.epub (Debian package live-manual-epub, made by SiSU), cut: a
     * number before every paragraph, commands in a {@code <p class="code">} with {@code <br>}s;
     * and Sphinx's {@code <div class="highlight"><pre>}.
     */
    @Test
    void codeClassesAreCodeAndSisuParagraphNumbersAreNotText(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("the-basics.xhtml");
        Files.writeString(html, """
                <html xmlns="http://www.w3.org/1999/xhtml"><body lang="en">
                <div class="substance">
                  <label class="ocn"><a href="#o182" class="lnkocn">182</a></label>
                  <p class="code" id="o182">
                    $ mkdir live-default &amp;&amp; cd live-default<br />
                    $ lb config<br />
                  </p>
                </div><div class="substance">
                  <label class="ocn"><a href="#o183" class="lnkocn">183</a></label>
                  <p class="i0" id="o183">
                    Then, run the <tt>lb config</tt> command.
                  </p>
                </div>
                <div class="highlight-console"><div class="highlight"><pre><span>$ lb build</span>
                <span>  2&gt;&amp;1 | tee build.log</span></pre></div></div>
                </body></html>
                """);
        Document doc = READER.read(html, EN);
        assertThat(doc.paragraphs()).extracting(Paragraph::kind, Paragraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.CODE, "$ mkdir live-default && cd live-default\n$ lb config"),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.BODY, "Then, run the lb config command."),
                org.assertj.core.groups.Tuple.tuple(ParagraphKind.CODE, "$ lb build\n  2>&1 | tee build.log"));
    }

    @Test
    void aSpineThatNamesAMissingDocumentIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/epub+zip");
        entries.put("META-INF/container.xml", "<container xmlns='urn:oasis:names:tc:opendocument:xmlns:container'>"
                + "<rootfiles><rootfile full-path='content.opf'/></rootfiles></container>");
        entries.put("content.opf", "<package xmlns='http://www.idpf.org/2007/opf'><manifest>"
                + "<item id='c' href='ch1.xhtml' media-type='application/xhtml+xml'/></manifest>"
                + "<spine><itemref idref='c'/></spine></package>");
        Path epub = zip(dir.resolve("gone.epub"), entries);
        assertThatThrownBy(() -> READER.read(epub, EN)).isInstanceOf(IngestException.class)
                .hasMessage("gone.epub: the EPUB's package lists ch1.xhtml, which the archive lacks");
    }

    private static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }
}
