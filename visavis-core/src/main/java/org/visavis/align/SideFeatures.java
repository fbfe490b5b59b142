package org.visavis.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.visavis.lang.Lemmatizer;
import org.visavis.model.SegmentedDocument;

/**
 * What the scorers need to know about one side of a bitext: sentence lengths, the content words
 * of each sentence as word-type ids, punctuation counts and paragraph starts.
 */
final class SideFeatures {

    /**
     * A word: a run of letters and marks, or of digits. {@link #wordForms} finds what this regular
     * expression's find() would, by classifying each character once (the matcher cost a tenth of
     * a second a side on a long book).
     */
    static final String WORD = "[\\p{L}\\p{M}]+|\\p{N}+";
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    final int size;
    /** charPrefix[i] = characters in sentences [0, i). */
    final long[] charPrefix;
    /** Content word types of each sentence, repeated as often as they occur. */
    final int[][] words;
    final int[] questions;
    final int[] exclamations;
    final boolean[] paragraphStart;
    /** Whether each sentence ends where the segmentation probably cut a sentence in two ({@link SuspectCuts}). */
    final boolean[] suspectCut;
    final boolean paragraphed;
    /** Type id to its lowercase form. */
    final List<String> types;
    /** Type id to its lemmas. */
    final List<List<String>> typeLemmas;
    /** Type id to the number of sentences it occurs in. */
    final int[] documentFrequency;
    /** Whether a type is frequent enough to be left out of lexical evidence (function words). */
    final boolean[] frequent;

    SideFeatures(SegmentedDocument doc, Lemmatizer lemmatizer, double maxDocumentShare) {
        size = doc.size();
        charPrefix = new long[size + 1];
        questions = new int[size];
        exclamations = new int[size];
        paragraphStart = new boolean[size];
        Map<String, Integer> ids = new HashMap<>();
        types = new ArrayList<>();
        List<int[]> allWords = new ArrayList<>();
        List<String> firstForms = new ArrayList<>();
        int paragraphs = 0;
        for (int i = 0; i < size; i++) {
            String text = doc.segments().get(i).text();
            String stripped = text.strip();
            charPrefix[i + 1] = charPrefix[i] + stripped.codePointCount(0, stripped.length());
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (ch == '?' || ch == '¿') {
                    questions[i]++;
                } else if (ch == '!' || ch == '¡') {
                    exclamations[i]++;
                }
            }
            paragraphStart[i] = doc.startsParagraph(i);
            if (paragraphStart[i]) {
                paragraphs++;
            }
            List<String> forms = wordForms(text);
            int[] ws = new int[forms.size()];
            for (int k = 0; k < ws.length; k++) {
                String form = forms.get(k);
                String w = form.toLowerCase(Locale.ROOT);
                Integer id = ids.get(w);
                if (id == null) {
                    id = types.size();
                    ids.put(w, id);
                    types.add(w);
                    firstForms.add(form);
                }
                ws[k] = id;
            }
            allWords.add(ws);
        }
        documentFrequency = new int[types.size()];
        int[] seen = new int[types.size()];
        java.util.Arrays.fill(seen, -1);
        for (int i = 0; i < size; i++) {
            for (int id : allWords.get(i)) {
                if (seen[id] != i) {
                    seen[id] = i;
                    documentFrequency[id]++;
                }
            }
        }
        paragraphed = paragraphs > 1;
        suspectCut = SuspectCuts.suspectEnds(doc.texts());
        frequent = new boolean[types.size()];
        double limit = Math.max(8, maxDocumentShare * size);
        for (int id = 0; id < types.size(); id++) {
            frequent[id] = documentFrequency[id] > limit;
        }
        words = new int[size][];
        for (int i = 0; i < size; i++) {
            int[] all = allWords.get(i);
            int kept = 0;
            for (int id : all) {
                kept += frequent[id] ? 0 : 1;
            }
            int[] content = new int[kept];
            int k = 0;
            for (int id : all) {
                if (!frequent[id]) {
                    content[k++] = id;
                }
            }
            words[i] = content;
        }
        typeLemmas = new ArrayList<>(types.size());
        // The form as first written: German nouns are only known capitalised.
        for (String form : firstForms) {
            typeLemmas.add(lemmatizer.lemmas(form));
        }
    }

    /** The words of a text as {@link #WORD} finds them, in order. */
    static List<String> wordForms(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int k = 0;
        while (k < n) {
            int c = text.codePointAt(k);
            int kind = wordKind(c);
            int start = k;
            k += Character.charCount(c);
            if (kind == 0) {
                continue;
            }
            while (k < n) {
                int d = text.codePointAt(k);
                if (wordKind(d) != kind) {
                    break;
                }
                k += Character.charCount(d);
            }
            out.add(text.substring(start, k));
        }
        return out;
    }

    /** 1 for a letter or a mark (\p{L}, \p{M}), 2 for a digit or other number (\p{N}), 0 otherwise. */
    private static int wordKind(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
                return 1;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return 2;
            default:
                return 0;
        }
    }

    int chars(int s, int a) {
        return (int) (charPrefix[s + a] - charPrefix[s]);
    }

    int wordCount(int s) {
        return words[s].length;
    }

    int typeCount() {
        return types.size();
    }

    /** Lowercase, accents removed: the form cognates are compared in. */
    static String plain(String word) {
        return ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }
}
