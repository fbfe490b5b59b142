package org.visavis.lang;

import java.util.List;
import java.util.Set;
import org.visavis.model.Language;

/**
 * Grammar, style and spelling rules of one language, restricted to some rule categories. A
 * language module makes them ({@link LanguageModule#proofreader}); safe for several threads.
 *
 * <pre>{@code
 * Proofreader en = LanguageKnowledge.proofreader(Language.of("en"), Set.of("grammar"));
 * en.check("He go to school.");   // one match, kind "grammar"
 * }</pre>
 */
public interface Proofreader {
    Language language();

    /** The module's own ids of the categories this proofreader checks. */
    Set<String> categoryIds();

    /** The problems in one sentence (or short paragraph). */
    List<ProofreadingMatch> check(String text);
}
