package org.visavis.terms;

import java.util.List;
import java.util.Locale;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.lang.WordClass;

/**
 * The form a translator writes a term in a glossary, from the form a bead has: the nouns and
 * adjectives before the first function word in the singular, when the tagger reads the word
 * without its final s or x as the same word ("paquets sources" → "paquet source", "luttes
 * revendicatives" → "lutte revendicative", "struggles over immediate demands" → "struggle over
 * immediate demands", "mises à jour" → "mise à jour"), and a capital the sentence gave the first
 * word dropped ("Paquets binaires" → "paquet binaire"; "Debian packages" keeps its name). Words
 * the tagger does not read so are kept as written ("process", "bus").
 *
 * <pre>{@code
 * new CitationForm(frTagger).of("Paquets sources");   // "paquet source"
 * }</pre>
 */
public final class CitationForm {
    private final Tagger tagger;

    public CitationForm(Tagger tagger) {
        this.tagger = tagger;
    }

    /** The citation form of {@code written}; the text itself when nothing is to change. */
    public String of(String written) {
        String text = written.strip();
        List<TaggedToken> tokens = tagger.tag(text);
        if (tokens.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        boolean head = true;
        for (int i = 0; i < tokens.size(); i++) {
            TaggedToken t = tokens.get(i);
            if (t.start() < last || t.end() > text.length()) {
                return text; // a tagger that rewrites the text: keep it as it is
            }
            head = head && !t.wordClass().isFunctionWord() && t.isWord();
            String word = t.text();
            if (head && (t.wordClass() == WordClass.NOUN || t.wordClass() == WordClass.ADJECTIVE)) {
                word = singular(t);
            }
            if (i == 0 && lowerInLexicon(t, word)) {
                word = word.toLowerCase(Locale.ROOT);
            }
            out.append(text, last, t.start()).append(word);
            last = t.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** The word without its final s or x when the tagger reads that as the same word. */
    private String singular(TaggedToken t) {
        String w = t.text();
        if (w.length() < 4 || !(w.endsWith("s") || w.endsWith("x")) || t.folded().equals(t.lemma())) {
            return w;
        }
        String shorter = w.substring(0, w.length() - 1);
        List<TaggedToken> read = tagger.tag(shorter);
        return read.size() == 1 && read.get(0).lemma().equals(t.lemma()) ? shorter : w;
    }

    /** True when a capitalised first word is a common word (its lemma in lower case), not a name. */
    private static boolean lowerInLexicon(TaggedToken t, String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && t.wordClass() != WordClass.PROPER_NOUN
                && !TermText.isAbbreviation(word) && t.isKnown() && t.readings().stream()
                .filter(r -> r.wordClass() == t.wordClass()).anyMatch(r -> !r.lemma().isEmpty()
                        && Character.isLowerCase(r.lemma().codePointAt(0)));
    }

    /**
     * True when two texts are the same words in the same order, a final s or x, accents and case
     * aside: a form and its citation form ("Paquets binaires", "paquet binaire"), not "source
     * package" and "package source".
     */
    public static boolean sameForm(String a, String b) {
        return a.equalsIgnoreCase(b) || stems(a).equals(stems(b));
    }

    private static List<String> stems(String s) {
        return java.util.Arrays.stream(s.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).map(TermText::stem).toList();
    }
}
