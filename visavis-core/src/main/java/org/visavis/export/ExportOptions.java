package org.visavis.export;

import java.util.Objects;

/**
 * Choices for an export that the format alone does not settle. Exchange formats ignore the
 * layout and the title. {@code ExportOptions.defaults().withLayout(EditionLayout.FACING_PAGES)}.
 *
 * @param layout how HTML, DOCX and ODT editions print: facing pages or side by side (EPUB is
 *     always side by side: reading systems page for themselves)
 * @param title the title of an edition; empty for the project name
 * @param oneSided whether a TMX holds the beads with sentences on one side only (other formats
 *     always keep them: they are the whole alignment)
 */
public record ExportOptions(EditionLayout layout, String title, OneSidedBeads oneSided) {
    public ExportOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(oneSided, "oneSided");
    }

    /** Side by side, titled after the project, one-sided beads left out of TMX. */
    public static ExportOptions defaults() {
        return new ExportOptions(EditionLayout.SIDE_BY_SIDE, "", OneSidedBeads.LEAVE_OUT);
    }

    public ExportOptions withLayout(EditionLayout newLayout) {
        return new ExportOptions(newLayout, title, oneSided);
    }

    public ExportOptions withTitle(String newTitle) {
        return new ExportOptions(layout, newTitle, oneSided);
    }

    public ExportOptions with(OneSidedBeads newOneSided) {
        return new ExportOptions(layout, title, newOneSided);
    }
}
