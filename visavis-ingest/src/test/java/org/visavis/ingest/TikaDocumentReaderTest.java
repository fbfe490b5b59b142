package org.visavis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.model.Document;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.pipeline.IngestException;
import org.visavis.testing.TestResources;

class TikaDocumentReaderTest {

    private static final TikaDocumentReader READER = new TikaDocumentReader();
    private static final Path FIXTURES = TestResources.folder("/org/visavis/ingest");
    private static final Language EN = Language.of("en");
    private static final Language FR = Language.of("fr");
    /** An 8 x 8 grey PNG: a "scanned page" and an unsupported format. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAAAAADhZOFXAAAAFElEQVR4nGNgUHBIaFhw4AEDZQwAxnUcAVpktvoAAAAASUVORK5CYII=");

    private static List<String> texts(Document doc) {
        return doc.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static List<String> headings(Document doc) {
        return doc.paragraphs().stream().filter(Paragraph::isHeading).map(Paragraph::text).toList();
    }

    /** corpora/self-organisation/en.txt: the text exactly as a PDF extractor left it. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SelfOrganisation {

        private Document doc;

        @BeforeAll
        void read() {
            doc = READER.read(Path.of("corpora/self-organisation/en.txt"), EN);
        }

        private Paragraph paragraphContaining(String text) {
            List<Paragraph> found = doc.paragraphs().stream().filter(p -> p.text().contains(text)).toList();
            assertThat(found).as("paragraphs containing '%s'", text).hasSize(1);
            return found.get(0);
        }

        @Test
        void isNamedAfterTheFile() {
            assertThat(doc.name()).isEqualTo("en.txt");
            assertThat(doc.language()).isEqualTo(EN);
        }

        @Test
        void theFirstFootnoteMarkerLeavesTheTextAndItsNoteIsAttached() {
            Paragraph p = paragraphContaining("struggles over immediate demands are stepping stones to the revolution");
            assertThat(p.text()).doesNotContain("demands1");
            assertThat(p.text()).startsWith("Autonomy, as a revolutionary perspective")
                    .endsWith("All this has lost any foundation.");
            assertThat(p.notes()).singleElement().satisfies(note -> {
                assertThat(note.label()).isEqualTo("1");
                assertThat(note.text()).startsWith("Les luttes revendicatives, which we have rendered throughout")
                        .endsWith("or other “everyday” struggles of the proletariat.");
            });
        }

        @Test
        void everyFootnoteIsANoteInOrderAndNoneStaysInTheText() {
            List<Note> notes = doc.paragraphs().stream().flatMap(p -> p.notes().stream()).toList();
            assertThat(notes).extracting(Note::label).containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(notes.get(3).text()).isEqualTo("Movimiento de Trabajadores Desempleados - unemployed workers’ movement.");
            for (String noteStart : List.of("Les luttes revendicatives", "Transcroissance or overgrowth", "Cobas is an Italian",
                    "Movimiento de Trabajadores", "prise au tas", "Noske is known for")) {
                assertThat(texts(doc)).noneMatch(t -> t.contains(noteStart));
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "the retreat of class struggles. The “struggle” is not a historical invariant constantly expressing the same class relation.",
            "but Maroni’s speech is evidently interesting above all for what he proposes; not only is it interesting, but it is also true.",
            "the autonomous struggle of workers becomes indistinguishable in its content to the defence of the large union institutions",
            "we immediately come up against what it is that we are and which, in struggle, becomes what must be superseded.",
            "it is necessary to reproduce that which is consumed; for this we lack the primary materials",
            "the self-organisation of the struggle and workers’ control of production and society. Self-organisation is nothing other than",
        })
        void sentencesCutByAPageOrAFootnoteAreWholeAgain(String sentence) {
            paragraphContaining(sentence);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "the overgrowth between, 2",
            "the attempt to contest this agreement by Cobas fails, 3",
            "a militant from MTD Allen – south, 4",
            "the stockpiling and “stint or limit” in, 5",
            "will find its Noske and Scheidemann amongst the self-organised. The crises, 6",
        })
        void markersGluedToWordsLeaveTheText(String text, String label) {
            assertThat(paragraphContaining(text).notes()).extracting(Note::label).contains(label);
        }

        @Test
        void noParagraphIsCutMidSentence() {
            Pattern end = Pattern.compile("[.!?:;…)][”’\"]?$|[.!?…][”’\"»)]+$");
            assertThat(doc.paragraphs()).filteredOn(p -> !p.isHeading())
                    .allSatisfy(p -> assertThat(p.text()).containsPattern(end))
                    .allSatisfy(p -> assertThat(p.text().codePointAt(0)).matches(c -> !Character.isLowerCase(c), "not lower case"));
        }

        @Test
        void hyphensAtLineEndsAreRepairedFromTheDocumentsOwnSpelling() {
            assertThat(String.join("\n", texts(doc)))
                    .contains("creates a tension within self-organisation; it indicates")
                    .contains("the metal-workers")
                    .doesNotContain("selforganisation")
                    .doesNotContainPattern("\\p{L}- \\p{Ll}");
        }

        @Test
        void typographyIsKept() {
            assertThat(paragraphContaining("the revolutionary project of the epoch of").text())
                    .contains("of the epoch of “fordism”. Its subject")
                    .contains("a workers’ identity");
            assertThat(String.join("\n", texts(doc))).contains("a revolutionary perspective there – the Italian workerists");
        }

        @Test
        void headingsAreMarked() {
            assertThat(headings(doc)).contains("The bitter victory of autonomy",
                    "Self-organisation everywhere, revolution nowhere",
                    "Activities which produce the objectivisation of the existence and unity of the class",
                    // set apart by wider spacing, though it ends with a full stop
                    "The question of class unity.",
                    "Communisation");
            assertThat(headings(doc)).hasSizeLessThan(20);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"html", "docx", "odt", "rtf", "epub", "pdf"})
    void readsEveryFormatIntoTheSameParagraphs(String extension) {
        Document doc = READER.read(FIXTURES.resolve("role-of-distributions.fr." + extension), FR);
        assertThat(doc.name()).isEqualTo("role-of-distributions.fr." + extension);
        List<String> body = doc.paragraphs().stream().filter(p -> !p.isHeading()).map(Paragraph::text).toList();
        assertThat(body).contains(
                "Une distribution GNU/Linux a deux objectifs principaux : installer un système libre sur un ordinateur "
                        + "(vierge ou disposant déjà d'autres systèmes) et fournir une palette de logiciels couvrant tous "
                        + "les besoins de l'utilisateur.");
        assertThat(body).anySatisfy(t -> assertThat(t).startsWith("debian-installer, conçu de manière très modulaire")
                .endsWith("correspondant à un cas particulier."));
        assertThat(body).anySatisfy(t -> assertThat(t).startsWith("Cette modularité")
                .contains("réduire le nombre de champs à renseigner — notamment grâce"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"odt", "docx"})
    void wordProcessorFootnotesBecomeNotesOfTheirParagraph(String extension) {
        Document doc = READER.read(FIXTURES.resolve("self-organisation.notes." + extension), EN);
        assertThat(headings(doc)).containsExactly("The bitter victory of autonomy");
        Paragraph p = doc.paragraphs().get(1);
        assertThat(p.text()).isEqualTo("It supposes that struggles over immediate demands are stepping stones to the "
                + "revolution. All this has lost any foundation.");
        assertThat(p.notes()).singleElement().satisfies(note -> {
            assertThat(note.label()).isEqualTo("1");
            assertThat(note.text()).isEqualTo(
                    "Les luttes revendicatives, which we have rendered throughout as “struggles over immediate demands”.");
        });
        assertThat(texts(doc)).containsExactly("The bitter victory of autonomy", p.text(), "In fact it is just the opposite.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"html", "docx", "odt", "pdf"})
    void headingsComeFromTheDocumentStructure(String extension) {
        Document doc = READER.read(FIXTURES.resolve("role-of-distributions.fr." + extension), FR);
        assertThat(headings(doc)).containsSubsequence("1.5. Rôle d'une distribution", "1.5.1. L'installateur : debian-installer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en-US, 1.5. The Role of Distributions, Debian’s policy and long testing period",
        "fr-FR, 1.5. Rôle d'une distribution, Une distribution GNU/Linux a deux objectifs principaux"})
    void readsTheDebianHandbookHtml(String locale, String heading, String text) {
        Document doc = READER.read(Path.of("corpora/debian-handbook", locale, "sect.role-of-distributions.html"),
                Language.parse(locale));
        // The handbook puts a non-breaking space after the section number; ingest keeps it.
        assertThat(headings(doc)).contains(heading.replace(". ", ".\u00A0"));
        assertThat(texts(doc)).anySatisfy(t -> assertThat(t).contains(text));
        assertThat(texts(doc)).noneMatch(t -> t.contains("\n") || t.contains("  "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8, false", "UTF-16LE, true", "UTF-16BE, true", "windows-1252, false", "UTF-8, true"})
    void detectsTheEncodingOfPlainText(String charset, boolean byteOrderMark, @TempDir Path dir) throws IOException {
        String text = String.join("\n", Files.readAllLines(Path.of("corpora/self-organisation/en.txt")).subList(2, 40));
        Path file = dir.resolve("en-" + charset + ".txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (byteOrderMark) {
                out.write("\uFEFF".getBytes(Charset.forName(charset)));
            }
            out.write(text.getBytes(Charset.forName(charset)));
        }
        Document doc = READER.read(file, EN);
        assertThat(texts(doc).get(0)).startsWith("Autonomy, as a revolutionary perspective")
                .contains("the epoch of “fordism”")
                .contains("a workers’ identity");
    }

    @Test
    void detectsLatin1FrenchText(@TempDir Path dir) throws IOException {
        String text = "Une distribution GNU/Linux a deux objectifs principaux : installer un système libre sur un "
                + "ordinateur (vierge ou disposant déjà d'autres systèmes) et fournir une palette de logiciels couvrant "
                + "tous les besoins de l'utilisateur.\n\nCette modularité, qui le rend aussi plus complexe, pourra "
                + "perturber les développeurs découvrant cet outil. Fonctionnant en mode graphique comme en mode texte, "
                + "le parcours de l'utilisateur reste toutefois similaire. De gros efforts ont été consentis pour "
                + "réduire le nombre de champs à renseigner.\n";
        Path file = dir.resolve("role.txt");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(texts(READER.read(file, FR))).hasSize(2).first().asString().contains("système libre", "déjà");
    }

    @Test
    void takesFootnotesOffPdfPagesAndRejoinsTheSentenceAcrossThePageBreak(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("self-organisation.pdf");
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDDocument pdf = new PDDocument()) {
            writePage(pdf, regular, List.of(
                    "It supposes that struggles over immediate demands1 are stepping stones to the revolution, and that",
                    "capital reproduces and confirms a workers’ identity within the relation of exploitation. All this has",
                    "lost any foundation.",
                    "In fact it is just the opposite: in each of its struggles, the proletariat sees how its existence as a",
                    "class is objectified in the reproduction of capital as something foreign to it and which in its struggle",
                    "it can be led to put into question. In the activity of the proletariat, being a class becomes an"),
                    List.of("1 Les luttes revendicatives, which we have rendered throughout as “struggles over immediate demands”,",
                            "could mean depending on context struggles over wages and conditions."));
            writePage(pdf, regular, List.of(
                    "exterior constraint objectified in capital. Being a class becomes the obstacle which its struggle as a",
                    "class has to overcome; this obstacle possesses a reality which is clear and easily identifiable."),
                    List.of());
            pdf.save(file.toFile());
        }
        Document doc = READER.read(file, EN);
        assertThat(texts(doc)).hasSize(2);
        assertThat(texts(doc).get(0)).isEqualTo("It supposes that struggles over immediate demands are stepping stones to "
                + "the revolution, and that capital reproduces and confirms a workers’ identity within the relation of "
                + "exploitation. All this has lost any foundation.");
        assertThat(doc.paragraphs().get(0).notes()).singleElement().satisfies(note -> {
            assertThat(note.label()).isEqualTo("1");
            assertThat(note.text()).startsWith("Les luttes revendicatives").endsWith("wages and conditions.");
        });
        assertThat(texts(doc).get(1)).contains("being a class becomes an exterior constraint objectified in capital.")
                .doesNotContain("Les luttes");
    }

    private static void writePage(PDDocument pdf, PDType1Font font, List<String> body, List<String> notes) throws IOException {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
            float y = 720;
            for (int i = 0; i < body.size(); i++) {
                // A paragraph break shows as a wider space between lines.
                y -= i == 3 ? 24 : 14;
                line(stream, font, 11, y, body.get(i));
            }
            float noteY = 110;
            for (String note : notes) {
                line(stream, font, 8, noteY, note);
                noteY -= 10;
            }
        }
    }

    private static void line(PDPageContentStream stream, PDType1Font font, float size, float y, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(72, y);
        stream.showText(text);
        stream.endText();
    }

    @Test
    void readsPdftotextOutputWithFormFeedsRunningHeadersAndPageNumbers() {
        Document doc = READER.read(FIXTURES.resolve("debian-reference.en.pages-2-5.pdftotext.txt"), EN);
        assertThat(texts(doc)).noneMatch(t -> t.contains("Debian Reference") || t.matches(".*[0-9]+ / 233.*"));
        assertThat(texts(doc)).contains(
                "Now you are in the shell. The shell interprets your commands.",
                "The root account is also called superuser or privileged user. From this account, you can perform the "
                        + "following system administration tasks.",
                "• Read, write, and remove any files on the system irrespective of their file permissions");
        assertThat(headings(doc)).containsSubsequence("1.1.2", "The shell prompt under GUI", "1.1.3", "The root account");
        // Right under the running header of page 5: its wrapped lines make one paragraph.
        assertThat(texts(doc)).anySatisfy(t -> assertThat(t).startsWith("Just like any other modern OS")
                .contains("the Debian system needs the proper shutdown procedure before power can safely be turned off."));
    }

    /** Debian Reference, 261 pages: running headers, page numbers, code blocks, a bookmark outline. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DebianReferencePdf {

        private Document doc;

        @BeforeAll
        void read() {
            Path pdf = Path.of(System.getProperty("visavis.shared", "../shared"),
                    "corpora/debian-reference/debian-reference.en.pdf");
            assumeTrue(Files.isRegularFile(pdf), "Debian Reference PDF not found at " + pdf);
            doc = READER.read(pdf, EN);
        }

        @Test
        void runningHeadersAndPageNumbersAreGone() {
            assertThat(texts(doc)).noneMatch(t -> t.matches(".*Debian Reference [0-9]+ / [0-9]+.*"));
            assertThat(texts(doc)).noneMatch(t -> t.matches("Debian Reference [ivxlc]+"));
            assertThat(texts(doc)).noneMatch(t -> t.matches("[0-9]+ / 233"));
            // Bare numbers left are content, not page numbers: the cells of tables (sizes, exit
            // codes, years), each beside another short cell; a page number left would stand between prose.
            List<String> texts = texts(doc);
            assertThat(java.util.stream.IntStream.range(1, texts.size() - 1)
                    .filter(i -> texts.get(i).matches("[0-9]+") && texts.get(i - 1).length() > 60 && texts.get(i + 1).length() > 60)
                    .mapToObj(i -> texts.get(i - 1) + " | " + texts.get(i) + " | " + texts.get(i + 1))).hasSizeLessThan(5);
            assertThat(texts).filteredOn(t -> t.matches("[0-9]+")).hasSizeGreaterThan(100);
        }

        @Test
        void headingsComeFromTheBookmarks() {
            assertThat(headings(doc)).containsSubsequence("Chapter 1", "GNU/Linux tutorials", "1.1 Console basics",
                    "1.1.2 The shell prompt under GUI", "1.1.3 The root account", "1.1.4 The root shell prompt");
            // Bookmarks name headings; the text of the table of contents is no heading.
            assertThat(headings(doc)).noneMatch(h -> h.contains(". . ."));
        }

        @Test
        void paragraphsRunAcrossLinesAndHyphensAreRepaired() {
            assertThat(texts(doc)).contains("Now you are in the shell. The shell interprets your commands.");
            assertThat(texts(doc)).anySatisfy(t -> assertThat(t).startsWith("The root account is also called superuser")
                    .contains("perform the following system administration tasks."));
            assertThat(texts(doc)).anySatisfy(t -> assertThat(t).contains("shell-command examples for non-developers."));
        }
    }

    @Nested
    class BadInput {

        @TempDir
        Path dir;

        private void assertRefused(Path file, String... problem) {
            assertThatThrownBy(() -> READER.read(file, EN))
                    .isInstanceOf(IngestException.class)
                    .message()
                    .startsWith(file.getFileName() + ": ")
                    .doesNotContain("\n")
                    .contains(problem);
        }

        private Path pdf(String name, PdfContent content) throws IOException {
            Path file = dir.resolve(name);
            try (PDDocument pdf = new PDDocument()) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    content.draw(pdf, stream);
                }
                if (name.contains("locked")) {
                    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
                    policy.setEncryptionKeyLength(128);
                    pdf.protect(policy);
                }
                pdf.save(file.toFile());
            }
            return file;
        }

        private interface PdfContent {
            void draw(PDDocument pdf, PDPageContentStream stream) throws IOException;
        }

        private static void text(PDDocument pdf, PDPageContentStream stream) throws IOException {
            stream.beginText();
            stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            stream.newLineAtOffset(72, 700);
            stream.showText("Now you are in the shell. The shell interprets your commands.");
            stream.endText();
        }

        @Test
        void aMissingFile() {
            assertRefused(dir.resolve("missing.pdf"), "no such file");
        }

        @Test
        void aDirectory() throws IOException {
            assertRefused(Files.createDirectory(dir.resolve("chapters")), "is a directory");
        }

        @Test
        void anEmptyFile() throws IOException {
            assertRefused(Files.createFile(dir.resolve("empty.txt")), "the file is empty");
        }

        @Test
        void aDocumentWithoutText() throws IOException {
            assertRefused(Files.writeString(dir.resolve("blank.html"), "<html><body><p> </p></body></html>"),
                    "contains no text");
        }

        @Test
        void anUnreadableFile() throws IOException {
            Path file = Files.writeString(dir.resolve("private.txt"), "Now you are in the shell.");
            assumeTrue(file.toFile().setReadable(false) && !Files.isReadable(file), "running as a user who reads everything");
            assertRefused(file, "cannot read");
        }

        @Test
        void aCorruptPdf() throws IOException {
            byte[] good = Files.readAllBytes(pdf("good.pdf", BadInput::text));
            Path file = dir.resolve("corrupt.pdf");
            byte[] bad = new byte[good.length];
            new Random(7).nextBytes(bad);
            System.arraycopy(good, 0, bad, 0, 16);
            Files.write(file, bad);
            assertRefused(file, "damaged");
        }

        @Test
        void aPasswordProtectedPdf() throws IOException {
            assertRefused(pdf("locked.pdf", BadInput::text), "password-protected");
        }

        @Test
        void aPdfOfScannedImages() throws IOException {
            Path file = pdf("scan.pdf", (pdf, stream) ->
                    stream.drawImage(PDImageXObject.createFromByteArray(pdf, PNG, "scan"), 72, 72, 400, 600));
            assertRefused(file, "the PDF has no text layer (scanned images?); run OCR first");
        }

        @Test
        void anImage() throws IOException {
            assertRefused(Files.write(dir.resolve("photo.png"), PNG), "unsupported format image/png");
        }

        @Test
        void aZipArchive() throws IOException {
            Path file = dir.resolve("corpus.zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("en.txt"));
                zip.write(Files.readAllBytes(Path.of("corpora/self-organisation/en.txt")));
            }
            assertRefused(file, "unsupported format application/zip");
        }

        @Test
        void undecodableText() throws IOException {
            byte[] bytes = new byte[4000];
            new Random(11).nextBytes(bytes);
            Path file = Files.write(dir.resolve("garbled.txt"), bytes);
            assertThatThrownBy(() -> READER.read(file, EN))
                    .isInstanceOf(IngestException.class)
                    .message()
                    .startsWith("garbled.txt: ")
                    .containsAnyOf("cannot be decoded", "unsupported format");
        }

        @Test
        void textFullOfControlCharacters() throws IOException {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                text.append("Now you are in the shell.\u0001\u0002\u0003\u0004");
            }
            assertRefused(Files.writeString(dir.resolve("binary.txt"), text), "cannot be decoded");
        }
    }
}
