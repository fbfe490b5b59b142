package org.visavis.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.visavis.model.Document;
import org.visavis.model.Language;

/**
 * Prints how long ingest takes, per file: the first (cold) read and the median of the following
 * ones, with the paragraph and note counts. Speed is measured here, not in unit tests.
 *
 * <pre>{@code
 * java -cp target/visavis.jar org.visavis.ingest.IngestBenchmark en 3 debian-reference.en.pdf
 * // debian-reference.en.pdf paragraphs=6430 headings=609 notes=0 cold_ms=3120 warm_median_ms=1410 runs=3
 * }</pre>
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: IngestBenchmark LANG RUNS FILE...");
            System.exit(2);
        }
        Language language = Language.parse(args[0]);
        int runs = Integer.parseInt(args[1]);
        TikaDocumentReader reader = new TikaDocumentReader();
        for (String file : Arrays.asList(args).subList(2, args.length)) {
            List<Double> times = new ArrayList<>();
            Document doc = null;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                doc = reader.read(Path.of(file), language);
                times.add((System.nanoTime() - start) / 1e6);
            }
            List<Double> warm = new ArrayList<>(times.subList(Math.min(1, times.size() - 1), times.size()));
            warm.sort(null);
            long headings = doc.paragraphs().stream().filter(p -> p.isHeading()).count();
            long notes = doc.paragraphs().stream().mapToLong(p -> p.notes().size()).sum();
            System.out.printf(Locale.ROOT, "%s paragraphs=%d headings=%d notes=%d cold_ms=%.0f warm_median_ms=%.0f runs=%d%n",
                    doc.name(), doc.paragraphs().size(), headings, notes, times.get(0), warm.get(warm.size() / 2), runs);
        }
    }
}
