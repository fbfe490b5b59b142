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
 * // page 30: ["Debian Reference 2 / 233", "", "Now you are in the shell."] -> ["", "Now you are in the shell."]
 * }</pre>
 */
final class RunningHeaderFilter {

    /** How many non-blank lines at each end of a page may be a header or footer. */
    private static final int EDGE_LINES = 2;
    /** A line is running when it shows on at least this share of the pages (and on 3 pages or more). */
    private static final double RUNNING_SHARE = 0.25;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—\\s]*(?:page\\s+)?(?:\\d{1,4}|[ivxlcdm]{1,7})(?:\\s*(?:/|of|sur|de)\\s*\\d{1,4})?[-–—\\s]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ROMAN = Pattern.compile("^[ivxlcdm]{1,7}\\b|\\b[ivxlcdm]{1,7}$");

    List<List<String>> filter(List<List<String>> pages) {
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i : edgeLines(page)) {
                keys.add(key(page.get(i)));
            }
            keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
        }
        int threshold = Math.max(3, (int) Math.ceil(RUNNING_SHARE * pages.size()));
        List<List<String>> filtered = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            List<String> kept = new ArrayList<>(page);
            for (int i : edgeLines(page)) {
                String line = page.get(i);
                if (PAGE_NUMBER.matcher(line).matches() || pagesWithKey.getOrDefault(key(line), 0) >= threshold) {
                    // Blank rather than remove, so that line indexes and gaps keep their meaning.
                    kept.set(i, "");
                }
            }
            filtered.add(kept);
        }
        return filtered;
    }

    private static List<Integer> edgeLines(List<String> page) {
        List<Integer> edges = new ArrayList<>();
        for (int i = 0, seen = 0; i < page.size() && seen < EDGE_LINES; i++) {
            if (!page.get(i).isBlank()) {
                edges.add(i);
                seen++;
            }
        }
        for (int i = page.size() - 1, seen = 0; i >= 0 && seen < EDGE_LINES; i--) {
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
        k = ROMAN.matcher(k).replaceAll("#").replaceAll("\\s+", " ");
        // "2 / 233" in the body pages, "ii" in the front matter: the same running line.
        return k.replace("# / #", "#").replace("# of #", "#");
    }
}
