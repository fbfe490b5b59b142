/**
 * Language knowledge behind small interfaces (Tagger, Lemmatizer, WordList, Proofreader),
 * provided per language by a {@link org.visavis.lang.LanguageModule} that {@link
 * org.visavis.lang.LanguageKnowledge} finds through ServiceLoader, with a plain fallback for a
 * language no module serves. The bilingual lexicons (FreeDict word pairs) are bundled here.
 */
package org.visavis.lang;
