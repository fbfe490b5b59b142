package org.visavis.export;

import java.nio.file.Path;
import org.visavis.model.Alignment;

/**
 * A project's TMX as {@code align}, {@code demo}, the editor and {@code export} write it: the beads
 * a {@link TmxUnitFilter} keeps, in the languages of the alignment's documents.
 *
 * <pre>{@code
 * TmxUnitFilter.Result r = FilteredTmx.write(alignment, TmxUnitFilter.DEFAULT, "0.1.0", Path.of("book.tmx"));
 * }</pre>
 */
public final class FilteredTmx {
    private FilteredTmx() {
    }

    /** Writes the file atomically; returns what was kept and kept out. */
    public static TmxUnitFilter.Result write(Alignment alignment, TmxUnitFilter filter, String toolVersion, Path file) {
        return write(alignment, filter, toolVersion, TmxWriter.Codes.TMX_ELEMENTS, file);
    }

    /** Writes the file atomically with the inline codes written as {@code codes} says; returns what was kept and kept out. */
    public static TmxUnitFilter.Result write(Alignment alignment, TmxUnitFilter filter, String toolVersion,
            TmxWriter.Codes codes, Path file) {
        TmxUnitFilter.Result units = filter.apply(alignment);
        new TmxWriter(TmxOptions.forAlignment(alignment, toolVersion).with(filter.oneSided()), codes)
                .write(alignment, units.kept(), file);
        return units;
    }
}
