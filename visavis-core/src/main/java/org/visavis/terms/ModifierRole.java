package org.visavis.terms;

import java.util.List;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.WordClass;

/**
 * A single-word term that modifies another noun where it stands: "installer script",
 * "developer's libraries", "Editor programs", "markup language" in a language that puts the head
 * last; "paquet de documentation" in one that puts it first. The other language often renders
 * such a modifier by another noun of the same word family, an action or a field rather than the
 * agent ("script d'installation" beside "installateur", "bibliothèques de développement" beside
 * "développeurs", "langage de balisage" beside "balise"): the syntax's choice, not another term.
 */
final class ModifierRole {

    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’", "s");

    private ModifierRole() {
    }

    /** True when the occurrence's single-word term modifies a noun, by where {@code termHead} puts heads. */
    static boolean of(Occurrence o, RenderingDeclarations.HeadPosition termHead) {
        CandidateTerm c = o.term();
        if (c.length() != 1) {
            return false;
        }
        List<TaggedToken> tokens = o.unit().from().tokens();
        if (termHead == RenderingDeclarations.HeadPosition.LAST) {
            int k = c.endToken();
            while (k < tokens.size() && !tokens.get(k).spaceBefore() && POSSESSIVE.contains(tokens.get(k).text())) {
                k++;
            }
            return k < tokens.size() && tokens.get(k).spaceBefore()
                    && tokens.get(k).wordClass() == WordClass.NOUN && TermText.isContent(tokens.get(k))
                    && !TermText.gluedToCode(tokens, k, k + 1);
        }
        int k = c.firstToken();
        return k >= 2 && tokens.get(k - 1).wordClass() == WordClass.PREPOSITION
                && tokens.get(k - 2).wordClass() == WordClass.NOUN;
    }

    /**
     * True when {@code rendering} is one word of the family of the term or of the usual rendering,
     * not the usual rendering's own word: the modifier's rendering by a kindred noun.
     */
    static boolean kindred(String rendering, CandidateTerm c, UsualRendering usual) {
        String[] words = rendering.strip().split("[^\\p{L}\\p{N}]+");
        if (words.length != 1 || words[0].isEmpty() || usual.stems().contains(TermText.stem(words[0]))) {
            return false;
        }
        if (TermText.sameFamily(words[0], c.surface())) {
            return true;
        }
        for (String u : usual.lemmas()) {
            if (TermText.sameFamily(words[0], u)) {
                return true;
            }
        }
        return false;
    }
}
