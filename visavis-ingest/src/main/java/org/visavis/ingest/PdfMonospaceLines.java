package org.visavis.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF set wholly in a monospace font (a code listing, a command, verbatim text),
 * per page, read with PDFBox, which Tika's own PDF extraction runs on: Tika's text keeps no font
 * names. A line's text is rebuilt from its glyphs' places, so the spaces of an aligned listing
 * and its indentation (in columns of the font's width, from the left of the line's block) are
 * those of the page. Only pages whose resources hold a monospace font are read a second time.
 * A font is monospace when its descriptor says fixed pitch, or by its name ({@link MonospaceFonts}).
 *
 * <pre>{@code
 * PdfMonospaceLines lines = PdfMonospaceLines.read(Path.of("latex.pdf"));
 * lines.find(3, "$ apt-cache policy dpkg");  // Optional of the line on page 3, with its column
 * }</pre>
 *
 * A PDF that PDFBox cannot read here has no monospace lines: Tika reads it next and names the problem.
 */
final class PdfMonospaceLines {

    /** A line in a monospace font: its text as the glyphs place it, its left edge and the width of a column. */
    record Line(String text, float left, float columnWidth) {
    }

    /** A line as the text stripper wrote it (what Tika's text holds, the key) and as its glyphs place it. */
    private record Found(String written, Line line) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final PdfMonospaceLines NONE = new PdfMonospaceLines(Map.of());

    /** Per page number (from 1): the monospace lines by their text without spaces, in page order. */
    private final Map<Integer, Map<String, Deque<Line>>> pages;

    private PdfMonospaceLines(Map<Integer, Map<String, Deque<Line>>> pages) {
        this.pages = pages;
    }

    static PdfMonospaceLines read(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            Map<Object, Boolean> fonts = new IdentityHashMap<>();
            List<Integer> withMonospace = new ArrayList<>();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                if (hasMonospaceFont(page.getResources(), fonts)) {
                    withMonospace.add(number);
                }
            }
            if (withMonospace.isEmpty()) {
                return NONE;
            }
            Map<Integer, Map<String, Deque<Line>>> pages = new HashMap<>();
            for (int page : withMonospace) {
                Collector collector = new Collector(fonts);
                collector.setStartPage(page);
                collector.setEndPage(page);
                collector.writeText(doc, new StringWriter());
                collector.endLine();
                Map<String, Deque<Line>> lines = new HashMap<>();
                collector.lines.forEach(f -> lines.computeIfAbsent(key(f.written()), k -> new ArrayDeque<>()).add(f.line()));
                pages.put(page, lines);
            }
            return new PdfMonospaceLines(pages);
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    boolean isEmpty() {
        return pages.isEmpty();
    }

    /** The monospace line of page {@code page} with this text (spaces aside), taken so that it matches once. */
    java.util.Optional<Line> take(int page, String text) {
        Map<String, Deque<Line>> lines = pages.get(page);
        if (lines == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        Deque<Line> same = lines.get(key(text));
        return same == null || same.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(same.poll());
    }

    private static String key(String text) {
        return SPACES.matcher(text).replaceAll("");
    }

    private static boolean hasMonospaceFont(PDResources resources, Map<Object, Boolean> fonts) {
        if (resources == null) {
            return false;
        }
        try {
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font != null && isMonospace(font, fonts)) {
                    return true;
                }
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                        && form.getResources() != resources && hasMonospaceFont(form.getResources(), fonts)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    static boolean isMonospace(PDFont font, Map<Object, Boolean> known) {
        return known.computeIfAbsent(font.getCOSObject(), k -> {
            PDFontDescriptor descriptor = font.getFontDescriptor();
            return descriptor != null && descriptor.isFixedPitch() || MonospaceFonts.isMonospace(font.getName());
        });
    }

    /** PDFBox's text stripper, keeping the lines whose every glyph is in a monospace font. */
    private static final class Collector extends PDFTextStripper {
        private final Map<Object, Boolean> fonts;
        private final List<Found> lines = new ArrayList<>();
        private final List<TextPosition> line = new ArrayList<>();
        private final StringBuilder written = new StringBuilder();

        Collector(Map<Object, Boolean> fonts) throws IOException {
            this.fonts = fonts;
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
            if (line.isEmpty()) {
                written.setLength(0);
                return;
            }
            boolean monospace = true;
            float column = 0;
            for (TextPosition p : line) {
                if (!p.getUnicode().isBlank()) {
                    monospace &= p.getFont() != null && isMonospace(p.getFont(), fonts);
                    column = Math.max(column, p.getWidthDirAdj() / Math.max(1, p.getUnicode().length()));
                }
            }
            if (monospace && column > 0) {
                List<TextPosition> glyphs = line.stream().filter(p -> !p.getUnicode().isBlank()).toList();
                lines.add(new Found(written.toString(), new Line(placed(glyphs, column), glyphs.get(0).getXDirAdj(), column)));
            }
            line.clear();
            written.setLength(0);
        }

        /** The line's glyphs (no spaces) at their columns: runs of spaces as wide as the gaps they fill. */
        private static String placed(List<TextPosition> glyphs, float column) {
            StringBuilder sb = new StringBuilder();
            float left = glyphs.get(0).getXDirAdj();
            for (TextPosition p : glyphs) {
                int at = Math.round((p.getXDirAdj() - left) / column);
                if (at > sb.length()) {
                    sb.append(" ".repeat(at - sb.length()));
                } else if (at < sb.length() && sb.substring(at).startsWith(p.getUnicode())) {
                    // a glyph set over the same one (bold by overprinting): once
                    continue;
                }
                sb.append(p.getUnicode());
            }
            return sb.toString();
        }
    }
}
