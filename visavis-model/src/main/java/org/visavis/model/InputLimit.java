package org.visavis.model;

import java.util.Locale;

/**
 * The limits that keep a hostile or broken file from exhausting memory, stack or time: past one,
 * reading stops with a one-line error naming the file and the limit. Each limit is a system
 * property that can be raised (or lowered) at start-up, e.g.
 * {@code VISAVIS_JAVA_OPTS="-Xmx4g -Dvisavis.max-text-chars=40000000" ./visavis align ...}.
 *
 * <pre>{@code
 * long max = InputLimit.TEXT_CHARS.value();            // 10,000,000 unless -Dvisavis.max-text-chars=...
 * InputLimit.TEXT_CHARS.exceeded("book.txt", "the text has more than")
 * // "book.txt: the text has more than 10,000,000 characters (limit visavis.max-text-chars)"
 * }</pre>
 */
public enum InputLimit {
    /** Size on disk of a document, an imported file or a project file. */
    FILE_BYTES("visavis.max-file-bytes", 256L << 20, " bytes"),
    /** Characters of text in one document (ingest), the size that alignment can hold in memory. */
    TEXT_CHARS("visavis.max-text-chars", 10_000_000L, " characters"),
    /** Bytes an archive (DOCX, ODT, EPUB) or a gzipped file unpacks to, all entries together. */
    UNPACKED_BYTES("visavis.max-unpacked-bytes", 512L << 20, " bytes"),
    /** How many times an archive entry may grow when unpacked (checked past its first megabyte). */
    UNPACK_RATIO("visavis.max-unpack-ratio", 100L, " times"),
    /** Entries in one archive. */
    ARCHIVE_ENTRIES("visavis.max-archive-entries", 10_000L, " entries"),
    /** Depth of nested XML or HTML elements (tables in tables, lists in lists...). */
    NESTING_DEPTH("visavis.max-nesting-depth", 256L, " levels"),
    /** Bytes one PDF page's content (or one of its forms) decodes to. */
    PDF_STREAM_BYTES("visavis.max-pdf-stream-bytes", 16L << 20, " bytes"),
    /** Milliseconds one SRX rule of a user's file may spend on one paragraph. */
    SRX_RULE_MILLIS("visavis.srx-rule-millis", 2_000L, " ms");

    private final String property;
    private final long defaultValue;
    private final String unit;

    InputLimit(String property, long defaultValue, String unit) {
        this.property = property;
        this.defaultValue = defaultValue;
        this.unit = unit;
    }

    /** The system property that sets this limit, e.g. {@code visavis.max-text-chars}. */
    public String property() {
        return property;
    }

    public long defaultValue() {
        return defaultValue;
    }

    /**
     * The limit in force: the system property when set, else the default. Read on each call, so
     * a test or an embedding application may change it at run time.
     *
     * @throws VisavisException when the property is set to something other than a positive number
     */
    public long value() {
        String set = System.getProperty(property);
        if (set == null || set.isBlank()) {
            return defaultValue;
        }
        try {
            long v = Long.parseLong(set.strip().replace("_", ""));
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new VisavisException("-D" + property + "=" + set + ": the limit must be a positive whole number");
    }

    /** The limit as a person reads it: "10,000,000 characters". */
    public String describe() {
        return String.format(Locale.ROOT, "%,d", value()) + unit;
    }

    /** "FILE: WHAT 10,000,000 characters (limit visavis.max-text-chars)". */
    public String exceeded(String file, String what) {
        return file + ": " + what + " " + describe() + " (limit " + property + ")";
    }
}
