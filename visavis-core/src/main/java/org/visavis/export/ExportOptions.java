package org.visavis.export;

import java.util.Objects;

/**
 * Choices for an export that the format alone does not settle. Exchange formats ignore the
 * layout and the title. {@code ExportOptions.defaults().withLayout(EditionLayout.FACING_PAGES)}.
 *
 * @param layout how HTML, DOCX and ODT editions print: facing pages or side by side (EPUB is
 *     always side by side: reading systems page for themselves)
 * @param title the title of an edition; empty for the project name
 * @param units which beads a TMX holds (one-sided ones, numbers only, identical, unconfirmed, low
 *     confidence: see {@link TmxUnitFilter}); other formats always keep every bead: they are the
 *     whole alignment
 */
public record ExportOptions(EditionLayout layout, String title, TmxUnitFilter units) {
    public ExportOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(units, "units");
    }

    /** Side by side, titled after the project, one-sided and numbers-only beads left out of TMX. */
    public static ExportOptions defaults() {
        return new ExportOptions(EditionLayout.SIDE_BY_SIDE, "", TmxUnitFilter.DEFAULT);
    }

    /** Whether a TMX holds the beads with sentences on one side only. */
    public OneSidedBeads oneSided() {
        return units.oneSided();
    }

    public ExportOptions withLayout(EditionLayout newLayout) {
        return new ExportOptions(newLayout, title, units);
    }

    public ExportOptions withTitle(String newTitle) {
        return new ExportOptions(layout, newTitle, units);
    }

    public ExportOptions with(OneSidedBeads newOneSided) {
        return new ExportOptions(layout, title, units.withKeepOneSided(newOneSided == OneSidedBeads.INCLUDE));
    }

    public ExportOptions with(TmxUnitFilter newUnits) {
        return new ExportOptions(layout, title, newUnits);
    }
}
