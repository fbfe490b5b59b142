package org.visavis.lang;

import java.util.List;
import java.util.Objects;

/**
 * One problem a proofreader found in a sentence: the rule and its category, a message, the span
 * {@code [from, to)} in the sentence and suggested replacements.
 * {@code new ProofreadingMatch("EN_A_VS_AN", "MISC", "Use “an” instead of “a”", 0, 1, List.of("an"))}.
 */
public record ProofreadingMatch(String ruleId, String category, String message, int from, int to,
                                List<String> suggestions) {
    public ProofreadingMatch {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
    }
}
