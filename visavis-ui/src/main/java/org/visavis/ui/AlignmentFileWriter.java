package org.visavis.ui;

import java.nio.file.Path;
import org.visavis.model.Alignment;

/**
 * What an Export menu entry runs: writes an alignment to a file in one format; the export
 * package provides them (TMX, HTML,
 * DOCX, ...) and the launcher lists them for the Export menu. Runs off the Swing thread.
 *
 * <pre>{@code
 * new ExportMenuEntry("TMX", "tmx", (alignment, file) -> new TmxWriter().write(alignment, file));
 * }</pre>
 */
@FunctionalInterface
public interface AlignmentFileWriter {
    void export(Alignment alignment, Path file);
}
