package org.visavis.checks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;

/**
 * What in a text is written in another language, for the spelling checks to leave alone: a
 * passage (most of a sentence's words unknown to the text's tagger, or known only to the other
 * language's: an English licence clause in a French manual, in capitals or not), and a word
 * unknown to the text's tagger that the other language knows, with a capital (a name or label
 * left in English: "Education" in « (Debian-)Education », "Selection" in the heading "Plugin
 * Selection" of a French text) or among words of the other language ("Perl special variables").
 * Between words of the text's own language it stays the text's own: "en general, consultez" in a
 * French sentence is "général" without its accent. The other languages are the project's other
 * side: a single document has none, and only the unknown-words share applies.
 *
 * <pre>{@code
 * ForeignWords fr = new ForeignWords(frTagger, List.of(enTagger));
 * fr.isForeign(frTagger.tag("See the GNU General Public License for more details."));   // true
 * fr.isForeign(frTagger.tag("«Education» est un nom bien installé."));                   // false
 * fr.isForeignWord(frTagger.tag("Plugin Selection"), 1);                                    // true
 * }</pre>
 */
final class ForeignWords {
    private static final int MIN_WORDS = 4;
    private static final double KNOWN_SHARE = 0.5;

    private final List<Tagger> others;
    private final Map<String, Boolean> knownElsewhere = new ConcurrentHashMap<>();

    /** {@code others}: the taggers of the languages a passage of the text may be left in. */
    ForeignWords(List<Tagger> others) {
        this.others = List.copyOf(others);
    }

    /** No other language known: passages are told by the text's unknown words alone. */
    static ForeignWords none() {
        return new ForeignWords(List.of());
    }

    /**
     * True for a sentence of at least four words most of which the text's tagger does not know
     * (words with a capital left out, as names, unless the whole sentence is in capitals), or with
     * more words that only another language knows than words only the text's language knows, two
     * at least ("See the GNU General Public License for more details.": "See", "the", "General",
     * "License", "details" against none).
     */
    boolean isForeign(List<TaggedToken> tokens) {
        boolean capitals = inCapitals(tokens);
        int words = 0;
        int known = 0;
        int elsewhereOnly = 0;
        for (TaggedToken t : tokens) {
            if (!isLetterWord(t)) {
                continue;
            }
            if (capitals || !Character.isUpperCase(t.text().codePointAt(0))) {
                words++;
                known += t.isKnown() ? 1 : 0;
            }
            if (!others.isEmpty() && !t.isKnown() && knownElsewhere(t.text())) {
                elsewhereOnly++;
            }
        }
        if (words >= MIN_WORDS && known < words * KNOWN_SHARE) {
            return true;
        }
        if (elsewhereOnly < 2) {
            return false; // most sentences stop here: their known words need no look-up in another language
        }
        int ownOnly = 0;
        for (TaggedToken t : tokens) {
            if (isLetterWord(t) && t.isKnown() && !knownElsewhere(t.text())) {
                ownOnly++;
            }
        }
        return elsewhereOnly > ownOnly;
    }

    private static boolean isLetterWord(TaggedToken t) {
        return t.isWord() && t.text().codePoints().anyMatch(Character::isLetter);
    }

    /**
     * True for token {@code k} when the text's tagger does not know it, another language does, and
     * it has a capital ("Plugin Selection") or no neighbouring word that only the text's language
     * knows ("Perl special variables"; not "en general, consultez").
     */
    boolean isForeignWord(List<TaggedToken> tokens, int k) {
        TaggedToken t = tokens.get(k);
        if (t.isKnown() || !knownElsewhere(t.text())) {
            return false;
        }
        return Character.isUpperCase(t.text().codePointAt(0))
                || !ownOnly(neighbourWord(tokens, k, -1)) && !ownOnly(neighbourWord(tokens, k, 1));
    }

    private static TaggedToken neighbourWord(List<TaggedToken> tokens, int k, int step) {
        for (int i = k + step; i >= 0 && i < tokens.size(); i += step) {
            if (tokens.get(i).text().codePoints().anyMatch(Character::isLetter)) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private boolean ownOnly(TaggedToken t) {
        return t != null && t.isKnown() && !knownElsewhere(t.text());
    }

    private boolean knownElsewhere(String word) {
        return knownElsewhere.computeIfAbsent(word, w -> others.stream().anyMatch(o -> {
            List<TaggedToken> tokens = o.tag(w);
            return tokens.size() == 1 && tokens.get(0).isKnown();
        }));
    }

    private static boolean inCapitals(List<TaggedToken> tokens) {
        long letters = tokens.stream().flatMapToInt(t -> t.text().codePoints()).filter(Character::isLetter).count();
        return letters > 0 && tokens.stream().flatMapToInt(t -> t.text().codePoints())
                .filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
