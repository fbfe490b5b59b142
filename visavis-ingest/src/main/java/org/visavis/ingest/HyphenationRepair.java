package org.visavis.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.lang.WordList;

/**
 * Joins two lines of a paragraph, repairing a word that the layout broke with a hyphen at the
 * line end. The hyphen goes for a word split in two and stays for a real compound; the evidence
 * is first the document's own spelling elsewhere, then what its generator does at line ends
 * (one that never splits a word, as browsers and word processors by default, only breaks at
 * the text's own hyphens), then the language's word list. A joined form that neither the word
 * list nor the document knows, of which a part is a word ("ca-" / "certificates",
 * "debian-" / "gcc@lists"), is a compound, and so is a number before the hyphen ("3-" / "clause");
 * unless the part after the hyphen is no word (the document writes it only as a name, "Ian") but
 * the ending of words the document writes ("lint-" / "ian.debian.org", as in "Debian").
 * A web address broken after a slash goes on without a space when the next line carries the
 * rest of its path.
 *
 * <pre>{@code
 * repair.join("are stepping stones to the im-", "portant revolution")  // "... to the important revolution"
 * repair.join("creates a tension within self-", "organisation; it")    // "... within self-organisation; it"
 * }</pre>
 */
final class HyphenationRepair {

    /** The word part before a line-end hyphen (after any earlier hyphens of a compound). */
    private static final Pattern LEFT = Pattern.compile("([\\p{L}\\p{M}\\p{N}]+)[-\\u00AD\\u2010]$");
    private static final Pattern RIGHT = Pattern.compile("^([\\p{L}\\p{M}]+)");
    /** A web address broken after one of its slashes ("https://www.debian.org/doc/")... */
    private static final Pattern URL_TAIL = Pattern.compile("\\b(?:https?|ftp)://\\S*/$");
    /** ...goes on with the rest of its path ("debian-policy/ap-process.html"), not with a word. */
    private static final Pattern PATH_HEAD = Pattern.compile("^[\\w.~%+-]+(?:/|\\.(?:html?|php|txt|pdf)\\b)");
    private static final int URL_TAIL_LENGTH = 300;

    private static final int STEM_MIN = 3;
    private static final int TAIL = 80;
    private static final char SOFT_HYPHEN = '\u00AD';

    private final DocumentVocabulary vocabulary;
    private final Optional<WordList> wordList;
    /** Decided on the first hyphen at a line end, from all of the document's. */
    private Boolean splitsWords;

    HyphenationRepair(DocumentVocabulary vocabulary, Optional<WordList> wordList) {
        this.vocabulary = vocabulary;
        this.wordList = wordList;
    }

    /** {@code left} and {@code right} are trimmed lines; the result is their joined text. */
    String join(String left, String right) {
        StringBuilder text = new StringBuilder(left);
        append(text, right);
        return text.toString();
    }

    /** Appends the trimmed line {@code right} to the paragraph text so far. */
    void append(StringBuilder text, String right) {
        if (right.isEmpty()) {
            return;
        }
        if (text.length() == 0) {
            text.append(right);
            return;
        }
        if (text.charAt(text.length() - 1) == '/') {
            Matcher url = URL_TAIL.matcher(text);
            url.region(Math.max(0, text.length() - URL_TAIL_LENGTH), text.length());
            if (url.find() && PATH_HEAD.matcher(right).find()) {
                text.append(right);
                return;
            }
        }
        // Only the last word matters; looking at the tail keeps long paragraphs linear.
        Matcher l = LEFT.matcher(text);
        l.region(Math.max(0, text.length() - TAIL), text.length());
        Matcher r = RIGHT.matcher(right);
        if (!l.find() || !r.find()) {
            text.append(' ').append(right);
            return;
        }
        // A soft hyphen only ever marks where a word may break.
        boolean soft = text.charAt(text.length() - 1) == SOFT_HYPHEN;
        if (soft || !keepsHyphen(l.group(1), r.group(1))) {
            text.setLength(text.length() - 1);
        }
        text.append(right);
    }

    private static boolean isCapitals(String word) {
        return word.codePoints().allMatch(Character::isUpperCase);
    }

    boolean keepsHyphen(String before, String after) {
        String compound = before + "-" + after;
        String joined = before + after;
        if (before.codePoints().anyMatch(Character::isDigit)) {
            // "3-" / "clause", "12345-" / "done@bugs": numbers are not hyphenated.
            return true;
        }
        if (isCapitals(before) && isCapitals(after) && wordList.isPresent()
                && wordList.get().contains(joined.toLowerCase(Locale.ROOT))) {
            // A word set in capitals broken at the line end: "VOCAB-" / "ULARY".
            return false;
        }
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
        if (!splitsWords()) {
            return true;
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
            if (isWord(before) && !words.contains(after) && !vocabulary.containsInLowerCase(after)
                    && vocabulary.endsAWord(after)) {
                // "lint-" / "ian.debian.org": what follows the hyphen is no word but the ending of
                // the document's words ("Debian"; "Ian" is a name): the generator split a word.
                return false;
            }
            return isWord(before) && isWord(after) && before.length() > 1
                    || isWord(before) && before.length() >= STEM_MIN || isWord(after) && after.length() >= STEM_MIN;
        }
        // Without a word list, a split word is the common case: both halves rarely stand alone.
        return vocabulary.contains(before) && vocabulary.contains(after) && before.length() > 2;
    }

    private boolean isWord(String part) {
        return wordList.isPresent() && wordList.get().contains(part) || vocabulary.contains(part);
    }

    /**
     * Whether the generator splits words at line ends: some line-end hyphen of the document
     * joins into a known word that is no compound of two words ("im-" / "portant"), or none
     * is a compound for sure (a joined form that is no word), as then nothing is known.
     */
    private boolean splitsWords() {
        if (splitsWords == null) {
            boolean split = false;
            boolean compound = false;
            for (DocumentVocabulary.LineEndBreak b : vocabulary.lineEndBreaks()) {
                String joined = b.before() + b.after();
                boolean known = vocabulary.contains(joined) || wordList.isPresent() && wordList.get().contains(joined);
                if (b.after().isEmpty() || vocabulary.contains(b.before() + "-" + b.after())
                        || vocabulary.hyphenates(b.before(), b.after())) {
                    // "e-" / "mails" where the text writes "e-mail": the text's hyphen, whatever the generator.
                    continue;
                }
                split |= known && !(isWord(b.before()) && isWord(b.after()));
                compound |= !known;
            }
            splitsWords = split || !compound;
        }
        return splitsWords;
    }
}
