package org.visavis.termbench;

import org.visavis.model.Language;
import org.visavis.terms.GeneralWords;

/**
 * The general nouns the term checks leave alone as single words ({@link GeneralWords}), consulted
 * by the planting, which leaves them out: a translator renders them by context.
 */
final class GeneralWordLists {
    private final GeneralWords source;
    private final GeneralWords target;

    GeneralWordLists(Language source, Language target) {
        this.source = GeneralWords.of(source);
        this.target = GeneralWords.of(target);
    }

    /** True for a single-word term whose source word or rendering is a general word. */
    boolean isGeneral(TermRendering term) {
        return !term.isMultiWord() && (source.contains(term.sourceKey()) || target.contains(term.renderingKey()));
    }
}
