package org.visavis.lang;

import java.util.List;
import org.visavis.model.Language;

/**
 * Splits a sentence into tokens and gives each its lemmas and word class. Implementations are
 * per language and cache their results, so tagging the same sentence twice is cheap.
 *
 * <pre>{@code
 * Tagger fr = LanguageKnowledge.tagger(Language.of("fr"));
 * fr.tag("Les luttes revendicatives.").get(1).lemma();   // "lutte"
 * }</pre>
 */
public interface Tagger {
    Language language();

    /** The tokens of one sentence, whitespace left out, in order. */
    List<TaggedToken> tag(String sentence);
}
