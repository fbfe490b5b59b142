package org.visavis.segment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Language;

/**
 * Prints how fast the default rules segment a text: paragraphs separated by blank lines, the
 * lines of a paragraph joined (what pdftotext gives). Not a test: figures, no thresholds.
 *
 * <pre>
 * pdftotext ../shared/corpora/debian-reference/debian-reference.fr.pdf /tmp/ref.fr.txt
 * java -cp target/visavis.jar:target/test-classes org.visavis.segment.SegmentationSpeed /tmp/ref.fr.txt fr
 * </pre>
 */
public final class SegmentationSpeed {

    // CPU time as well as wall time: the build machines are shared
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SegmentationSpeed() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SegmentationSpeed TEXT_FILE LANG");
            System.exit(2);
        }
        List<String> paragraphs = paragraphs(Path.of(args[0]));
        long chars = paragraphs.stream().mapToLong(String::length).sum();
        Language lang = Language.parse(args[1]);

        long t0 = System.nanoTime();
        Segmenter segmenter = SrxSegmenter.forLanguage(lang);
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%s: %d paragraphs, %d characters; rules loaded and compiled in %.0f ms%n",
                args[0], paragraphs.size(), chars, loadMs);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            int sentences = 0;
            for (String p : paragraphs) {
                sentences += segmenter.split(p).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("run %d: %d sentences in %.2f s (%.2f s of CPU; %.0f characters/s)%n",
                    run, sentences, seconds, cpu, chars / seconds);
        }
    }

    private static List<String> paragraphs(Path file) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                flush(current, paragraphs);
            } else {
                current.append(current.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
