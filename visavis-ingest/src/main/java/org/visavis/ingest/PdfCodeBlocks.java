package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.visavis.model.Paragraph;

/**
 * Code and verbatim blocks of a PDF: runs of lines set wholly in a monospace font
 * ({@link PdfMonospaceLines}) that stand as blocks of their own (a monospace line inside a
 * paragraph of prose, a web address, is prose). Each
 * block leaves the pages as a placeholder line ({@link CodePlaceholders}) before their layout is
 * repaired, and comes back as one {@link Paragraph#code code paragraph}, its lines and their
 * indentation as the page sets them; a block on one page and the one right after it in the text
 * on the next (nothing between them but the page's furniture and footnotes) are one listing broken by
 * the page, and join.
 * When most lines of a document are monospace (a text file printed in Courier), that font is the
 * body's, and nothing is code.
 *
 * <pre>{@code
 * PdfCodeBlocks.Marked m = PdfCodeBlocks.mark(pages, PdfMonospaceLines.read(pdf));
 * PdfCodeBlocks.restore(new PageLayoutRepair(...).repair(m.pages()), m);
 * }</pre>
 */
final class PdfCodeBlocks {

    /** The pages with a placeholder for each block, the blocks and the page (from 1) of each. */
    record Marked(PlainTextPages pages, List<String> blocks, List<Integer> blockPages) {
        Marked {
            blocks = List.copyOf(blocks);
            blockPages = List.copyOf(blockPages);
        }
    }

    /** Above this share of monospace lines, the monospace font is the document's body font. */
    private static final double BODY_FONT_SHARE = 0.5;
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.:!?][\"'”’»)\\]]*\\s*$");
    private static final Pattern STARTS_SENTENCE = Pattern.compile("^\\s*[\"'“‘«(\\[]?[\\p{Lu}\\p{N}]");

    private PdfCodeBlocks() {
    }

    static Marked mark(PlainTextPages input, PdfMonospaceLines monospace) {
        if (monospace.isEmpty()) {
            return new Marked(input, List.of(), List.of());
        }
        List<List<Optional<PdfMonospaceLines.Line>>> found = new ArrayList<>();
        long lines = 0;
        long mono = 0;
        for (int p = 0; p < input.pages().size(); p++) {
            List<Optional<PdfMonospaceLines.Line>> page = new ArrayList<>();
            for (String line : input.pages().get(p)) {
                Optional<PdfMonospaceLines.Line> m = monospace.take(p + 1, line);
                page.add(m);
                lines += line.isBlank() ? 0 : 1;
                mono += m.isPresent() ? 1 : 0;
            }
            found.add(page);
        }
        if (mono == 0 || mono > BODY_FONT_SHARE * lines) {
            return new Marked(input, List.of(), List.of());
        }
        int apart = input.lineGap() + 1;
        List<List<String>> pages = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        List<Integer> blockPages = new ArrayList<>();
        for (int p = 0; p < input.pages().size(); p++) {
            List<String> page = input.pages().get(p);
            List<Optional<PdfMonospaceLines.Line>> flags = found.get(p);
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < page.size()) {
                int end = runEnd(page, flags, i);
                if (end > i) {
                    List<PdfMonospaceLines.Line> run = new ArrayList<>();
                    for (int k = i; k < end; k++) {
                        flags.get(k).ifPresent(run::add);
                    }
                    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                        out.remove(out.size() - 1);
                    }
                    blockPages.add(p + 1);
                    for (int g = 0; g < apart && !out.isEmpty(); g++) {
                        out.add("");
                    }
                    out.add(CodePlaceholders.line(blocks.size()));
                    blocks.add(text(run));
                    for (int g = 0; g < apart; g++) {
                        out.add("");
                    }
                    i = end;
                    while (i < page.size() && page.get(i).isBlank()) {
                        i++;
                    }
                } else {
                    out.add(page.get(i));
                    i++;
                }
            }
            pages.add(out);
        }
        return new Marked(new PlainTextPages(pages, input.lineGap()), blocks, blockPages);
    }

    /**
     * The end of the run of monospace lines (blank lines between them allowed) that starts at
     * {@code i} and stands as a block of its own; {@code i} itself when no such run starts there.
     * Before the run: a blank line, the page's head, or a line ending a sentence; after it: a blank
     * line, the page's foot, or a line starting one (a word processor sets paragraphs without a
     * gap). A monospace line inside prose (a web address) has prose going on around it.
     */
    private static int runEnd(List<String> page, List<Optional<PdfMonospaceLines.Line>> flags, int i) {
        if (flags.get(i).isEmpty() || i > 0 && !page.get(i - 1).isBlank() && !ENDS_SENTENCE.matcher(page.get(i - 1)).find()) {
            return i;
        }
        int end = i;
        int last = i;
        while (end < page.size() && (flags.get(end).isPresent() || page.get(end).isBlank())) {
            if (flags.get(end).isPresent()) {
                last = end;
            }
            end++;
        }
        int stop = last + 1;
        return stop < page.size() && !page.get(stop).isBlank() && !STARTS_SENTENCE.matcher(page.get(stop)).find() ? i : stop;
    }

    /** The block's lines, each indented by its columns right of the block's leftmost line. */
    private static String text(List<PdfMonospaceLines.Line> run) {
        float left = (float) run.stream().mapToDouble(PdfMonospaceLines.Line::left).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (PdfMonospaceLines.Line line : run) {
            int indent = Math.max(0, Math.round((line.left() - left) / line.columnWidth()));
            sb.append(" ".repeat(indent)).append(line.text()).append('\n');
        }
        return CodeBlocks.verbatim(sb.toString());
    }

    /** The repaired paragraphs with the blocks back, a block broken by a page break made whole. */
    static List<Paragraph> restore(List<Paragraph> paragraphs, Marked marked) {
        return CodePlaceholders.restore(paragraphs, marked.blocks(),
                (previous, next) -> marked.blockPages().get(next) == marked.blockPages().get(previous) + 1);
    }
}
