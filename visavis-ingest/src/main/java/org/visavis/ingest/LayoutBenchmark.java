package org.visavis.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.visavis.model.Document;
import org.visavis.model.Language;

/**
 * Prints, for each {@code NAME.pdf} (or {@code .docx}, {@code .odt}) in a folder that has a {@code NAME.gold.tsv} beside it
 * ({@link LayoutGold}), how much of the known text ingest recovered ({@link LayoutScore}): one
 * line per document (with the verbatim blocks found whole as code), then with {@code -v} what was
 * lost or left.
 *
 * <pre>{@code
 * java -cp ... org.visavis.ingest.LayoutBenchmark en /tmp/pdfgen/full
 * // document          sentences        notes attached  false  furniture  contents  code blocks  cells alone  cells in prose
 * // latex.pdf         431/431 100.0%   39/39 100.0%    0      0          0         20/20        ...
 * }</pre>
 */
public final class LayoutBenchmark {

    private LayoutBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        List<String> rest = List.of(args).subList(verbose ? 1 : 0, args.length);
        if (rest.size() != 2) {
            System.err.println("usage: LayoutBenchmark [-v] LANG FOLDER");
            System.exit(2);
        }
        Language language = Language.parse(rest.get(0));
        Path folder = Path.of(rest.get(1));
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(folder)) {
            pdfs = files.filter(f -> f.toString().matches(".*\\.(pdf|docx|odt)")).sorted().toList();
        }
        TikaDocumentReader reader = new TikaDocumentReader();
        System.out.printf(Locale.ROOT, "%-22s %-18s %-18s %6s %10s %9s  %-11s  %-16s %s%n", "document", "sentences",
                "notes attached", "false", "furniture", "contents", "code blocks", "cells alone", "cells in prose");
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            Path goldFile = pdf.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".gold.tsv");
            if (!Files.isRegularFile(goldFile)) {
                continue;
            }
            Document doc = reader.read(pdf, language);
            LayoutScore s = LayoutScore.of(doc, LayoutGold.read(goldFile));
            System.out.printf(Locale.ROOT, "%-22s %-18s %-18s %6d %10d %9d  %-11s  %-16s %d%n", name,
                    String.format(Locale.ROOT, "%d/%d %.1f%%", s.sentencesFound(), s.sentences(), 100 * s.sentenceShare()),
                    String.format(Locale.ROOT, "%d/%d %.1f%%", s.notesAttached(), s.notes(), 100 * s.noteShare()),
                    s.falseNotes(), s.chromeLeft(), s.contentsLeft(),
                    String.format(Locale.ROOT, "%d/%d", s.codeFound(), s.codeBlocks()),
                    String.format(Locale.ROOT, "%d/%d %.1f%%", s.cellsAlone(), s.cells(), 100 * s.cellShare()),
                    s.cellsInProse());
            if (verbose) {
                s.problems().forEach(p -> System.out.println("    " + p));
            }
        }
    }
}
