package org.visavis.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the labels a generator sets where a block breaks across pages, found as lines that, word
 * for word, open or close the running text of several pages once the running lines and the
 * footnotes are off ("(continues on next page)" above the notes, "(continued from previous page)"
 * below the header, in Sphinx's PDFs). A line that ends a sentence, or a single word (a "fi" or
 * "done" closing a script on three pages), is text and stays.
 *
 * <pre>{@code
 * RepeatedBodyEdges.without(bodies)
 * // page 73: ["(continued from previous page)", "Package: bar-plus", ...] -> ["", "Package: bar-plus", ...]
 * }</pre>
 */
final class RepeatedBodyEdges {

    private static final int MIN_PAGES = 3;
    private static final int MIN_WORDS = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…][\"'”’»]*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private RepeatedBodyEdges() {
    }

    static List<List<String>> without(List<List<String>> bodies) {
        Map<String, Integer> pagesWithLine = new HashMap<>();
        for (List<String> body : bodies) {
            Set<String> seen = new HashSet<>();
            for (int i : edges(body)) {
                seen.add(body.get(i).strip());
            }
            seen.forEach(l -> pagesWithLine.merge(l, 1, Integer::sum));
        }
        List<List<String>> result = new ArrayList<>(bodies.size());
        for (List<String> body : bodies) {
            List<String> kept = new ArrayList<>(body);
            for (int i : edges(body)) {
                String line = body.get(i).strip();
                if (pagesWithLine.get(line) >= MIN_PAGES && WHITESPACE.split(line).length >= MIN_WORDS
                        && !SENTENCE_END.matcher(line).find()) {
                    kept.set(i, "");
                }
            }
            result.add(kept);
        }
        return result;
    }

    /** The first and the last non-blank line. */
    private static List<Integer> edges(List<String> body) {
        List<Integer> edges = new ArrayList<>(2);
        for (int i = 0; i < body.size(); i++) {
            if (!body.get(i).isBlank()) {
                edges.add(i);
                break;
            }
        }
        for (int i = body.size() - 1; i >= 0; i--) {
            if (!body.get(i).isBlank()) {
                if (!edges.contains(i)) {
                    edges.add(i);
                }
                break;
            }
        }
        return edges;
    }
}
