package org.visavis.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.visavis.model.Language;

/**
 * The general nouns of a language ("example", "people", "number", "information"), which
 * translators render by context: a single such word is not checked as a term. The lists are under
 * {@code general-words/<language>.txt}; a language without one has none.
 *
 * <pre>{@code
 * GeneralWords.of(Language.of("en")).contains("example");   // true
 * }</pre>
 */
public final class GeneralWords {
    private static final Map<String, GeneralWords> CACHE = new ConcurrentHashMap<>();

    private final Set<String> lemmas;

    private GeneralWords(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    public static GeneralWords of(Language language) {
        return CACHE.computeIfAbsent(language.code(), GeneralWords::read);
    }

    public boolean contains(String lemma) {
        return lemmas.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static GeneralWords read(String code) {
        String name = "general-words/" + code + ".txt";
        InputStream in = GeneralWords.class.getResourceAsStream(name);
        if (in == null) {
            return new GeneralWords(Set.of());
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new GeneralWords(words);
    }
}
