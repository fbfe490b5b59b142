package org.visavis.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * Reads a table shipped inside visavis (a UTF-8 resource beside a class) with the table's own
 * parser, and turns a missing or unreadable resource into the caller's exception:
 *
 * <pre>{@code
 * BundledTable.read(SpellingConventions.class, "spelling-conventions.tsv", "the spelling conventions",
 *     SpellingConventions::parse, CheckException::new);
 * }</pre>
 */
public final class BundledTable {

    /** A table's parser: the reader and the resource's name, for its error messages. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(BufferedReader reader, String name) throws IOException;
    }

    private BundledTable() {
    }

    /**
     * The parsed table; {@code error} makes the exception for a missing or unreadable resource
     * from a message ("spelling-conventions.tsv: the spelling conventions are missing from the
     * build") and the cause (null when missing).
     */
    public static <T> T read(Class<?> owner, String resource, String what, Parser<T> parser,
                             BiFunction<String, Throwable, ? extends RuntimeException> error) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw error.apply(resource + ": " + what + " are missing from the build", null);
            }
            return parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw error.apply(resource + ": cannot read " + what + " (" + e.getMessage() + ")", e);
        }
    }
}
