package org.visavis.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.lang.WordList;

/**
 * Joins two lines of a paragraph, repairing a word that the layout broke with a hyphen at the
 * line end. The hyphen goes for a word split in two and stays for a real compound; the evidence
 * is first the document's own spelling elsewhere, then the language's word list.
 *
 * <pre>{@code
 * repair.join("are stepping stones to the im-", "portant revolution")  // "... to the important revolution"
 * repair.join("creates a tension within self-", "organisation; it")    // "... within self-organisation; it"
 * }</pre>
 */
final class HyphenationRepair {

    /** The word part before a line-end hyphen (after any earlier hyphens of a compound). */
    private static final Pattern LEFT = Pattern.compile("([\\p{L}\\p{M}]+)[-\\u00AD\\u2010]$");
    private static final Pattern RIGHT = Pattern.compile("^([\\p{L}\\p{M}]+)");

    private static final int STEM_MIN = 3;

    private final DocumentVocabulary vocabulary;
    private final Optional<WordList> wordList;

    HyphenationRepair(DocumentVocabulary vocabulary, Optional<WordList> wordList) {
        this.vocabulary = vocabulary;
        this.wordList = wordList;
    }

    /** {@code left} and {@code right} are trimmed lines; the result is their joined text. */
    String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        Matcher l = LEFT.matcher(left);
        Matcher r = RIGHT.matcher(right);
        if (!l.find() || !r.find()) {
            return left + " " + right;
        }
        String head = left.substring(0, left.length() - 1);
        if (keepsHyphen(l.group(1), r.group(1))) {
            return head + "-" + right;
        }
        return head + right;
    }

    boolean keepsHyphen(String before, String after) {
        String compound = before + "-" + after;
        String joined = before + after;
        if (Character.isUpperCase(after.codePointAt(0))) {
            // "February-" / "March", "Franco-" / "British": a capital never continues a word.
            return true;
        }
        if (vocabulary.contains(compound)) {
            return true;
        }
        if (vocabulary.contains(joined)) {
            return false;
        }
        if (vocabulary.hyphenates(before, after) && after.length() > STEM_MIN) {
            // The document's own habit: "co-ordination" elsewhere, so "co-" / "ordinate" keeps it.
            return true;
        }
        if (wordList.isPresent()) {
            WordList words = wordList.get();
            if (words.contains(joined)) {
                return false;
            }
            return words.contains(before) && words.contains(after) && before.length() > 1;
        }
        // Without a word list, a split word is the common case: both halves rarely stand alone.
        return vocabulary.contains(before) && vocabulary.contains(after) && before.length() > 2;
    }
}
