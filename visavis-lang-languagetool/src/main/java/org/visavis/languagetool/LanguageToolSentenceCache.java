package org.visavis.languagetool;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;
import org.languagetool.ResultCache;

/**
 * The analysed sentences of one language in the {@link ResultCache} its JLanguageTool instances
 * share, read and written by visavis's own analyser too: what the tagger analysed, the
 * proofreader's {@code JLanguageTool.check} finds there instead of analysing it again.
 * LanguageTool keys the cache by its package-private {@code SimpleInputSentence} (text and
 * language), whose constructor is opened here once.
 */
final class LanguageToolSentenceCache {
    private static final Constructor<?> KEY = keyConstructor();

    private final Language language;
    private final com.google.common.cache.Cache<Object, AnalyzedSentence> sentences;

    @SuppressWarnings("unchecked")
    LanguageToolSentenceCache(Language language, ResultCache cache) {
        this.language = language;
        this.sentences = (com.google.common.cache.Cache<Object, AnalyzedSentence>) (Object) cache.getSentenceCache();
    }

    private static Constructor<?> keyConstructor() {
        try {
            Constructor<?> c = Class.forName("org.languagetool.SimpleInputSentence")
                    .getDeclaredConstructor(String.class, Language.class);
            c.setAccessible(true);
            return c;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this LanguageTool has no SimpleInputSentence(String, Language), the key of"
                    + " its sentence cache: " + e, e);
        }
    }

    /** The analysis of a sentence if a tagger or proofreader of the language made it, else null. */
    AnalyzedSentence get(String sentence) {
        return sentences.getIfPresent(key(sentence));
    }

    void put(String sentence, AnalyzedSentence analysed) {
        sentences.put(key(sentence), analysed);
    }

    private Object key(String sentence) {
        try {
            return KEY.newInstance(sentence, language);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("LanguageTool's sentence cache key: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LanguageTool's sentence cache key: " + e, e);
        }
    }
}
