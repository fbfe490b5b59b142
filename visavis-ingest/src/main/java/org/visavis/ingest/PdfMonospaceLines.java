package org.visavis.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF set wholly in a monospace font (a code listing, a command, verbatim text),
 * per page, read with PDFBox, which Tika's own PDF extraction runs on: Tika's text keeps no font
 * names. A line's text is rebuilt from its glyphs' places, so the spaces of an aligned listing
 * and its indentation (in columns of the font's width, from the left of the line's block) are
 * those of the page. Only pages whose resources hold a monospace font are looked at ({@link PdfLayout}
 * reads the pages). A font is monospace when its descriptor says fixed pitch, or by its name
 * ({@link MonospaceFonts}).
 *
 * <pre>{@code
 * PdfMonospaceLines lines = PdfLayout.read(Path.of("latex.pdf")).monospace();
 * lines.take(3, "$ apt-cache policy dpkg");  // Optional of the line on page 3, with its column
 * }</pre>
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

    /** The monospace lines of some pages: per page number (from 1), those {@link #page} found on it. */
    static PdfMonospaceLines of(Map<Integer, Map<String, Deque<Line>>> pages) {
        return pages.isEmpty() ? NONE : new PdfMonospaceLines(Map.copyOf(pages));
    }

    /** The monospace lines of a page, by their text without spaces, in page order. */
    static Map<String, Deque<Line>> page(List<PdfPageLines.Written> written, Map<Object, Boolean> fonts) {
        Map<String, Deque<Line>> lines = new HashMap<>();
        monospace(written, fonts).forEach(f -> lines.computeIfAbsent(key(f.written()), k -> new ArrayDeque<>()).add(f.line()));
        return lines;
    }

    static PdfMonospaceLines none() {
        return NONE;
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

    /** Whether the page's resources (or those of its forms) hold a monospace font. */
    static boolean hasMonospaceFont(PDResources resources, Map<Object, Boolean> fonts) {
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

    /** The page's lines whose every glyph is in a monospace font, with their text as the glyphs place it. */
    private static List<Found> monospace(List<PdfPageLines.Written> written, Map<Object, Boolean> fonts) {
        List<Found> lines = new ArrayList<>();
        for (PdfPageLines.Written w : written) {
            boolean monospace = true;
            float column = 0;
            for (TextPosition p : w.glyphs()) {
                if (!p.getUnicode().isBlank()) {
                    monospace &= p.getFont() != null && isMonospace(p.getFont(), fonts);
                    column = Math.max(column, p.getWidthDirAdj() / Math.max(1, p.getUnicode().length()));
                }
            }
            if (monospace && column > 0) {
                List<TextPosition> glyphs = w.glyphs().stream().filter(p -> !p.getUnicode().isBlank()).toList();
                lines.add(new Found(w.text(), new Line(placed(glyphs, column), glyphs.get(0).getXDirAdj(), column)));
            }
        }
        return lines;
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
