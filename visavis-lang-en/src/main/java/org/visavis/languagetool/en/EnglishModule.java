package org.visavis.languagetool.en;

import java.util.Map;
import org.visavis.languagetool.LanguageToolModule;

/**
 * LanguageTool's English (tagger, lemmatizer, word list, proofreader) for visavis.
 *
 * <p>Australian, Canadian, New Zealand and South African English are spell-checked with the British
 * dictionary (LanguageTool's en_GB, which takes both -ise and -ize, and -our), so that the application
 * leaves their own four dictionaries out (2.4 MB). Their other rules, their word lists of accepted
 * and prohibited words and their rule ids (MORFOLOGIK_RULE_EN_AU, ...) stay; what they lose is the
 * dictionaries' own verdicts, chiefly that en-AU, en-NZ and en-ZA flag -ize spellings as American and
 * en-CA flags -ise ones. A text that mixes the two is still reported by the spelling-convention check.
 */
public final class EnglishModule extends LanguageToolModule {
    /** The British dictionary (and its .info) in place of the variants' own. */
    static final Map<String, String> VARIANT_DICTIONARIES = Map.of(
            "/en/hunspell/en_AU.dict", "/en/hunspell/en_GB.dict",
            "/en/hunspell/en_AU.info", "/en/hunspell/en_GB.info",
            "/en/hunspell/en_CA.dict", "/en/hunspell/en_GB.dict",
            "/en/hunspell/en_CA.info", "/en/hunspell/en_GB.info",
            "/en/hunspell/en_NZ.dict", "/en/hunspell/en_GB.dict",
            "/en/hunspell/en_NZ.info", "/en/hunspell/en_GB.info",
            "/en/hunspell/en_ZA.dict", "/en/hunspell/en_GB.dict",
            "/en/hunspell/en_ZA.info", "/en/hunspell/en_GB.info");

    public EnglishModule() {
        super("en", VARIANT_DICTIONARIES);
    }
}
