package org.visavis.lang;

import java.util.Optional;
import org.visavis.model.Language;

/**
 * The words of a language, as a spelling or morphological dictionary knows them. Ingest asks it
 * whether a word broken at a line end is one word ("important") or a compound ("self-organisation").
 *
 * <pre>{@code
 * WordList english = WordList.forLanguage(Language.of("en")).orElseThrow();
 * english.contains("important");   // true
 * english.contains("portant");     // false
 * }</pre>
 */
public interface WordList {

    /** True when {@code word} (in any case the dictionary records it, or lower case) is a known word form. */
    boolean contains(String word);

    /** The word list of a language, or empty when no dictionary for it is installed. */
    static Optional<WordList> forLanguage(Language language) {
        return LanguageKnowledge.wordList(language);
    }
}
