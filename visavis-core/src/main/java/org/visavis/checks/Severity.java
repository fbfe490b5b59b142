package org.visavis.checks;

import java.util.Locale;

/** How much a finding matters, from least to most: {@code info < warning < error}. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** "info", "warning" or "error", as reports and {@code --fail-on} write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses "info", "warning" or "error"; IllegalArgumentException otherwise. */
    public static Severity parse(String word) {
        for (Severity s : values()) {
            if (s.word().equalsIgnoreCase(word.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + word + "' (expected info, warning or error)");
    }
}
