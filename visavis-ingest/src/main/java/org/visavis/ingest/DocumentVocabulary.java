package org.visavis.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a document itself uses, in lower case, hyphenated compounds kept whole
 * ("self-organisation") next to their parts. Fragments broken at a line end ("im-") are left out,
 * so the vocabulary only says what the text spells in full somewhere.
 *
 * <pre>{@code
 * DocumentVocabulary.of(List.of("self-organisation is the first act", "of self-")).contains("self-organisation"); // true
 * }</pre>
 */
final class DocumentVocabulary {

    /** Compared on the first letters only, so "co-ordination" speaks for "co-" / "ordinate". */
    private static final int STEM = 4;
    /** Blank lines a paragraph's lines may have between them (double-spaced extraction). */
    private static final int MAX_LINE_GAP = 1;

    private final List<String> lines;
    /** Built on the first question: most PDFs never break a word at a line end. */
    private Set<String> words;
    /** The words the document writes in lower case somewhere: "ian" is not one for "Ian Murdock". */
    private Set<String> lowerCaseWords;
    private Set<String> compoundStems;
    private List<LineEndBreak> breaks;

    /** A word part at a line end before a hyphen, and the word that starts the next line. */
    record LineEndBreak(String before, String after) {
    }

    private DocumentVocabulary(List<String> lines) {
        this.lines = lines;
    }

    static DocumentVocabulary of(List<String> lines) {
        return new DocumentVocabulary(List.copyOf(lines));
    }

    /** True when the document writes {@code before} hyphenated to a word that starts like {@code after}. */
    boolean hyphenates(String before, String after) {
        build();
        return compoundStems.contains(stem(before, after).toLowerCase(Locale.ROOT));
    }

    /**
     * The places where a line ends in a hyphen after a word part and the next line starts with a
     * lower-case word, in document order: what the generator does at line ends.
     */
    List<LineEndBreak> lineEndBreaks() {
        build();
        return breaks;
    }

    boolean contains(String word) {
        build();
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the document writes {@code word} starting in lower case, not only as a name. */
    boolean containsInLowerCase(String word) {
        build();
        return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when a longer word of the document ends in {@code tail}: "ian" in "Debian". */
    boolean endsAWord(String tail) {
        build();
        String t = tail.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(w -> w.length() > t.length() + 1 && w.endsWith(t) && w.indexOf('-') < 0);
    }

    private void build() {
        if (words != null) {
            return;
        }
        words = new HashSet<>();
        lowerCaseWords = new HashSet<>();
        compoundStems = new HashSet<>();
        breaks = new ArrayList<>();
        boolean continued = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            scan(lines.get(i), continued);
            // Some extractions set a blank line between the lines of a paragraph.
            int next = i + 1;
            while (next < lines.size() && next <= i + MAX_LINE_GAP && lines.get(next).isBlank()) {
                next++;
            }
            continued = next < lines.size() && lineEndBreak(lines.get(i).strip(), lines.get(next).strip());
        }
    }

    /** True when {@code next} starts with the rest of a word broken at the end of {@code line}. */
    private boolean lineEndBreak(String line, String next) {
        int end = line.length() - 1;
        if (end < 1 || !isHyphen(line.charAt(end)) || next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
            return false;
        }
        int start = end;
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        int stop = 0;
        while (stop < next.length() && isWordChar(next.charAt(stop))) {
            stop++;
        }
        if (start == end) {
            return false;
        }
        breaks.add(new LineEndBreak(line.substring(start, end), next.substring(0, stop)));
        return true;
    }

    /**
     * Words are letters (and marks) joined by inner hyphens or apostrophes: "self-organisation",
     * "workers’". The first word of a line that continues a broken word ("portant") is left out.
     */
    private void scan(String line, boolean continued) {
        boolean skip = continued;
        int n = line.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (true) {
                while (i < n && isWordChar(line.charAt(i))) {
                    i++;
                }
                if (i + 1 < n && isJoiner(line.charAt(i)) && isWordChar(line.charAt(i + 1))) {
                    i++;
                    continue;
                }
                break;
            }
            boolean brokenAtLineEnd = i < n && isHyphen(line.charAt(i)) && line.substring(i + 1).isBlank();
            if (!brokenAtLineEnd && !skip) {
                String word = line.substring(start, i).toLowerCase(Locale.ROOT);
                add(word);
                if (Character.isLowerCase(line.charAt(start))) {
                    lowerCaseWords.add(word);
                    lowerCaseWords.addAll(List.of(word.split("-")));
                }
            }
            skip = false;
            i++;
        }
    }

    private void add(String word) {
        words.add(word);
        if (word.indexOf('-') > 0) {
            String[] parts = word.split("-");
            words.addAll(List.of(parts));
            for (int i = 1; i < parts.length; i++) {
                compoundStems.add(stem(parts[i - 1], parts[i]));
            }
        }
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return isHyphen(c) || c == '\'' || c == '’';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
    }

    private static String stem(String before, String after) {
        return before + "-" + after.substring(0, Math.min(STEM, after.length()));
    }
}
