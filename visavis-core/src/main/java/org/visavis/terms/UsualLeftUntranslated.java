package org.visavis.terms;

import java.util.List;
import org.visavis.lang.TaggedToken;

/**
 * A usual rendering that is the source's word left as it is and no word of the target language:
 * the command ("mount(8)"), names, headings or labels left in English. A bead that translates
 * the word there ("le montage avec UTF-8" for "mount with UTF-8") is the text translating a word
 * where it is one, seldom a slip. A word the target language has as its own ("installation",
 * "tables", even "fonts") is a real rendering, and not this.
 */
final class UsualLeftUntranslated {

    private UsualLeftUntranslated() {
    }

    /** True when the usual rendering is the occurrence's term as written, in words the target's tagger does not know. */
    static boolean of(Occurrence o, UsualRendering usual) {
        List<TaggedToken> words = usual.frame().usualWords();
        if (words.isEmpty() || !TermText.sameWords(usual.text(), o.term().surface())) {
            return false;
        }
        boolean any = false;
        for (TaggedToken t : words) {
            if (t.isWord() && t.text().codePoints().anyMatch(Character::isLetter)) {
                if (t.isKnown()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
