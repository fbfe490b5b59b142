package org.visavis.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.visavis.checks.Finding;

/**
 * The words of the finding being looked at (its term and the renderings compared), to mark in
 * its beads on both sides: where in a sentence they occur, as whole words, whatever the case.
 *
 * <pre>{@code
 * FindingHighlight h = FindingHighlight.of(finding);
 * h.covers(77);                                          // true for the finding's beads
 * h.ranges("Most new open source software programs");   // [[9, 29]]
 * }</pre>
 */
record FindingHighlight(Set<Integer> beads, List<String> words) {
    static final FindingHighlight NONE = new FindingHighlight(Set.of(), List.of());

    /** Characters {@code [start, end)} of a sentence. */
    record Range(int start, int end) {
    }

    FindingHighlight {
        beads = Set.copyOf(beads);
        words = List.copyOf(words);
    }

    static FindingHighlight of(Finding f) {
        Set<String> words = new LinkedHashSet<>();
        words.add(f.subject());
        words.addAll(f.highlights());
        words.addAll(f.renderings().keySet());
        List<String> longestFirst = words.stream().map(String::strip).filter(w -> !w.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new FindingHighlight(Set.copyOf(f.allBeads()), longestFirst);
    }

    boolean covers(int bead) {
        return beads.contains(bead);
    }

    /** Where the words occur in {@code text}, in order, longer words first where two overlap. */
    List<Range> ranges(String text) {
        if (words.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[text.length()];
        List<Range> out = new ArrayList<>();
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(lw); at >= 0; at = lower.indexOf(lw, at + 1)) {
                int end = at + lw.length();
                // lower-casing keeps the length of the letters used in these languages; stay safe anyway
                if (end > text.length() || !wordStart(text, at) || !wordEnd(text, end) || anyTaken(taken, at, end)) {
                    continue;
                }
                java.util.Arrays.fill(taken, at, end, true);
                out.add(new Range(at, end));
            }
        }
        out.sort(Comparator.comparingInt(Range::start));
        return out;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordStart(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static boolean wordEnd(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
}
