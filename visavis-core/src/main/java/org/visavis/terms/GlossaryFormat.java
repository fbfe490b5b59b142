package org.visavis.terms;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.visavis.model.Language;

/**
 * A glossary file format. {@link #forFile(Path)} picks one by extension: {@code .tbx} is TBX,
 * {@code .tsv}/{@code .txt} tab-separated, {@code .csv} comma-separated.
 *
 * <pre>{@code
 * Glossary g = GlossaryFormat.forFile(path).read(path, Language.of("fr"), Language.of("en"));
 * }</pre>
 */
public interface GlossaryFormat {

    /**
     * Reads the entries of one language pair; TermsException naming the file and line when the
     * file is malformed or holds no entry for the pair. Nothing is returned half-read.
     */
    Glossary read(Path file, Language source, Language target);

    void write(Glossary glossary, Writer out) throws IOException;

    /** The source language the file declares (a TSV header's first column, a TBX root's xml:lang). */
    Language declaredSource(Path file);

    /**
     * Reads the entries towards one target language, from the source language the file declares:
     * for checking a translation on its own ({@code check FILE --lang en --glossary fr-en.tbx}).
     */
    default Glossary readTowards(Path file, Language target) {
        return read(file, declaredSource(file), target);
    }

    /** The one-line error for a glossary file that cannot be read: missing, a folder, or an I/O error. */
    static TermsException unreadable(Path file, java.io.IOException e) {
        String why;
        if (e instanceof java.nio.file.NoSuchFileException) {
            why = "no such file";
        } else if (java.nio.file.Files.isDirectory(file)) {
            why = "a folder, not a glossary file";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied";
        } else {
            why = String.valueOf(e.getMessage());
        }
        return new TermsException(file + ": cannot read the glossary (" + why + ")", e);
    }

    static GlossaryFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return new TbxGlossaryFormat();
        }
        if (name.endsWith(".tsv") || name.endsWith(".txt") || name.endsWith(".tab")) {
            return DelimitedGlossaryFormat.TSV;
        }
        if (name.endsWith(".csv")) {
            return DelimitedGlossaryFormat.CSV;
        }
        throw new TermsException(file + ": unknown glossary format (expected .tbx, .tsv or .csv)");
    }
}
