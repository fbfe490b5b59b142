package org.visavis.languagetool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.visavis.lang.SentenceCache;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.lang.WordClass;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/**
 * The {@link Tagger} of LanguageTool (tokenizer, dictionary tagger, chunker and disambiguator)
 * for any language LanguageTool has. One instance per language is shared, since loading a
 * language's dictionaries takes seconds; it tags on several threads at once (with the language's
 * components, without the grammar rules of a JLanguageTool: {@link LanguageToolAnalyser}) and
 * keeps the tokens of the last {@value #SENTENCES_KEPT} sentences.
 *
 * <pre>{@code
 * Tagger en = LanguageToolTagger.forLanguage(Language.of("en"));
 * en.tag("struggles over immediate demands").get(0).lemma();   // "struggle"
 * }</pre>
 */
public final class LanguageToolTagger implements Tagger {

    /** Sentences (and single words, which the checks also tag) whose tokens are kept: a 10,000-bead project fits. */
    static final int SENTENCES_KEPT = SentenceCache.SENTENCES_KEPT;

    private static final Map<String, LanguageToolTagger> INSTANCES = new ConcurrentHashMap<>();

    // The order in which a token's word class is chosen among its readings: closed classes first
    // ("that" is a determiner before a noun), then nouns before verbs ("struggles" NNS/VBZ).
    private static final List<WordClass> PRIORITY = List.of(WordClass.PUNCTUATION, WordClass.NUMBER,
            WordClass.DETERMINER, WordClass.PREPOSITION, WordClass.CONJUNCTION, WordClass.PRONOUN, WordClass.NOUN,
            WordClass.PROPER_NOUN, WordClass.ADJECTIVE, WordClass.VERB, WordClass.ADVERB, WordClass.OTHER);

    private final Language language;
    private final LanguageToolAnalyser analyser;
    private final LanguageToolTagSet tagSet;
    private final SentenceCache cache = new SentenceCache(SENTENCES_KEPT);

    private LanguageToolTagger(Language language, LanguageToolAnalyser analyser) {
        this.language = language;
        this.analyser = analyser;
        this.tagSet = LanguageToolTagSet.forCode(language.code());
    }

    /** The shared tagger of a language; VisavisException when LanguageTool does not know the language. */
    public static LanguageToolTagger forLanguage(Language language) {
        return INSTANCES.computeIfAbsent(language.code(),
                code -> new LanguageToolTagger(language.withoutRegion(), LanguageToolAnalyser.of(language)));
    }

    /** True when LanguageTool supports the language. */
    public static boolean supports(Language language) {
        return LanguageToolLanguages.supports(language);
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public List<TaggedToken> tag(String sentence) {
        return cache.get(sentence, this::analyse);
    }

    private List<TaggedToken> analyse(String sentence) {
        // the analysis also goes into the language's cache, where the proofreader finds it
        AnalyzedSentence analysed;
        try {
            analysed = analyser.analyse(sentence);
        } catch (java.io.IOException e) {
            throw new VisavisException("LanguageTool (" + language + ") cannot analyse a sentence: " + e.getMessage(), e);
        }
        List<TaggedToken> tokens = new ArrayList<>();
        for (AnalyzedTokenReadings r : analysed.getTokensWithoutWhitespace()) {
            if (r.isSentenceStart() || r.getToken().isEmpty()) {
                continue;
            }
            tokens.add(toToken(r));
        }
        return List.copyOf(tokens);
    }

    private TaggedToken toToken(AnalyzedTokenReadings r) {
        String text = r.getToken();
        List<TaggedToken.Reading> readings = new ArrayList<>();
        for (AnalyzedToken t : r.getReadings()) {
            String tag = t.getPOSTag();
            // "_GN_FP" and the like are LanguageTool's own markers, SENT_END ends the sentence: not readings
            if (tag == null || tag.startsWith("_") || tag.equals("SENT_END") || tag.equals("PARA_END")) {
                continue;
            }
            String lemma = t.getLemma() == null ? text : t.getLemma();
            TaggedToken.Reading reading = new TaggedToken.Reading(lemma, tag, tagSet.classOf(tag));
            if (!readings.contains(reading)) {
                readings.add(reading);
            }
        }
        return new TaggedToken(text, r.getStartPos(), r.getEndPos(), r.isWhitespaceBefore(), readings,
                chooseClass(text, readings));
    }

    private static WordClass chooseClass(String text, List<TaggedToken.Reading> readings) {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return WordClass.PUNCTUATION;
        }
        if (text.codePoints().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')) {
            return WordClass.NUMBER;
        }
        if (readings.isEmpty()) {
            return WordClass.UNKNOWN;
        }
        for (WordClass c : PRIORITY) {
            for (TaggedToken.Reading r : readings) {
                if (r.wordClass() == c) {
                    return c;
                }
            }
        }
        return WordClass.OTHER;
    }
}
