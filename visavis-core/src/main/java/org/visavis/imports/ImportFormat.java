package org.visavis.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an alignment can be imported from: {@code ImportFormat.parse("cesalign")} gives
 * {@link #CESALIGN}, a link file with its two XCES documents (OPUS, InterText).
 */
public enum ImportFormat {
    TMX,
    TSV,
    CESALIGN,
    XLIFF;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportFormat parse(String word) {
        for (ImportFormat f : values()) {
            if (f.word().equalsIgnoreCase(word == null ? "" : word.trim())) {
                return f;
            }
        }
        throw new ImportException("unknown import format '" + word + "' (expected one of "
                + Arrays.stream(values()).map(ImportFormat::word).collect(Collectors.joining(", ")) + ")");
    }

    /** The format a file name suggests: {@code .tmx}, {@code .tsv}/{@code .txt}, {@code .xlf}/{@code .xliff}, else cesAlign. */
    public static ImportFormat guess(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".tmx")) {
            return TMX;
        }
        if (n.endsWith(".tsv") || n.endsWith(".txt") || n.endsWith(".tab")) {
            return TSV;
        }
        if (n.endsWith(".xlf") || n.endsWith(".xliff")) {
            return XLIFF;
        }
        return CESALIGN;
    }
}
