package org.visavis.languagetool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.chunking.Chunker;

/**
 * The analysis of a sentence that {@code JLanguageTool.getAnalyzedSentence} gives (word
 * tokenizer, soft hyphens removed, dictionary tagger, chunker, disambiguator, post-disambiguation
 * chunker), made from the language's own components without a JLanguageTool: building one loads
 * every grammar rule of the language (and French's spelling dictionary), seconds of work the
 * tagger does not need. The components are the language's shared ones, which LanguageTool uses
 * from several threads, so one analyser serves all threads. Analyses go into the language's
 * language's shared cache ({@link LanguageToolSentenceCache}), where the proofreader's JLanguageTool
 * finds them.
 *
 * <pre>{@code
 * AnalyzedSentence s = LanguageToolAnalyser.of(Language.of("fr")).analyse("Les paquets.");
 * }</pre>
 */
final class LanguageToolAnalyser {
    private static final Map<String, LanguageToolAnalyser> INSTANCES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Language language;
    private final LanguageToolSentenceCache cache;

    private LanguageToolAnalyser(Language language) {
        this.language = language;
        this.cache = new LanguageToolSentenceCache(language, LanguageToolPool.cacheOf(language));
    }

    /** The analyser of a language LanguageTool has; VisavisException otherwise. */
    static LanguageToolAnalyser of(org.visavis.model.Language language) {
        Language lt = LanguageToolLanguages.lookUp(language);
        return INSTANCES.computeIfAbsent(lt.getShortCodeWithCountryAndVariant(), k -> new LanguageToolAnalyser(lt));
    }

    /** What {@code JLanguageTool.getAnalyzedSentence(sentence)} gives, from the cache when it is there. */
    AnalyzedSentence analyse(String sentence) throws IOException {
        AnalyzedSentence known = cache.get(sentence);
        if (known != null) {
            return known;
        }
        AnalyzedSentence raw = raw(sentence);
        AnalyzedSentence disambiguated = language.getDisambiguator().disambiguate(raw, null);
        AnalyzedSentence analysed = new AnalyzedSentence(disambiguated.getTokens(), raw.getTokens());
        Chunker post = language.getPostDisambiguationChunker();
        if (post != null) {
            post.addChunkTags(Arrays.asList(analysed.getTokens()));
        }
        cache.put(sentence, analysed);
        return analysed;
    }

    /** {@code JLanguageTool.getRawAnalyzedSentence}: the tagged tokens before disambiguation. */
    private AnalyzedSentence raw(String sentence) throws IOException {
        List<String> tokens = new ArrayList<>(language.getWordTokenizer().tokenize(sentence));
        Map<Integer, Cleaned> softHyphens = removeIgnoredCharacters(tokens);
        List<AnalyzedTokenReadings> tagged = language.getTagger().tag(tokens);
        Chunker chunker = language.getChunker();
        if (chunker != null) {
            chunker.addChunkTags(tagged);
        }
        AnalyzedTokenReadings[] array = new AnalyzedTokenReadings[tokens.size() + 1];
        int count = 0;
        array[count++] = new AnalyzedTokenReadings(new AnalyzedToken[] {new AnalyzedToken("", "SENT_START", null)}, 0);
        int start = 0;
        for (AnalyzedTokenReadings t : tagged) {
            t.setStartPos(start);
            array[count++] = t;
            start += t.getToken().length();
        }
        int posFix = 0;
        for (int i = 0; i < tagged.size(); i++) {
            AnalyzedTokenReadings t = tagged.get(i);
            if (i > 0) {
                t.setWhitespaceBefore(tagged.get(i - 1).getToken());
                t.setStartPos(t.getStartPos() + posFix);
                t.setPosFix(posFix);
            }
            Cleaned cleaned = softHyphens.get(i);
            if (cleaned != null) {
                posFix += cleaned.original().length() - t.getToken().length();
                t.addReading(language.getTagger().createToken(cleaned.original(), null), "softHyphenTokens");
                t.setCleanToken(cleaned.clean());
            }
        }
        int last = count - 1;
        for (int i = 0; i < count - 1; i++) {
            if (!array[last - i].isWhitespace()) {
                last -= i;
                break;
            }
        }
        array[last].setSentEnd();
        if (array.length == last + 1 && array[last].isLinebreak()) {
            array[last].setParagraphEnd();
        }
        return new AnalyzedSentence(array);
    }

    /** A token as written and without the characters LanguageTool ignores in it. */
    private record Cleaned(String original, String clean) {
    }

    /** Soft hyphens and the like taken out of the tokens, as LanguageTool does before tagging. */
    private Map<Integer, Cleaned> removeIgnoredCharacters(List<String> tokens) {
        Pattern ignored = language.getIgnoredCharactersRegex();
        Map<Integer, Cleaned> removed = new HashMap<>();
        if (ignored == null) {
            return removed;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Matcher m = ignored.matcher(tokens.get(i));
            if (m.find()) {
                String clean = m.replaceAll("");
                removed.put(i, new Cleaned(tokens.get(i), clean));
                tokens.set(i, clean);
            }
        }
        return removed;
    }
}
