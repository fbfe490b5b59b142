package org.visavis.terms;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.visavis.lang.TaggedToken;

/**
 * One occurrence of a recurring term and the rendering the aligner spots for it; {@code nested}
 * when it lies inside a longer recurring term, which is checked instead: it only votes for the
 * usual rendering.
 */
record Occurrence(OrientedUnit unit, CandidateTerm term, Optional<SpottedRendering> spotted, boolean nested) {

    /** The stems of the spotted rendering, empty when none was spotted. */
    Set<String> spottedStems() {
        return spotted.map(SpottedRendering::stems).orElse(Set.of());
    }

    /** The lemma of the preposition of a single-word occurrence's set phrase ("par" of "par défaut"), or null. */
    String setPhrasePreposition() {
        List<TaggedToken> tokens = unit.from().tokens();
        int k = term.firstToken();
        return term.length() == 1 && RenderingWords.inSetPhrase(tokens, k) ? tokens.get(k - 1).lemma() : null;
    }
}
