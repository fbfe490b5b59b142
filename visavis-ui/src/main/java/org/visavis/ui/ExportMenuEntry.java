package org.visavis.ui;

import java.util.Objects;

/**
 * One entry of the Export menu: a name ("TMX"), the file extension, what the proposed file name
 * adds to the project's name to tell this entry from another of the same extension (".facing-pages"
 * for one layout of a DOCX edition, "" for none), and the exporter.
 * {@code new ExportMenuEntry("TMX", "tmx", tmxExporter)}.
 */
public record ExportMenuEntry(String name, String extension, String nameSuffix, AlignmentFileWriter exporter) {
    public ExportMenuEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(nameSuffix, "nameSuffix");
        Objects.requireNonNull(exporter, "exporter");
    }

    public ExportMenuEntry(String name, String extension, AlignmentFileWriter exporter) {
        this(name, extension, "", exporter);
    }

    /** The file name proposed for a project called {@code project}: "handbook.facing-pages.docx". */
    public String fileName(String project) {
        return project + nameSuffix + "." + extension;
    }
}
