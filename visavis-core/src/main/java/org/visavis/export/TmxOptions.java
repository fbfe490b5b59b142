package org.visavis.export;

import java.util.Objects;
import org.visavis.model.Alignment;
import org.visavis.model.Language;

/**
 * How {@link TmxWriter} writes a translation memory: the language tags of both sides as the user
 * wants them in the file (with a region when known: {@code fr-FR}, {@code en-GB}), what to do with
 * one-sided beads, and the visavis version recorded in the header.
 *
 * <pre>{@code
 * new TmxOptions(Language.parse("fr-FR"), Language.parse("en-GB"), OneSidedBeads.LEAVE_OUT, "0.1.0")
 * }</pre>
 */
public record TmxOptions(Language sourceLang, Language targetLang, OneSidedBeads oneSided, String toolVersion) {
    public TmxOptions {
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(oneSided, "oneSided");
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (toolVersion.isBlank()) {
            throw new IllegalArgumentException("toolVersion must not be blank (TMX requires creationtoolversion)");
        }
    }

    /** The languages of the alignment's documents (with their regions when known), one-sided beads left out. */
    public static TmxOptions forAlignment(Alignment alignment, String toolVersion) {
        return of(alignment.source().language(), alignment.target().language(), toolVersion);
    }

    /** One-sided beads left out. */
    public static TmxOptions of(Language sourceLang, Language targetLang, String toolVersion) {
        return new TmxOptions(sourceLang, targetLang, OneSidedBeads.LEAVE_OUT, toolVersion);
    }

    public TmxOptions with(OneSidedBeads newOneSided) {
        return new TmxOptions(sourceLang, targetLang, newOneSided, toolVersion);
    }
}
