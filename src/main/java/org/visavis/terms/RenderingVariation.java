package org.visavis.terms;

import java.util.List;
import java.util.Set;

/**
 * A term rendered in several ways across a text: the term as most often written, its lemma key,
 * the forms met, and its renderings, most frequent first.
 * {@code "luttes revendicatives" → "struggles over immediate demands" (28), "wage struggles" (2)}.
 */
public record RenderingVariation(String term, String key, Set<String> forms, List<Rendering> renderings) {
    public RenderingVariation {
        forms = Set.copyOf(forms);
        renderings = List.copyOf(renderings);
    }
}
