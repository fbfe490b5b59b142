package org.visavis.model;

/** Whether a bead came from the aligner or a person confirmed it. */
public enum BeadStatus {
    AUTO,
    CONFIRMED;

    /** The word used in cesAlign files: "auto" or "confirmed". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BeadStatus fromWord(String word) {
        for (BeadStatus s : values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown bead status '" + word + "' (expected auto or confirmed)");
    }
}
