package org.visavis.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.visavis.lang.WordList;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;

/**
 * The tables of a PDF ({@link PdfTables}) taken out of its pages before their layout is
 * repaired, which would run their rows together into one long sentence and into the paragraphs
 * around them, and put back as one paragraph per cell, row by row, as the cells of an HTML or
 * DOCX table come in. A table leaves its page as one placeholder line ({@link CodePlaceholders})
 * with blank lines around it, where its first line was; a table only some of whose lines are
 * found in Tika's text stays text, so that nothing comes in twice. A running header whose parts
 * fall in a table's columns (a title and a chapter's at the head of a page that a table fills)
 * stays on the page for the repair to drop, and is no row. Contents pages are left as they
 * are, for {@link ContentsPages} to take out.
 *
 * <pre>{@code
 * PdfTableBlocks.Marked m = PdfTableBlocks.mark(pages, layout.tables());
 * PdfTableBlocks.restore(new PageLayoutRepair(...).repair(m.pages()), m, wordList);
 * }</pre>
 */
final class PdfTableBlocks {

    /**
     * The pages with a placeholder for each table taken out, the tables, and per table the rows
     * (their text without spaces) that are a running header or footer, left on the page.
     */
    record Marked(PlainTextPages pages, PdfTables tables, Map<Integer, Set<String>> running) {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private PdfTableBlocks() {
    }

    static Marked mark(PlainTextPages input, PdfTables tables) {
        if (tables.isEmpty()) {
            return new Marked(input, tables, Map.of());
        }
        // what the repair will drop as running headers and footers, blanked
        List<List<String>> unheaded = input.pages().size() >= 2 ? new RunningHeaderFilter().filter(input.pages()) : input.pages();
        Map<Integer, Set<String>> running = new HashMap<>();
        List<List<String>> pages = new ArrayList<>();
        int apart = input.lineGap() + 1;
        for (int p = 0; p < input.pages().size(); p++) {
            List<String> page = input.pages().get(p);
            if (ContentsPages.isContents(page)) {
                // a contents page's entries are set as a table (number, title, page): the repair takes them out
                pages.add(page);
                continue;
            }
            List<Optional<Integer>> table = new ArrayList<>();
            Map<Integer, Integer> found = new HashMap<>();
            for (String line : page) {
                Optional<Integer> t = tables.take(p + 1, line);
                table.add(t);
                t.ifPresent(i -> found.merge(i, 1, Integer::sum));
            }
            Set<Integer> whole = new HashSet<>();
            found.forEach((t, n) -> {
                if (n == tables.lineCount(t)) {
                    whole.add(t);
                }
            });
            List<String> out = new ArrayList<>();
            Set<Integer> placed = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                Optional<Integer> t = table.get(i).filter(whole::contains);
                if (t.isPresent() && unheaded.get(p).get(i).isBlank() && !page.get(i).isBlank()) {
                    // a running header whose parts fall in the table's columns: the repair drops it, not a row
                    running.computeIfAbsent(t.get(), k -> new HashSet<>()).add(SPACES.matcher(page.get(i)).replaceAll(""));
                    out.add(page.get(i));
                } else if (t.isEmpty()) {
                    out.add(page.get(i));
                } else if (placed.add(t.get())) {
                    for (int g = 0; g < apart; g++) {
                        out.add("");
                    }
                    out.add(CodePlaceholders.tableLine(t.get()));
                    for (int g = 0; g < apart; g++) {
                        out.add("");
                    }
                }
            }
            pages.add(out);
        }
        return new Marked(new PlainTextPages(pages, input.lineGap()), tables, running);
    }

    /**
     * The repaired paragraphs with each table back, a paragraph per cell, its lines joined as the
     * text's are (a word broken at a line's end made whole by the document's vocabulary and the
     * dictionary).
     */
    static List<Paragraph> restore(List<Paragraph> paragraphs, Marked marked, Optional<WordList> wordList) {
        if (marked.tables().isEmpty()) {
            return paragraphs;
        }
        List<String> lines = new ArrayList<>();
        marked.pages().pages().forEach(lines::addAll);
        HyphenationRepair hyphenation = new HyphenationRepair(DocumentVocabulary.of(lines), wordList);
        return CodePlaceholders.restoreTables(paragraphs, index -> marked.tables().rows(index).stream()
                .filter(row -> !marked.running().getOrDefault(index, Set.of()).contains(
                        SPACES.matcher(String.join("", row.stream().flatMap(List::stream).toList())).replaceAll("")))
                .flatMap(List::stream)
                .map(cellLines -> {
                    StringBuilder cell = new StringBuilder();
                    cellLines.forEach(line -> hyphenation.append(cell, line.strip()));
                    return new Paragraph(cell.toString(), ParagraphKind.BODY, List.of());
                })
                .toList());
    }
}
