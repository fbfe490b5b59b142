package org.visavis.align;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Language;
import org.visavis.model.Paragraph;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/** Reads the test texts: one sentence per line, a blank line between paragraphs. */
final class AlignerFixtures {

    private AlignerFixtures() {
    }

    static List<String> lines(String resource) {
        try (InputStream in = AlignerFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of a fixture without its blank lines. */
    static List<String> sentences(String resource) {
        return lines(resource).stream().filter(l -> !l.isBlank()).toList();
    }

    /** A fixture with its paragraphs: each blank line starts a new one. */
    static SegmentedDocument withParagraphs(String resource, Language language) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : lines(resource)) {
            if (line.isBlank()) {
                if (text.length() > 0) {
                    paragraphs.add(Paragraph.body(text.toString()));
                    text.setLength(0);
                }
                continue;
            }
            segments.add(new Segment(line, paragraphs.size()));
            text.append(text.length() > 0 ? " " : "").append(line);
        }
        if (text.length() > 0) {
            paragraphs.add(Paragraph.body(text.toString()));
        }
        return new SegmentedDocument(resource, language, paragraphs, segments);
    }

    static SegmentedDocument plain(List<String> sentences, Language language) {
        return SegmentedDocument.ofSentences("test", language, sentences);
    }

    /**
     * The sentences of one language of a dev benchmark folder, read from ../shared (system
     * property visavis.shared); the test is skipped where the benchmarks are not there.
     */
    static SegmentedDocument dev(String folder, Language language) {
        Path file = Path.of(System.getProperty("visavis.shared", "../shared"))
                .resolve("benchmarks/dev/" + folder + "/" + language.code() + ".txt");
        assumeThat(Files.isRegularFile(file))
                .as("benchmarks in ../shared").isTrue();
        try {
            return plain(Files.readAllLines(file), language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every sentence of the dev benchmarks' French, English and German texts, folder by folder,
     * read from ../shared (system property visavis.shared); the test is skipped where they are not there.
     */
    static List<String> everyDevSentence() {
        Path dev = Path.of(System.getProperty("visavis.shared", "../shared")).resolve("benchmarks/dev");
        assumeThat(Files.isDirectory(dev)).as("benchmarks in ../shared").isTrue();
        List<String> sentences = new ArrayList<>();
        try (var folders = Files.list(dev)) {
            for (Path dir : folders.sorted().toList()) {
                for (String name : List.of("fr.txt", "en.txt", "de.txt")) {
                    if (Files.exists(dir.resolve(name))) {
                        sentences.addAll(Files.readAllLines(dir.resolve(name)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sentences;
    }
}
