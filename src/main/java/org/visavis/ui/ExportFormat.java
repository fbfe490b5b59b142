package org.visavis.ui;

import java.util.Objects;

/**
 * One entry of the Export menu: a name ("TMX"), the file extension and the exporter.
 * {@code new ExportFormat("TMX", "tmx", tmxExporter)}.
 */
public record ExportFormat(String name, String extension, Exporter exporter) {
    public ExportFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(exporter, "exporter");
    }
}
