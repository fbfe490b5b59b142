package org.visavis.ingest;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.visavis.model.Language;
import org.visavis.pipeline.LanguageDetector;

/**
 * {@link LanguageDetector} on Tika's Optimaize n-gram detector (about 70 languages).
 *
 * <pre>{@code
 * new TikaLanguageDetector().detect("The shell interprets your commands.");  // Optional[en]
 * }</pre>
 */
public final class TikaLanguageDetector implements LanguageDetector {

    /** Below this many letters n-gram statistics say little; "unsure" is the honest answer. */
    private static final int MIN_LETTERS = 20;
    /** The detector's own default; more text only costs time. */
    private static final int MAX_CHARS = 20_000;

    /** The language profiles take a second to load: they load in the background, while ingest parses. */
    private final CompletableFuture<OptimaizeLangDetector> loading;

    public TikaLanguageDetector() {
        loading = CompletableFuture.supplyAsync(() -> {
            OptimaizeLangDetector detector = new OptimaizeLangDetector(MAX_CHARS);
            detector.loadModels();
            return detector;
        });
    }

    @Override
    public Optional<Language> detect(String text) {
        if (text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        List<LanguageResult> results;
        OptimaizeLangDetector detector = loading.join();
        // OptimaizeLangDetector keeps the text it was given between calls.
        synchronized (detector) {
            detector.reset();
            detector.addText(text);
            results = detector.detectAll();
        }
        if (results.isEmpty() || results.get(0).isUnknown() || !results.get(0).isReasonablyCertain()) {
            return Optional.empty();
        }
        return Optional.of(Language.parse(results.get(0).getLanguage()).withoutRegion());
    }
}
