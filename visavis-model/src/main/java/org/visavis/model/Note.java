package org.visavis.model;

import java.util.Objects;

/**
 * A footnote or endnote taken out of the running text, e.g. {@code new Note("1", "Luttes
 * revendicatives ...")}. The label is the marker the text used ("1", "*", "iv").
 */
public record Note(String label, String text) {
    public Note {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
