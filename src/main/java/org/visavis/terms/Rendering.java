package org.visavis.terms;

import java.util.List;
import java.util.Set;

/**
 * One way a term was rendered: the rendering as most often written, its lemma key, the forms met,
 * and the units (beads) where it renders the term. {@code Rendering("wage struggles", "wage
 * struggle", Set.of("wage struggles"), List.of(77, 131))}.
 */
public record Rendering(String text, String key, Set<String> forms, List<Integer> units) {
    public Rendering {
        forms = Set.copyOf(forms);
        units = List.copyOf(units);
    }
}
