package org.visavis.termbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.visavis.model.Language;

/**
 * The lists of general nouns the term checks leave alone as single words ({@code
 * org/visavis/terms/general-words/<language>.txt}), read as data so that the benchmark can report
 * recall with and without such cases; planting does not use them.
 */
final class GeneralWordLists {
    private final Set<String> source;
    private final Set<String> target;

    GeneralWordLists(Language source, Language target) {
        this.source = read(source);
        this.target = read(target);
    }

    /** True for a single-word term whose source word or rendering is a general word. */
    boolean isGeneral(TermRendering term) {
        return !term.isMultiWord() && (source.contains(term.sourceKey()) || target.contains(term.renderingKey()));
    }

    private static Set<String> read(Language language) {
        String name = "/org/visavis/terms/general-words/" + language.code() + ".txt";
        Set<String> words = new HashSet<>();
        InputStream in = GeneralWordLists.class.getResourceAsStream(name);
        if (in == null) {
            return words;
        }
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
        return words;
    }
}
