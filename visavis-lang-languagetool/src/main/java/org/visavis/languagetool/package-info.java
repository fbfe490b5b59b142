/**
 * LanguageTool behind visavis's language interfaces: tagger, lemmatizer, word list and
 * proofreader; the only package that sees LanguageTool's types. {@link
 * org.visavis.languagetool.LanguageToolModule} is the base of the per-language modules.
 */
package org.visavis.languagetool;
