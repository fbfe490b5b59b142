package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visavis.cli.HostileFiles.TEXT;
import static org.visavis.cli.HostileFiles.bytes;
import static org.visavis.cli.HostileFiles.concat;
import static org.visavis.cli.HostileFiles.docx;
import static org.visavis.cli.HostileFiles.docxParagraph;
import static org.visavis.cli.HostileFiles.epub;
import static org.visavis.cli.HostileFiles.gzip;
import static org.visavis.cli.HostileFiles.nested;
import static org.visavis.cli.HostileFiles.odt;
import static org.visavis.cli.HostileFiles.odtContent;
import static org.visavis.cli.HostileFiles.odtEntries;
import static org.visavis.cli.HostileFiles.repeated;
import static org.visavis.cli.HostileFiles.sparse;
import static org.visavis.cli.HostileFiles.write;
import static org.visavis.cli.HostileFiles.zip;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.visavis.project.ProjectStore;

/**
 * The hostile-input corpus: files built here at test time (bombs, deep nesting, catastrophic SRX
 * rules, undefined entities, stray bytes, huge streams and files, paths out of the folder), each
 * run through the command line as a user would. Each must end as its case says: for a refused
 * file, exit code 2 and one line on stderr naming the file and the problem, no stack trace, and
 * nothing written; for a file read, its own text only. The counts are printed at the end.
 */
class HostileInputsTest {
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger CLEAN = new AtomicInteger();

    /** Writes the hostile file(s) into the folder and returns the command line to run on them. */
    @FunctionalInterface
    interface Setup {
        String[] build(Path dir) throws IOException;
    }

    /**
     * A hostile input and its expected outcome: refused (exit 2) with a message naming
     * {@code file} and containing {@code problem}, or read (exit 0) with output that contains
     * {@code problem} and not {@code leak}.
     */
    record Case(String name, Setup setup, String file, String problem, int exit, String leak, Map<String, String> limits) {
        static Case refused(String name, String file, String problem, Setup setup) {
            return new Case(name, setup, file, problem, 2, null, Map.of());
        }

        static Case read(String name, String expected, String leak, Setup setup) {
            return new Case(name, setup, null, expected, 0, leak, Map.of());
        }

        Case withLimit(String property, String value) {
            return new Case(name, setup, file, problem, exit, leak, Map.of(property, value));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputEndsCleanly() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            TRIED.incrementAndGet();
            check(c);
            CLEAN.incrementAndGet();
        }));
    }

    /** What Main says when a limit was not enough and memory or stack ran out: one line, exit 2. */
    @Test
    void exhaustedMemoryOrStackIsOneLineNotATrace() {
        assertThat(Main.exhausted(new OutOfMemoryError("Java heap space")).orElseThrow())
                .startsWith("out of memory (").contains("VISAVIS_JAVA_OPTS");
        assertThat(Main.exhausted(new OutOfMemoryError("Java heap space"), true).orElseThrow())
                .as("the installed launcher reads the JVM's own variable").contains("_JAVA_OPTIONS=\"-Xmx4g\"")
                .doesNotContain("VISAVIS_JAVA_OPTS");
        assertThat(Main.exhausted(new IllegalStateException("wrapped", new StackOverflowError())).orElseThrow())
                .contains("nests too deeply");
        assertThat(Main.exhausted(new IllegalStateException("a bug"))).isEmpty();
    }

    @AfterAll
    static void report() {
        System.out.println("hostile inputs: " + TRIED.get() + " tried, " + CLEAN.get() + " handled cleanly");
    }

    private static void check(Case c) throws IOException {
        Path dir = Files.createTempDirectory("hostile");
        try {
            String[] args = c.setup().build(dir);
            Set<String> before = listing(dir);
            c.limits().forEach(System::setProperty);
            AlignCommandTest.Run r;
            try {
                r = AlignCommandTest.run(args);
            } finally {
                c.limits().keySet().forEach(System::clearProperty);
            }
            assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("internal error");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(c.exit());
            if (c.exit() == 0) {
                assertThat(r.out()).contains(c.problem());
                if (c.leak() != null) {
                    assertThat(r.out()).doesNotContain(c.leak());
                }
                return;
            }
            List<String> lines = r.err().lines().toList();
            assertThat(lines).as("one line").hasSize(1);
            System.out.println("hostile input: " + c.name() + " -> " + lines.get(0));
            assertThat(lines.get(0)).startsWith("visavis: ").contains(c.file()).contains(c.problem());
            assertThat(listing(dir)).as("nothing written").isEqualTo(before);
        } finally {
            deleteTree(dir);
        }
    }

    static List<Case> cases() {
        String tmxHead = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"fr\"/><body>\n";
        String tmxTail = "</body></tmx>\n";
        String pair = "<tu><tuv xml:lang=\"fr\"><seg>Avant-propos</seg></tuv><tuv xml:lang=\"en\"><seg>Foreword</seg></tuv></tu>\n";
        return List.of(
            // --- office archives and other documents (ingest) ---
            Case.refused("DOCX of 20,000 nested tables (3 KB)", "tables.docx", "nest more than 256 levels",
                    d -> segment(docx(d.resolve("tables.docx"),
                            nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 20_000, docxParagraph(TEXT))))),
            Case.refused("ODT zip bomb", "bomb.odt", "zip bomb",
                    d -> segment(odt(d.resolve("bomb.odt"),
                            "<text:p>" + TEXT + "</text:p><text:p>" + " ".repeat(40 << 20) + "</text:p>"))),
            Case.refused("EPUB zip bomb", "bomb.epub", "zip bomb",
                    d -> segment(epub(d.resolve("bomb.epub"), "<p>" + TEXT + "</p><p>" + " ".repeat(40 << 20) + "</p>"))),
            Case.refused("DOCX zip bomb", "bomb.docx", "zip bomb",
                    d -> segment(docx(d.resolve("bomb.docx"), docxParagraph(TEXT) + docxParagraph(" ".repeat(40 << 20))))),
            Case.refused("ODT of 20,000 entries", "entries.odt", "more than 10,000 entries",
                    d -> {
                        Map<String, byte[]> entries = odtEntries("<text:p>" + TEXT + "</text:p>");
                        for (int i = 0; i < 20_000; i++) {
                            entries.put("Pictures/" + i + ".txt", bytes("x"));
                        }
                        return segment(zip(d.resolve("entries.odt"), entries));
                    }),
            Case.refused("archive that unpacks past the size limit", "large.odt", "unpacks to more than 1,048,576 bytes",
                    d -> segment(odt(d.resolve("large.odt"), "<text:p>" + TEXT + "</text:p>".repeat(1) + "<text:p>"
                            + randomish(2 << 20) + "</text:p>")))
                    .withLimit("visavis.max-unpacked-bytes", "1048576"),
            Case.read("ODT with an embedded object and a text file among its pictures: their text stays out",
                    "Debian GNU/Linux is a generalist Linux distribution", "SECRET",
                    d -> {
                        Map<String, byte[]> entries = odtEntries("<text:p>" + TEXT + "</text:p>");
                        entries.put("Pictures/notes.txt", bytes("SECRET picture notes. They are not the document."));
                        entries.put("Object 1/content.xml", bytes(odtContent("<text:p>SECRET embedded chart.</text:p>")));
                        return segment(zip(d.resolve("embedded.odt"), entries));
                    }),
            Case.refused("HTML of 100,000 nested divs", "deep.html", "nest more than 256 levels",
                    d -> segment(write(d.resolve("deep.html"), "<html><body>"
                            + nested("<div>", "</div>", 100_000, "<p>" + TEXT + "</p>") + "</body></html>"))),
            Case.refused("RTF of 100,000 nested groups", "deep.rtf", "groups nest more than 256 levels",
                    d -> segment(write(d.resolve("deep.rtf"), "{\\rtf1\\ansi " + nested("{", "}", 100_000, TEXT) + "}"))),
            Case.refused("PDF whose page content inflates to 20 MB", "stream.pdf", "more than 16,777,216 bytes",
                    d -> segment(HostileFiles.pdfWithContent(d.resolve("stream.pdf"), "0 0 m 1 1 l S\n", 20 << 20))),
            Case.refused("ASCII text with stray bytes that are not UTF-8", "stray.txt", "stray.txt:2:",
                    d -> segment(write(d.resolve("stray.txt"), concat(bytes(TEXT + "\n"),
                            bytes("The byte "), new byte[] {(byte) 0xFF}, bytes(" and the bytes "),
                            new byte[] {(byte) 0xC3, '('}, bytes(" are damage.\n"))))),
            Case.read("Windows-1252 text with curly quotes and accented words is still read",
                    "Don\u2019t order the caf\u00e9 \u00e0 la carte.", null,
                    d -> segment(write(d.resolve("cp1252.txt"),
                            "Don\u2019t order the caf\u00e9 \u00e0 la carte. It is \u201cfine\u201d.\n"
                                    .getBytes("windows-1252")))),
            Case.refused("text file of 300 MB (sparse)", "huge.txt", "larger than 268,435,456 bytes",
                    d -> segment(sparse(d.resolve("huge.txt"), TEXT, 300L << 20))),
            Case.refused("align of a text longer than the text limit stops before reading it all", "long.txt",
                    "more than 10,000 characters",
                    d -> {
                        Path t = write(d.resolve("long.txt"), (TEXT + "\n\n").repeat(500));
                        Path u = write(d.resolve("short.txt"), TEXT + "\n");
                        return new String[] {"align", t.toString(), u.toString(), "--source-lang", "en",
                            "--target-lang", "en", "--out", d.resolve("out").toString()};
                    }).withLimit("visavis.max-text-chars", "10000"),
            Case.refused("segment of a text just over the text limit", "over.txt", "more than 10,000 characters",
                    d -> segment(write(d.resolve("over.txt"), (TEXT + "\n\n").repeat(70))))
                    .withLimit("visavis.max-text-chars", "10000"),
            Case.refused("a limit set to something other than a number", "-Dvisavis.max-text-chars=lots",
                    "the limit must be a positive whole number",
                    d -> segment(write(d.resolve("short.txt"), TEXT + "\n")))
                    .withLimit("visavis.max-text-chars", "lots"),
            // --- SRX rules ---
            Case.refused("SRX rule with catastrophic backtracking", "redos.srx", "rule 1 of 'Hostile'",
                    d -> {
                        Path srx = write(d.resolve("redos.srx"), srx("(.*a){20}", "\\s"));
                        Path text = write(d.resolve("as.txt"), TEXT + " " + "a".repeat(40) + "c end.\n");
                        return new String[] {"segment", text.toString(), "--lang", "en", "--srx", srx.toString()};
                    }).withLimit("visavis.srx-rule-millis", "300"),
            // --- TMX, XLIFF, XCES imports ---
            Case.refused("TMX with &nbsp;", "nbsp.tmx", "&nbsp; is not defined in XML; write &#160;",
                    d -> importing(write(d.resolve("nbsp.tmx"), tmxHead + pair.replace("Avant-propos", "Avant&nbsp;!") + tmxTail), d)),
            Case.refused("TMX with a bare &", "amp.tmx", "write &amp;",
                    d -> importing(write(d.resolve("amp.tmx"), tmxHead + pair.replace("Avant-propos", "R & D") + tmxTail), d)),
            Case.refused("TMX with &#1;", "control.tmx", "&#1; is a control character",
                    d -> importing(write(d.resolve("control.tmx"), tmxHead + pair.replace("Avant-propos", "a&#1;b") + tmxTail), d)),
            Case.refused("TMX with an entity bomb (billion laughs)", "laughs.tmx", "&lol3; is not defined (no DTD is read",
                    d -> importing(write(d.resolve("laughs.tmx"), "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n"
                            + "<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                            + "<tmx version=\"1.4\"><header srclang=\"fr\"/><body>\n"
                            + pair.replace("Avant-propos", "&lol3;") + tmxTail), d)),
            Case.refused("TMX with an external entity (XXE)", "xxe.tmx", "&secret; is not defined (no DTD is read",
                    d -> {
                        Path secret = write(d.resolve("secret.txt"), "SECRET");
                        return importing(write(d.resolve("xxe.tmx"), "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n"
                                + "<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
                                + "<tmx version=\"1.4\"><header srclang=\"fr\"/><body>\n"
                                + pair.replace("Avant-propos", "&secret;") + tmxTail), d);
                    }),
            Case.refused("TMX of 100,000 nested elements", "deep.tmx", "nest more than 256 levels",
                    d -> importing(write(d.resolve("deep.tmx"), tmxHead + "<tu><tuv xml:lang=\"fr\"><seg>"
                            + nested("<hi>", "</hi>", 100_000, "x") + "</seg></tuv></tu>" + tmxTail), d)),
            Case.refused("TMX of 300 MB (sparse)", "huge.tmx", "larger than 268,435,456 bytes",
                    d -> importing(sparse(d.resolve("huge.tmx"), tmxHead, 300L << 20), d)),
            Case.refused("XLIFF with &nbsp;", "nbsp.xlf", "&nbsp; is not defined in XML; write &#160;",
                    d -> importing(write(d.resolve("nbsp.xlf"), "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                            + "version=\"2.0\" srcLang=\"fr\" trgLang=\"en\"><file id=\"f1\">\n<unit id=\"u1\"><segment>"
                            + "<source>Avant&nbsp;!</source><target>Foreword</target></segment></unit></file></xliff>\n"), d)),
            Case.refused("XCES document with &eacute;", "doc.fr.xml", "&eacute; is not defined in XML; write &#233;",
                    d -> {
                        cesDocuments(d, "G&eacute;n&eacute;raliste.");
                        return importing(write(d.resolve("links.xml"), cesAlign("doc.fr.xml", "doc.en.xml")), d);
                    }),
            Case.refused("cesAlign fromDoc naming an absolute path", "links.xml", "is outside the link file's folder",
                    d -> {
                        cesDocuments(d, "Avant-propos.");
                        Path elsewhere = Files.createTempDirectory("elsewhere");
                        Path secret = Files.copy(d.resolve("doc.fr.xml"), elsewhere.resolve("secret.xml"));
                        secret.toFile().deleteOnExit();
                        elsewhere.toFile().deleteOnExit();
                        return importing(write(d.resolve("links.xml"), cesAlign(secret.toString(), "doc.en.xml")), d);
                    }),
            Case.refused("cesAlign fromDoc climbing out with ..", "links.xml", "is outside the link file's folder",
                    d -> {
                        Path inner = Files.createDirectories(d.resolve("a/b"));
                        cesDocuments(inner, "Avant-propos.");
                        return importing(write(inner.resolve("links.xml"), cesAlign("../../a/b/doc.fr.xml", "doc.en.xml")), d);
                    }),
            Case.read("gzipped cesAlign link file with gzipped documents is read", "imported", null,
                    d -> {
                        cesDocuments(d, "Avant-propos.");
                        gzip(d.resolve("doc.fr.xml.gz"), Files.readAllBytes(d.resolve("doc.fr.xml")));
                        Files.delete(d.resolve("doc.fr.xml"));
                        Path links = gzip(d.resolve("links.xml.gz"), bytes(cesAlign("doc.fr.xml", "doc.en.xml")));
                        return new String[] {"import", links.toString(), "--out", d.resolve("project").toString()};
                    }),
            Case.refused("gzip bomb as an XCES document", "doc.fr.xml.gz", "unpacks to more than 1,048,576 bytes",
                    d -> {
                        cesDocuments(d, "Avant-propos.");
                        Files.delete(d.resolve("doc.fr.xml"));
                        gzip(d.resolve("doc.fr.xml.gz"), concat(bytes("<text xml:lang=\"fr\"><p><s id=\"1:1\">"),
                                repeated(" ", 8 << 20), bytes("</s></p></text>")));
                        return importing(write(d.resolve("links.xml"), cesAlign("doc.fr.xml", "doc.en.xml")), d);
                    }).withLimit("visavis.max-unpacked-bytes", "1048576"),
            Case.refused("a .gz file that is not gzip", "plain.xml.gz", "not a gzip file",
                    d -> importing(write(d.resolve("plain.xml.gz"), cesAlign("doc.fr.xml", "doc.en.xml")), d)),
            // --- projects ---
            Case.refused("project whose document holds &nbsp;", "/project/source", "&nbsp; is not defined in XML",
                    d -> {
                        Path project = importedProject(d);
                        Path source = new ProjectStore().currentFiles(project).get(1);
                        Files.writeString(source, Files.readString(source).replace("Avant-propos", "Avant&nbsp;!"));
                        return new String[] {"export", project.toString(), "--format", "tmx", "-o", d.resolve("out.tmx").toString()};
                    }),
            Case.refused("project of 1.1 GB (sparse)", "/project/target", "larger than 268,435,456 bytes",
                    d -> {
                        Path project = importedProject(d);
                        Path target = new ProjectStore().currentFiles(project).get(2);
                        String head = Files.readString(target);
                        Files.delete(target);
                        sparse(target, head, 1100L << 20);
                        return new String[] {"export", project.toString(), "--format", "tmx", "-o", d.resolve("out.tmx").toString()};
                    }));
    }

    private static String[] segment(Path file) {
        return new String[] {"segment", file.toString(), "--lang", "en"};
    }

    private static String[] importing(Path file, Path dir) {
        return new String[] {"import", file.toString(), "--out", dir.resolve("project").toString()};
    }

    /** Bytes that deflate poorly, so that only the size limit can stop them. */
    private static String randomish(int length) {
        java.util.Random random = new java.util.Random(7);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static String srx(String before, String after) {
        return "<?xml version=\"1.0\"?>\n<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\"><header segmentsubflows=\"yes\" cascade=\"no\"/>"
                + "<body><languagerules><languagerule languagerulename=\"Hostile\">"
                + "<rule break=\"yes\"><beforebreak>" + before + "</beforebreak><afterbreak>" + after + "</afterbreak></rule>"
                + "<rule break=\"yes\"><beforebreak>[.?!]</beforebreak><afterbreak>\\s</afterbreak></rule>"
                + "</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"Hostile\"/>"
                + "</maprules></body></srx>\n";
    }

    private static void cesDocuments(Path dir, String firstSentence) throws IOException {
        write(dir.resolve("doc.fr.xml"), "<?xml version=\"1.0\"?>\n<text xml:lang=\"fr\">\n<p><s id=\"1:1\">" + firstSentence
                + "</s></p>\n</text>\n");
        write(dir.resolve("doc.en.xml"), "<?xml version=\"1.0\"?>\n<text xml:lang=\"en\">\n<p><s id=\"1:1\">Foreword.</s></p>\n</text>\n");
    }

    private static String cesAlign(String from, String to) {
        return "<?xml version=\"1.0\"?>\n<cesAlign version=\"1.0\">\n<linkGrp fromDoc=\"" + from + "\" toDoc=\"" + to
                + "\">\n<link xtargets=\"1:1;1:1\" status=\"man\"/>\n</linkGrp>\n</cesAlign>\n";
    }

    private static Path importedProject(Path dir) throws IOException {
        Path tmx = write(dir.resolve("ok.tmx"), "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"fr\"/><body>\n"
                + "<tu><tuv xml:lang=\"fr\"><seg>Avant-propos</seg></tuv><tuv xml:lang=\"en\"><seg>Foreword</seg></tuv></tu>\n"
                + "</body></tmx>\n");
        Path project = dir.resolve("project");
        AlignCommandTest.Run r = AlignCommandTest.run("import", tmx.toString(), "--out", project.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return project;
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            Set<String> out = new TreeSet<>();
            files.forEach(p -> out.add(dir.relativize(p) + (Files.isDirectory(p) ? "/" : " " + p.toFile().length())));
            return out;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
