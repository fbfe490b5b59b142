package org.visavis.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.visavis.checks.CheckOptions;
import org.visavis.export.ExportFormat;
import org.visavis.imports.ImportFormat;

/**
 * The words an option accepts, for picocli's {@code completionCandidates}: the help's
 * {@code ${COMPLETION-CANDIDATES}} lists them as the core defines them, so a new check or format
 * shows in {@code --help} without a change here.
 */
final class Choices {
    private Choices() {
    }

    /** The check ids, in report order ({@link CheckOptions#ALL_CHECKS}). */
    static final class CheckIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CheckOptions.ALL_CHECKS.iterator();
        }
    }

    /** The export formats' command-line words. */
    static final class ExportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ExportFormat.values()).map(ExportFormat::word).iterator();
        }
    }

    /** The import formats' command-line words. */
    static final class ImportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ImportFormat.values()).map(ImportFormat::word).iterator();
        }
    }
}
