package org.visavis.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops running headers, footers and page numbers from pages of extracted lines: lines near the
 * top or bottom of a page that, numbers aside, repeat on many pages ("Debian Reference 2 / 233",
 * "Chapter 1. GNU/Linux tutorials"), and bare page numbers ("12", "- 12 -", "xiv", "12 / 233").
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
    /** A line is running when it shows on at least this share of the pages (and on 3 pages or more). */
    private static final double RUNNING_SHARE = 0.25;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—\\s]*(?:page\\s+)?(?:\\d{1,4}|[ivxlcdm]{1,7})(?:\\s*(?:/|of|sur|de)\\s*\\d{1,4})?[-–—\\s]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ROMAN = Pattern.compile("^[ivxlcdm]{1,7}\\b|\\b[ivxlcdm]{1,7}$");

    List<List<String>> filter(List<List<String>> pages) {
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i : edgeLines(page, EDGE_LINES)) {
                keys.add(key(page.get(i)));
            }
            keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
        }
        int threshold = Math.max(3, (int) Math.ceil(RUNNING_SHARE * pages.size()));
        List<List<String>> filtered = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            List<String> kept = new ArrayList<>(page);
            List<Integer> edges = edgeLines(page, EDGE_LINES);
            for (int i : edgeLines(page, PAGE_NUMBER_LINES)) {
                String line = page.get(i);
                boolean running = edges.contains(i) && pagesWithKey.getOrDefault(key(line), 0) >= threshold;
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

    /** The line with its numbers (page, chapter) replaced, so that running lines compare equal. */
    private static String key(String line) {
        String k = DIGITS.matcher(line.strip()).replaceAll("#");
        k = WHITESPACE.matcher(ROMAN.matcher(k).replaceAll("#")).replaceAll(" ");
        // "2 / 233" in the body pages, "ii" in the front matter: the same running line.
        return k.replace("# / #", "#").replace("# of #", "#");
    }
}
