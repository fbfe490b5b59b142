package org.visavis.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an alignment can be exported to: exchange formats for other tools (TMX, TSV, XLIFF,
 * cesAlign) and bilingual editions for readers (HTML, DOCX, ODT, EPUB). {@code ExportFormat.parse("odt")}
 * gives {@link #ODT}, whose default file is {@code <project>.odt}.
 */
public enum ExportFormat {
    TMX("tmx"),
    HTML("html"),
    DOCX("docx"),
    ODT("odt"),
    EPUB("epub"),
    TSV("tsv"),
    XLIFF("xlf"),
    CESALIGN("cesalign.xml"),
    /** A folder: an OmegaT project with the original, the TMX in tm/auto/ and omegat.project. */
    OMEGAT("omegat");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot: "odt", "xlf", "cesalign.xml". */
    public String extension() {
        return extension;
    }

    /** The name used on the command line: "tmx", "docx", "cesalign". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the formats meant to be read by people rather than by tools. */
    public boolean isEdition() {
        return this == HTML || this == DOCX || this == ODT || this == EPUB;
    }

    /** Parses a command-line word, ignoring case; ExportException listing the choices otherwise. */
    public static ExportFormat parse(String word) {
        for (ExportFormat f : values()) {
            if (f.word().equalsIgnoreCase(word == null ? "" : word.trim())) {
                return f;
            }
        }
        throw new ExportException("unknown export format '" + word + "' (expected one of " + words() + ")");
    }

    static String words() {
        return Arrays.stream(values()).map(ExportFormat::word).collect(Collectors.joining(", "));
    }
}
