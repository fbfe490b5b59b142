package org.visavis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A title set in large type often wraps ("The Role of" / "Distributions"), and the line joiner
 * then takes its short lines for paragraphs of their own. Where the document lists its titles (PDF
 * bookmarks, a contents page), consecutive short paragraphs that together make one of them are
 * joined back. A label set above a title ("Chapter 1") stays apart.
 *
 * <pre>{@code
 * WrappedTitles.joined(paragraphs, Set.of("The Role of Distributions"), t -> t, p -> false)
 * // "The Role of" + "Distributions" -> "The Role of Distributions"
 * }</pre>
 */
final class WrappedTitles {

    /** A title wraps onto a few lines at most. */
    private static final int MAX_PARTS = 3;

    private WrappedTitles() {
    }

    /**
     * {@code titles}: the listed titles, each as {@code key} gives it; {@code key} makes a
     * paragraph's text comparable; {@code label}: a paragraph that labels the title below it.
     */
    static List<JoinedParagraph> joined(List<JoinedParagraph> paragraphs, Set<String> titles, UnaryOperator<String> key,
            Predicate<JoinedParagraph> label) {
        if (titles.isEmpty()) {
            return paragraphs;
        }
        List<JoinedParagraph> result = new ArrayList<>(paragraphs.size());
        int i = 0;
        while (i < paragraphs.size()) {
            int parts = label.test(paragraphs.get(i)) ? 1 : titleParts(paragraphs, i, titles, key);
            JoinedParagraph p = paragraphs.get(i);
            for (int k = 1; k < parts; k++) {
                JoinedParagraph next = paragraphs.get(i + k);
                p = new JoinedParagraph(p.text() + " " + next.text(), p.firstLine(), next.lastLine(),
                        p.lineCount() + next.lineCount(), p.blanksBefore(), next.blanksAfter());
            }
            result.add(p);
            i += parts;
        }
        return result;
    }

    /** How many paragraphs from {@code i} on make a listed title together (1 when none do). */
    private static int titleParts(List<JoinedParagraph> paragraphs, int i, Set<String> titles, UnaryOperator<String> key) {
        if (titles.contains(key.apply(paragraphs.get(i).text()))) {
            return 1;
        }
        StringBuilder text = new StringBuilder(paragraphs.get(i).text());
        for (int k = 1; k < MAX_PARTS && i + k < paragraphs.size() && paragraphs.get(i + k - 1).lineCount() == 1; k++) {
            JoinedParagraph next = paragraphs.get(i + k);
            if (next.lineCount() != 1) {
                break;
            }
            text.append(' ').append(next.text());
            if (titles.contains(key.apply(text.toString()))) {
                return k + 1;
            }
        }
        return 1;
    }
}
