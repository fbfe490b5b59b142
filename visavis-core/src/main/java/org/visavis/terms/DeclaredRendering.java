package org.visavis.terms;

import java.util.Objects;
import java.util.Optional;

/**
 * A rendering a translation declares for itself in a note or in its running text: the source
 * term, the rendering it is held to, where the declaration stands (the note's label, if in a note,
 * and the sentence that cites the note or holds the declaration) and the declaring text.
 * Note 1 of the English self-organisation text gives
 * {@code DeclaredRendering(Term.of("luttes revendicatives"), Term.of("struggles over immediate demands"),
 * Optional.of("1"), 4, "Les luttes revendicatives, which we have rendered throughout as ...")}
 * (sentence index 4, shown as "declared in note 1 / sentence 5").
 */
public record DeclaredRendering(Term source, Term rendering, Optional<String> note, int sentence, String declaration) {
    static final String ORIGIN_PREFIX = "declared in ";

    public DeclaredRendering {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rendering, "rendering");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(declaration, "declaration");
    }

    /** "declared in note 1 / sentence 5", "declared in sentence 3": numbered from 1, as a document's reports show sentences. */
    public String origin() {
        return origin("sentence", sentence);
    }

    /**
     * Where the declaration stands, in the numbering the reader sees: a project's reports and its
     * editor number beads, so there the declaring sentence's bead is named ({@code origin("bead", 17)}
     * gives "declared in bead 18"; with a note, "declared in note 1 / bead 18").
     */
    public String origin(String unit, int index) {
        String place = unit + " " + (index + 1);
        return note.map(n -> ORIGIN_PREFIX + "note " + n + " / " + place).orElse(ORIGIN_PREFIX + place);
    }

    /** The rendering as a glossary entry, its origin as the entry's note. */
    public GlossaryEntry asEntry() {
        return asEntry(origin());
    }

    /** The rendering as a glossary entry whose note is the given origin (see {@link #origin(String, int)}). */
    public GlossaryEntry asEntry(String origin) {
        return new GlossaryEntry(source, java.util.List.of(rendering), java.util.List.of(), origin);
    }
}
