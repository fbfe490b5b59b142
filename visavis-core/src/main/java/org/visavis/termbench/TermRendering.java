package org.visavis.termbench;

import java.util.List;

/**
 * A recurring source term and its dominant rendering: the keys (lemmas) and commonest forms of
 * both, the number of beads whose source has the term, and the beads that render it so.
 * {@code TermRendering("paquet source", "paquet source", "source package", "source package", 14, [..12 beads])}.
 */
public record TermRendering(String sourceKey, String sourceForm, String renderingKey, String renderingForm,
                     int sourceBeads, List<Integer> renderedBeads) {

    public TermRendering {
        renderedBeads = List.copyOf(renderedBeads);
    }

    public boolean isMultiWord() {
        return sourceKey.contains(" ");
    }
}
