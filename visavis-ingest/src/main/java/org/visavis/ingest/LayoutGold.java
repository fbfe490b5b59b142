package org.visavis.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated document is known to contain, read from its gold file (UTF-8, one item a line,
 * fields separated by tabs): {@code heading TEXT}, {@code body ID TEXT} (a paragraph of running
 * text), {@code note ID TEXT} (a footnote of paragraph ID) and {@code chrome TEXT} (a string of
 * the page furniture: running title, date, address, which no paragraph may keep) and {@code extra
 * TEXT} (text a generator may add of its own, such as "Chapter 1" or "Contents", neither required
 * nor furniture) and {@code code ID LINES} (a verbatim block in a monospace font, its line breaks
 * written {@code \n}) and {@code cell ID TEXT} (a cell of table ID, header cells included, in
 * reading order).
 *
 * <pre>{@code
 * LayoutGold gold = LayoutGold.read(Path.of("/tmp/pdfgen/full/latex.gold.tsv"));
 * gold.paragraphs().get("3");  // "Debian developers have responsibility for at least one package ..."
 * }</pre>
 */
record LayoutGold(List<String> headings, Map<String, String> paragraphs, List<GoldNote> notes, List<String> chrome,
        List<String> extras, List<String> code, List<String> cells) {

    /** A footnote and the paragraph that cites it. */
    record GoldNote(String paragraph, String text) {
    }

    LayoutGold {
        headings = List.copyOf(headings);
        paragraphs = new LinkedHashMap<>(paragraphs);
        notes = List.copyOf(notes);
        chrome = List.copyOf(chrome);
        extras = List.copyOf(extras);
        code = List.copyOf(code);
        cells = List.copyOf(cells);
    }

    static LayoutGold read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the gold file", e);
        }
    }

    static LayoutGold parse(List<String> lines, String name) {
        List<String> headings = new ArrayList<>();
        Map<String, String> paragraphs = new LinkedHashMap<>();
        List<GoldNote> notes = new ArrayList<>();
        List<String> chrome = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        List<String> code = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            switch (f[0]) {
                case "heading" -> headings.add(field(f, 1, 2, name, i));
                case "chrome" -> chrome.add(field(f, 1, 2, name, i));
                case "extra" -> extras.add(field(f, 1, 2, name, i));
                case "body" -> paragraphs.put(field(f, 1, 3, name, i), field(f, 2, 3, name, i));
                case "cell" -> cells.add(field(f, 2, 3, name, i));
                case "code" -> code.add(field(f, 2, 3, name, i).replace("\\n", "\n"));
                case "note" -> notes.add(new GoldNote(field(f, 1, 3, name, i), field(f, 2, 3, name, i)));
                default -> throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown item '" + f[0] + "'");
            }
        }
        return new LayoutGold(headings, paragraphs, notes, chrome, extras, code, cells);
    }

    private static String field(String[] f, int index, int count, String name, int line) {
        if (f.length != count) {
            throw new IllegalArgumentException(name + ":" + (line + 1) + ": '" + f[0] + "' takes " + (count - 1)
                    + " fields, found " + (f.length - 1));
        }
        return f[index];
    }
}
