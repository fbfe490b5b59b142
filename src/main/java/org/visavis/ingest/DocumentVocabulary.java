package org.visavis.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-\\u2010'’][\\p{L}\\p{M}]+)*(-?)");

    /** Compared on the first letters only, so "co-ordination" speaks for "co-" / "ordinate". */
    private static final int STEM = 4;

    private final Set<String> words;
    private final Set<String> compoundStems;

    private DocumentVocabulary(Set<String> words, Set<String> compoundStems) {
        this.words = words;
        this.compoundStems = compoundStems;
    }

    static DocumentVocabulary of(List<String> lines) {
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                boolean brokenAtLineEnd = !m.group(1).isEmpty() && line.substring(m.end()).isBlank();
                if (brokenAtLineEnd) {
                    continue;
                }
                String word = m.group().toLowerCase(Locale.ROOT);
                if (word.endsWith("-")) {
                    word = word.substring(0, word.length() - 1);
                }
                words.add(word);
                if (word.indexOf('-') > 0) {
                    String[] parts = word.split("-");
                    words.addAll(List.of(parts));
                    for (int i = 1; i < parts.length; i++) {
                        stems.add(stem(parts[i - 1], parts[i]));
                    }
                }
            }
        }
        return new DocumentVocabulary(words, stems);
    }

    private static String stem(String before, String after) {
        return before + "-" + after.substring(0, Math.min(STEM, after.length()));
    }

    /** True when the document writes {@code before} hyphenated to a word that starts like {@code after}. */
    boolean hyphenates(String before, String after) {
        return compoundStems.contains(stem(before, after).toLowerCase(Locale.ROOT));
    }

    boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
