package org.visavis.languagetool;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.languagetool.JLanguageTool;
import org.languagetool.ResultCache;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/**
 * JLanguageTool instances of one language, one per thread that needs one at a time (they are
 * not thread-safe), at most one per processor. An instance is made when every other is busy:
 * after the first, that takes milliseconds (LanguageTool keeps a language's dictionaries and
 * rules once loaded). All instances of a language share one bounded cache of analysed sentences,
 * so that the proofreader does not analyse again what the tagger already has.
 *
 * <pre>{@code
 * var pool = new LanguageToolPool(Language.of("fr"), tool -> {});
 * AnalyzedSentence s = pool.apply(tool -> tool.getAnalyzedSentence("Les paquets."));
 * }</pre>
 */
final class LanguageToolPool {
    /** How many analysed sentences a language keeps (a 10,000-bead project fits). */
    static final int ANALYSED_SENTENCES = 10_000;

    private static final java.util.Map<String, ResultCache> CACHES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Language language;
    private final org.languagetool.Language ltLanguage;
    private final Consumer<JLanguageTool> configure;
    private final BlockingQueue<JLanguageTool> idle = new LinkedBlockingQueue<>();
    private final int max = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int created;

    /** A task run with one instance of the pool. */
    interface Task<T> {
        T run(JLanguageTool tool) throws java.io.IOException;
    }

    /** {@code configure} prepares each new instance (e.g. disables rule categories). */
    LanguageToolPool(Language language, Consumer<JLanguageTool> configure) {
        this.language = language;
        this.ltLanguage = LanguageToolLanguages.lookUp(language);
        this.configure = configure;
        idle.add(create());
    }

    /** An instance for reading the rules' metadata; not for checking (use {@link #apply}). */
    JLanguageTool first() {
        JLanguageTool tool = idle.peek();
        if (tool == null) {
            tool = create();
            idle.add(tool);
        }
        return tool;
    }

    /** Runs a task with an instance no other thread uses meanwhile. */
    <T> T apply(Task<T> task, String what) {
        JLanguageTool tool = borrow();
        try {
            return task.run(tool);
        } catch (java.io.IOException e) {
            throw new VisavisException("LanguageTool (" + language + ") cannot " + what + ": " + e.getMessage(), e);
        } finally {
            idle.add(tool);
        }
    }

    private JLanguageTool borrow() {
        JLanguageTool tool = idle.poll();
        if (tool != null) {
            return tool;
        }
        synchronized (this) {
            if (created < max) {
                return create();
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VisavisException("LanguageTool (" + language + "): interrupted while waiting for an instance", e);
        }
    }

    /** The cache of analysed sentences that every instance of a language shares. */
    static ResultCache cacheOf(org.languagetool.Language language) {
        return CACHES.computeIfAbsent(language.getShortCodeWithCountryAndVariant(), k -> new ResultCache(ANALYSED_SENTENCES));
    }

    private synchronized JLanguageTool create() {
        JLanguageTool tool = new JLanguageTool(ltLanguage, null, cacheOf(ltLanguage));
        configure.accept(tool);
        created++;
        return tool;
    }
}
