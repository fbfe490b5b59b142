package org.visavis.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops running headers, footers and page numbers from pages of extracted lines, found from the
 * pages themselves: lines near the top or bottom of a page that
 * <ul>
 * <li>numbers aside, repeat on many pages ("Debian Reference 2 / 233", "Chapter 1. GNU/Linux tutorials");
 * <li>begin or end with the same words as the edge lines of many pages while the rest changes with
 *     the chapter ("Inside the Debian Project The Role of Distributions", "… Lifecycle of a Release");
 * <li>in a header, repeat on the next or previous page, the page being numbered by a bare number (the title of a short chapter);
 * <li>carry the page's own number at their start or end, or as "3 of 36", "3/36" (the number that
 *     grows by one a page at the page edges: "4 Chapter 1. Introduction", "2.3. Registering as a
 *     Debian member 7");
 * <li>or are bare page numbers ("12", "- 12 -", "xiv", "12 / 233").
 * </ul>
 *
 * <pre>{@code
 * new RunningHeaderFilter().filter(pages)
 * // page 30 of 261: ["Debian Reference 2 / 233", "", "Now you are in the shell.", "2"]
 * //              -> ["", "", "Now you are in the shell.", ""]  (blanked, so line indexes stay)
 * }</pre>
 */
final class RunningHeaderFilter {

    /** How many non-blank lines at each end of a page may be a header or footer. */
    private static final int EDGE_LINES = 2;
    /** Page numbers stray a little further: pdftotext may put "3 / 233" below a section number. */
    private static final int PAGE_NUMBER_LINES = 3;
    /** A line is running when it shows on at least this share of the pages (and on 3 pages or all of them). */
    private static final double RUNNING_SHARE = 0.25;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—\\s]*(?:page\\s+)?(?:\\d{1,4}|[ivxlcdm]{1,7})(?:\\s*(?:/|of|sur|de)\\s*\\d{1,4})?[-–—\\s]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ROMAN = Pattern.compile("^[ivxlcdm]{1,7}\\b|\\b[ivxlcdm]{1,7}$");
    /**
     * A number where running lines put the page number: at the end, or as "3 of 36", "3/36"; at
     * the start only in a header (at the foot, a number that starts a line labels a footnote).
     */
    private static final Pattern FOLIO = Pattern.compile(
            "\\b(\\d{1,4})\\D{0,3}$|\\b(\\d{1,4})\\s*(?:/|of|sur|de|von)\\s*\\d{1,4}\\b");
    private static final Pattern LEADING_FOLIO = Pattern.compile("^\\D{0,6}?(\\d{1,4})(?=\\s)(?!\\s*[.)])");
    /** Words at the start or end of a line that, repeated at the edges of pages, make it running. */
    private static final int SHARED_WORDS = 3;
    /** Page-number offsets (printed number minus page index) seen on this share of the pages are real. */
    private static final double FOLIO_SHARE = 0.1;

    List<List<String>> filter(List<List<String>> pages) {
        Map<String, Integer> pagesWithKey = new HashMap<>();
        Map<Integer, Integer> pagesWithOffset = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            Set<String> keys = new HashSet<>();
            Set<Integer> offsets = new HashSet<>();
            for (int i : edgeLines(page, EDGE_LINES)) {
                keys.addAll(keys(page.get(i)));
                for (int n : folios(page, i)) {
                    offsets.add(n - p);
                }
            }
            keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
            offsets.forEach(o -> pagesWithOffset.merge(o, 1, Integer::sum));
        }
        // In a document of two pages, a running line is on both.
        int fewest = Math.min(3, pages.size());
        int threshold = Math.max(fewest, (int) Math.ceil(RUNNING_SHARE * pages.size()));
        int folioThreshold = Math.max(fewest, (int) Math.ceil(FOLIO_SHARE * pages.size()));
        Set<Integer> folioOffsets = new HashSet<>();
        pagesWithOffset.forEach((o, n) -> {
            if (n >= folioThreshold) {
                folioOffsets.add(o);
            }
        });
        List<List<String>> filtered = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            List<String> kept = new ArrayList<>(page);
            List<Integer> edges = edgeLines(page, EDGE_LINES);
            for (int i : edgeLines(page, PAGE_NUMBER_LINES)) {
                String line = page.get(i);
                int pageIndex = p;
                boolean running = edges.contains(i)
                        && (isRunning(page, i, k -> pagesWithKey.getOrDefault(k, 0) >= threshold,
                                n -> folioOffsets.contains(n - pageIndex))
                        || besidePageNumber(page, i, edges) && onNextOrPreviousPage(pages, p, key(line)));
                if (running || PAGE_NUMBER.matcher(line).matches()) {
                    // Blank rather than remove, so that line indexes and gaps keep their meaning.
                    kept.set(i, "");
                }
            }
            filtered.add(kept);
        }
        return filtered;
    }

    private static List<Integer> edgeLines(List<String> page, int count) {
        List<Integer> edges = new ArrayList<>();
        for (int i = 0, seen = 0; i < page.size() && seen < count; i++) {
            if (!page.get(i).isBlank()) {
                edges.add(i);
                seen++;
            }
        }
        for (int i = page.size() - 1, seen = 0; i >= 0 && seen < count; i--) {
            if (!page.get(i).isBlank()) {
                if (!edges.contains(i)) {
                    edges.add(i);
                }
                seen++;
            }
        }
        return edges;
    }

    /**
     * A line at a page edge is running when, numbers aside, it repeats on many pages; in a header,
     * also when it shares its first or last words with many pages' edge lines (the chapter title
     * changes) or carries the page's number. At the foot, where the last words of footnotes may
     * repeat and a footnote starts with a number, a line runs when it ends with the page's number,
     * or shares its words with other pages and starts with it (a header the extractor put last).
     */
    private static boolean isRunning(List<String> page, int line, Predicate<String> repeated, IntPredicate folio) {
        List<String> keys = keys(page.get(line));
        if (repeated.test(keys.get(0))) {
            return true;
        }
        boolean shared = keys.stream().skip(1).anyMatch(repeated);
        String text = page.get(line).strip();
        if (WHITESPACE.split(text).length < SHARED_WORDS) {
            // "Chapter 1" on page 1 is a heading label; "Page 3" repeats as a whole.
            return false;
        }
        if (isHeader(page, line)) {
            return shared || numbers(FOLIO, text).stream().anyMatch(folio::test)
                    || numbers(LEADING_FOLIO, text).stream().anyMatch(folio::test);
        }
        return numbers(FOLIO, text).stream().anyMatch(folio::test)
                || shared && numbers(LEADING_FOLIO, text).stream().anyMatch(folio::test);
    }

    /**
     * Whether the header line {@code line} is on a page numbered by a bare page number, beside it
     * or at the foot: a chapter title running over the few pages of a short chapter ("The /usr
     * Hierarchy" above "20", DocBook's FOP pages with the title on top and the number below) then
     * needs to head the next or the previous page only. (At the foot, footnote lines may repeat too.)
     */
    private static boolean besidePageNumber(List<String> page, int line, List<Integer> edges) {
        return isHeader(page, line) && edges.stream().anyMatch(e -> e != line && PAGE_NUMBER.matcher(page.get(e)).matches());
    }

    /** Whether a header line of page {@code p - 1} or {@code p + 1} has the key {@code key} (a chapter title runs on). */
    private static boolean onNextOrPreviousPage(List<List<String>> pages, int p, String key) {
        for (int q = p - 1; q <= p + 1; q += 2) {
            if (q >= 0 && q < pages.size()) {
                List<String> page = pages.get(q);
                if (edgeLines(page, EDGE_LINES).stream().anyMatch(e -> isHeader(page, e) && key(page.get(e)).equals(key))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a running line shares with the others: its key, and its first and last words ("^inside the debian"). */
    private static List<String> keys(String line) {
        String k = key(line);
        String[] words = WHITESPACE.split(k);
        if (words.length <= SHARED_WORDS) {
            return List.of(k);
        }
        return List.of(k, "^" + String.join(" ", Arrays.copyOfRange(words, 0, SHARED_WORDS)),
                "$" + String.join(" ", Arrays.copyOfRange(words, words.length - SHARED_WORDS, words.length)));
    }

    /** The numbers of an edge line that may be its page's number. */
    private static List<Integer> folios(List<String> page, int line) {
        String text = page.get(line).strip();
        List<Integer> numbers = new ArrayList<>(numbers(FOLIO, text));
        if (isHeader(page, line)) {
            numbers.addAll(numbers(LEADING_FOLIO, text));
        }
        return numbers;
    }

    private static List<Integer> numbers(Pattern pattern, String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    numbers.add(Integer.parseInt(m.group(g)));
                }
            }
        }
        return numbers;
    }

    private static boolean isHeader(List<String> page, int line) {
        return page.subList(0, line).stream().filter(l -> !l.isBlank()).count() < EDGE_LINES;
    }

    /** The line with its numbers (page, chapter) replaced, so that running lines compare equal. */
    private static String key(String line) {
        String k = DIGITS.matcher(line.strip()).replaceAll("#");
        k = WHITESPACE.matcher(ROMAN.matcher(k).replaceAll("#")).replaceAll(" ");
        // "2 / 233" in the body pages, "ii" in the front matter: the same running line.
        return k.replace("# / #", "#").replace("# of #", "#");
    }
}
