package org.visavis.export;

import java.util.Objects;

/**
 * Choices for an export that the format alone does not settle. Exchange formats ignore the
 * layout. {@code ExportOptions.defaults().withLayout(EditionLayout.FACING_PAGES)}.
 *
 * @param layout how HTML editions print: facing pages or side by side (DOCX and ODT always use
 *     two facing columns of a table, which Word and LibreOffice keep in step)
 * @param title the title of an edition; empty for the project name
 */
public record ExportOptions(EditionLayout layout, String title) {
    public ExportOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(title, "title");
    }

    public static ExportOptions defaults() {
        return new ExportOptions(EditionLayout.SIDE_BY_SIDE, "");
    }

    public ExportOptions withLayout(EditionLayout newLayout) {
        return new ExportOptions(newLayout, title);
    }

    public ExportOptions withTitle(String newTitle) {
        return new ExportOptions(layout, newTitle);
    }
}
