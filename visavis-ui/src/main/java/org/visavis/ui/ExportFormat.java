package org.visavis.ui;

import java.util.Objects;

/**
 * One entry of the Export menu: a name ("TMX"), the file extension, what the proposed file name
 * adds to the project's name to tell this entry from another of the same extension (".facing-pages"
 * for one layout of a DOCX edition, "" for none), and the exporter.
 * {@code new ExportFormat("TMX", "tmx", tmxExporter)}.
 */
public record ExportFormat(String name, String extension, String nameSuffix, Exporter exporter) {
    public ExportFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(nameSuffix, "nameSuffix");
        Objects.requireNonNull(exporter, "exporter");
    }

    public ExportFormat(String name, String extension, Exporter exporter) {
        this(name, extension, "", exporter);
    }

    /** The file name proposed for a project called {@code project}: "handbook.facing-pages.docx". */
    public String fileName(String project) {
        return project + nameSuffix + "." + extension;
    }
}
