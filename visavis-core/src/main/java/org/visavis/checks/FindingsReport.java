package org.visavis.checks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.visavis.project.AtomicFiles;

/**
 * A report of findings in one format; {@link #forFile} picks it by extension (.json, .csv,
 * .html) and {@link #save} writes it atomically.
 *
 * <pre>{@code
 * FindingsReport.forFile(Path.of("report.html")).save(findings, CheckedText.of(alignment), Path.of("report.html"));
 * }</pre>
 */
public interface FindingsReport {
    void write(List<Finding> findings, CheckedText text, Writer out) throws IOException;

    default void save(List<Finding> findings, CheckedText text, Path file) {
        AtomicFiles.write(file, w -> write(findings, text, w), AtomicFiles.BackupPolicy.NO_BAK);
    }

    /** The report format of a file name; CheckException for an unknown extension. */
    static FindingsReport forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return new JsonFindingsReport();
        }
        if (name.endsWith(".csv")) {
            return new CsvFindingsReport();
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new HtmlFindingsReport();
        }
        throw new CheckException(file + ": unknown report format (expected .json, .csv or .html)");
    }
}
