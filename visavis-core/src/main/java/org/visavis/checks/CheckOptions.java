package org.visavis.checks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.visavis.terms.Glossary;
import org.visavis.terms.RenderingDiscovery;

/**
 * What {@link CheckSuite} runs: the checks by id (all when empty), a glossary for the glossary
 * checks, LanguageTool's rule categories (portable names such as {@code grammar}, or a
 * language's own category ids; none: the {@code languagetool} check is off), the thresholds of
 * consistency discovery, whether renderings declared in the text's notes are held to, and the
 * confidence below which a term-discovery finding is not reported ({@link #DEFAULT_MIN_CONFIDENCE}:
 * the term findings a reviser should look at; 0 lists every guess).
 *
 * <pre>{@code
 * CheckOptions.defaults().withGlossary(glossary).withLanguageToolCategories(Set.of("grammar", "typography"));
 * }</pre>
 */
public record CheckOptions(Set<String> checks, Optional<Glossary> glossary, Set<String> languageToolCategories,
                           RenderingDiscovery.Options discovery, DeclaredRenderings declared, double minConfidence) {

    /** Whether the renderings a translation declares in its notes are held to (a glossary of their own). */
    public enum DeclaredRenderings {
        HELD,
        IGNORED
    }

    /** Every check id, in the order reports list them. */
    public static final List<String> ALL_CHECKS = List.of(TermMissingCheck.ID, TermForbiddenCheck.ID,
            DeclaredRenderingCheck.ID, TermInconsistencyCheck.ID, TermInconsistencyCheck.ALIGNMENT_QUESTION_ID,
            SegmentInconsistencyCheck.ID, UntranslatedCheck.ID, NumberMismatchCheck.ID,
            SpellingVariantCheck.ID, SpellingConventionCheck.ID, LanguageToolCheck.ID);

    public CheckOptions {
        checks = Set.copyOf(checks);
        Objects.requireNonNull(glossary, "glossary");
        languageToolCategories = Set.copyOf(languageToolCategories);
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(declared, "declared");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("the minimum confidence must be within 0..1: " + minConfidence);
        }
        for (String c : checks) {
            if (!ALL_CHECKS.contains(c)) {
                throw new IllegalArgumentException("unknown check '" + c + "' (known: " + String.join(", ", ALL_CHECKS) + ")");
            }
        }
    }

    /** The LanguageTool categories checked unless others are asked for: grammar, whatever the language calls it. */
    public static final Set<String> DEFAULT_LANGUAGETOOL = Set.of("grammar");

    /**
     * The confidence a finding needs to be reported unless asked otherwise: term-inconsistency
     * findings below it are mostly rewordings (see the judged lists of bench-terms).
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    /** All checks, no glossary, LanguageTool's grammar rules, default discovery thresholds. */
    public static CheckOptions defaults() {
        return new CheckOptions(Set.of(), Optional.empty(), DEFAULT_LANGUAGETOOL, RenderingDiscovery.Options.DEFAULT,
                DeclaredRenderings.HELD, DEFAULT_MIN_CONFIDENCE);
    }

    public CheckOptions withChecks(Set<String> ids) {
        return new CheckOptions(ids, glossary, languageToolCategories, discovery, declared, minConfidence);
    }

    public CheckOptions withGlossary(Glossary g) {
        return new CheckOptions(checks, Optional.of(g), languageToolCategories, discovery, declared, minConfidence);
    }

    public CheckOptions withLanguageToolCategories(Set<String> categories) {
        return new CheckOptions(checks, glossary, categories, discovery, declared, minConfidence);
    }

    public CheckOptions withDeclaredRenderings(DeclaredRenderings d) {
        return new CheckOptions(checks, glossary, languageToolCategories, discovery, d, minConfidence);
    }

    public CheckOptions withMinConfidence(double min) {
        return new CheckOptions(checks, glossary, languageToolCategories, discovery, declared, min);
    }

    /**
     * True when a finding is sure enough to be reported: the minimum confidence holds for the
     * findings of term discovery (term-inconsistency, alignment-question), which are ranked
     * guesses; the other checks' findings are always reported.
     */
    public boolean reports(Finding f) {
        boolean guess = f.check().equals(TermInconsistencyCheck.ID)
                || f.check().equals(TermInconsistencyCheck.ALIGNMENT_QUESTION_ID);
        return !guess || f.confidence() >= minConfidence;
    }

    public boolean runs(String id) {
        if (id.equals(DeclaredRenderingCheck.ID) && declared == DeclaredRenderings.IGNORED) {
            return false;
        }
        if (id.equals(LanguageToolCheck.ID) && languageToolCategories.isEmpty()) {
            return false;
        }
        return checks.isEmpty() || checks.contains(id);
    }
}
