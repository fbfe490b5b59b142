package org.visavis.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A language as a BCP 47 tag reduced to what alignment needs: an ISO 639 code and an optional
 * region. {@code Language.parse("fr-FR")} has code {@code fr} and region {@code FR}.
 */
public record Language(String code, Optional<String> region) {

    private static final Pattern TAG = Pattern.compile("([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|[0-9]{3}))?");

    public Language {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(region, "region");
        code = code.toLowerCase(Locale.ROOT);
        region = region.map(r -> r.toUpperCase(Locale.ROOT));
    }

    /** Parses "fr", "fr-FR" or "en_GB"; throws {@link IllegalArgumentException} otherwise. */
    public static Language parse(String tag) {
        var m = TAG.matcher(tag == null ? "" : tag.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a language tag: '" + tag + "' (expected e.g. fr or fr-FR)");
        }
        return new Language(m.group(1), Optional.ofNullable(m.group(2)));
    }

    public static Language of(String code) {
        return new Language(code, Optional.empty());
    }

    /** The same language with its region dropped: {@code fr-FR} gives {@code fr}. */
    public Language withoutRegion() {
        return region.isEmpty() ? this : of(code);
    }

    public Language withRegion(String newRegion) {
        return new Language(code, Optional.of(newRegion));
    }

    /** "fr-FR", or "fr" when the region is not known. */
    public String tag() {
        return region.map(r -> code + "-" + r).orElse(code);
    }

    /** Same base language, whatever the regions. */
    public boolean sameLanguageAs(Language other) {
        return code.equals(other.code);
    }

    /**
     * True for the codes a tool writes when it does not know the language: "und" (undetermined),
     * "mul" (several), "zxx" (no linguistic content), "mis" (not coded).
     */
    public boolean isUndetermined() {
        return java.util.Set.of("und", "mul", "zxx", "mis").contains(code);
    }

    /** The language's name in English, "French" for fr; the code when Java does not know it. */
    public String englishName() {
        String n = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
        return n.isEmpty() ? code : n;
    }

    @Override
    public String toString() {
        return tag();
    }
}
