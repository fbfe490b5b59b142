package org.visavis.lang;

import java.util.List;
import java.util.Objects;

/**
 * One problem a proofreader found in a sentence: the rule, its category (the module's id) and
 * the portable kind the category falls under ({@code grammar}, {@code spelling}, ... or
 * {@value #OTHER_KIND}), a message, the span {@code [from, to)} in the sentence and suggested
 * replacements.
 * {@code new ProofreadingMatch("EN_A_VS_AN", "MISC", "other", "Use “an” instead of “a”", 0, 1, List.of("an"))}.
 */
public record ProofreadingMatch(String ruleId, String category, String kind, String message, int from, int to,
                                List<String> suggestions) {
    /** The kind of a category no portable name covers. */
    public static final String OTHER_KIND = "other";

    public ProofreadingMatch {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        suggestions = List.copyOf(suggestions);
    }
}
