package org.visavis.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The tokens of the sentences a tagger saw last, at most {@code capacity} of them (least recently
 * used first out): the checks tag every sentence of a project several times, and the editor keeps
 * tagging edited sentences for hours. Safe for several threads; the tagging itself runs outside
 * the lock, so two threads may tag the same new sentence once each.
 */
public final class SentenceCache {
    /** Sentences (and single words, which the checks also tag) whose tokens a tagger keeps: a 10,000-bead project fits. */
    public static final int SENTENCES_KEPT = 30_000;

    private final Map<String, List<TaggedToken>> entries;

    public SentenceCache(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<TaggedToken>> eldest) {
                return size() > capacity;
            }
        };
    }

    public List<TaggedToken> get(String sentence, Function<String, List<TaggedToken>> tag) {
        synchronized (entries) {
            List<TaggedToken> known = entries.get(sentence);
            if (known != null) {
                return known;
            }
        }
        List<TaggedToken> tokens = tag.apply(sentence);
        synchronized (entries) {
            entries.put(sentence, tokens);
        }
        return tokens;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
