package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes the table of contents out of pages of extracted lines. A contents page is one whose lines
 * mostly end with a page number, after dot leaders or a space ("1.1 The Installer . . . . 2",
 * "3 The Inner Workings of the Debian Project 10", "Preface xi"); there the entries, and the
 * first lines of entries wrapped onto two, are blanked. Left in, the contents would be read as
 * short paragraphs, collect the markers of footnotes and repeat every heading.
 *
 * <pre>{@code
 * ContentsPages.without(List.of(List.of("Contents", "", "1 The Role of Distributions 2",
 *         "1.1 The Installer . . . . . . 2", "1.2 The Software Library . . . . 3")))
 * // [["Contents", "", "", "", ""]]
 * }</pre>
 */
final class ContentsPages {

    /** Some words, then a page number standing alone at the end of the line. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*\\S.*?\\p{L}.*?(?:\\s*(?:\\.\\s*){2,}|\\s+)(?:\\d{1,4}|[ivxlc]{1,6})\\s*$");
    private static final int MIN_ENTRIES = 3;
    private static final double CONTENTS_SHARE = 0.6;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'”’»)]*$");
    /** The leaders and page number that end an entry. */
    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:\\s*(?:\\.\\s*){2,}|\\s+)(?:\\d{1,4}|[ivxlc]{1,6})\\s*$");

    private ContentsPages() {
    }

    static List<List<String>> without(List<List<String>> pages) {
        List<List<String>> result = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            result.add(isContents(page) ? withoutEntries(page) : page);
        }
        return result;
    }

    /**
     * The titles that the contents pages list, without their leaders and page numbers, an entry
     * wrapped onto two lines joined: "1 The Role of Distributions", "3 The Inner Workings of the Debian Project".
     */
    static List<String> titles(List<List<String>> pages) {
        List<String> titles = new ArrayList<>();
        for (List<String> page : pages) {
            if (!isContents(page)) {
                continue;
            }
            for (int i = 0; i < page.size(); i++) {
                if (!isEntry(page.get(i))) {
                    continue;
                }
                String title = PAGE_REFERENCE.matcher(page.get(i)).replaceFirst("").strip();
                if (isWrapped(page, i - 1)) {
                    title = page.get(i - 1).strip() + " " + title;
                }
                titles.add(title);
            }
        }
        return titles;
    }

    static boolean isEntry(String line) {
        return ENTRY.matcher(line).matches();
    }

    static boolean isContents(List<String> page) {
        long lines = page.stream().filter(l -> !l.isBlank()).count();
        long entries = page.stream().filter(ContentsPages::isEntry).count();
        return entries >= MIN_ENTRIES && entries >= CONTENTS_SHARE * lines;
    }

    private static List<String> withoutEntries(List<String> page) {
        List<String> kept = new ArrayList<>(page);
        for (int i = page.size() - 1; i >= 0; i--) {
            boolean entry = isEntry(page.get(i));
            if (entry || isWrapped(page, i)) {
                kept.set(i, "");
            }
        }
        return kept;
    }

    /** "3 The Inner Workings of the" / "Debian Project 10": line {@code i} starts an entry wrapped onto two lines. */
    private static boolean isWrapped(List<String> page, int i) {
        return i > 0 && !page.get(i).isBlank() && i + 1 < page.size() && isEntry(page.get(i + 1))
                && !page.get(i - 1).isBlank() && !isEntry(page.get(i)) && !SENTENCE_END.matcher(page.get(i)).find();
    }
}
