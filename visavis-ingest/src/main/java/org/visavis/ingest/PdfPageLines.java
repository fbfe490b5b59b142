package org.visavis.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of one PDF page as PDFBox's text stripper writes them, set as Tika's extraction sets
 * it (so that each line is one of Tika's), each with the glyphs it is made of and their places:
 * what Tika's text lacks (fonts, positions) for the readers of a page's layout
 * ({@link PdfMonospaceLines}, {@link PdfTables}).
 *
 * <pre>{@code
 * for (PdfPageLines.Written line : PdfPageLines.of(doc, 3)) {
 *     line.text();     // "$ apt-cache policy dpkg"
 *     line.glyphs();   // its TextPositions: font, x, baseline, width
 * }
 * }</pre>
 */
final class PdfPageLines {

    /** A line as the stripper wrote it (what Tika's text holds) and its glyphs. */
    record Written(String text, List<TextPosition> glyphs) {
        Written {
            glyphs = List.copyOf(glyphs);
        }
    }

    private PdfPageLines() {
    }

    /** The lines of page {@code page} (from 1), in the order the stripper writes them. */
    static List<Written> of(PDDocument doc, int page) throws IOException {
        Collector collector = new Collector();
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.writeText(doc, new StringWriter());
        collector.endLine();
        return collector.lines;
    }

    private static final class Collector extends PDFTextStripper {
        private final List<Written> lines = new ArrayList<>();
        private final List<TextPosition> line = new ArrayList<>();
        private final StringBuilder written = new StringBuilder();

        Collector() throws IOException {
            // as Tika's extraction sets it, so that the lines are the same
            setSuppressDuplicateOverlappingText(false);
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            line.addAll(positions);
            written.append(text);
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
        }

        @Override
        protected void writePageEnd() {
            endLine();
        }

        void endLine() {
            if (!line.isEmpty()) {
                lines.add(new Written(written.toString(), line));
            }
            line.clear();
            written.setLength(0);
        }
    }
}
