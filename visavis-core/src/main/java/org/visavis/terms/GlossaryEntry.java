package org.visavis.terms;

import java.util.List;
import java.util.Objects;

/**
 * One glossary entry: a source term, the target terms that may render it (at least one), the
 * renderings that must not be used, and a note.
 * {@code new GlossaryEntry(Term.of("paquet"), List.of(Term.of("package")), List.of(Term.of("packet")), "")}.
 */
public record GlossaryEntry(Term source, List<Term> targets, List<Term> forbidden, String note) {
    public GlossaryEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        targets = List.copyOf(targets);
        forbidden = List.copyOf(forbidden);
        if (targets.isEmpty() && forbidden.isEmpty()) {
            throw new IllegalArgumentException("entry '" + source.text() + "' has neither target nor forbidden terms");
        }
    }
}
