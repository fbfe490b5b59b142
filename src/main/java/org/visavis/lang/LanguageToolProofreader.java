package org.visavis.lang;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Category;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/**
 * LanguageTool's grammar, style and spelling rules for one language, restricted to the rule
 * categories asked for (LanguageTool's category ids: GRAMMAR, TYPOS, PUNCTUATION, CASING,
 * CONFUSED_WORDS, STYLE, TYPOGRAPHY, ...).
 *
 * <pre>{@code
 * var proofreader = new LanguageToolProofreader(Language.of("en"), Set.of("GRAMMAR"));
 * proofreader.check("He go to school.");   // one match of category GRAMMAR
 * }</pre>
 */
public final class LanguageToolProofreader {
    private static final java.util.Map<String, LanguageToolProofreader> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Language language;
    private final JLanguageTool tool;

    /** Throws VisavisException naming the categories this language has when one is unknown. */
    public LanguageToolProofreader(Language language, Set<String> categories) {
        this.language = language;
        this.tool = new JLanguageTool(LanguageToolLanguages.lookUp(language));
        Set<String> known = new TreeSet<>();
        for (Rule rule : tool.getAllRules()) {
            known.add(rule.getCategory().getId().toString());
        }
        Set<String> wanted = new TreeSet<>();
        for (String c : categories) {
            wanted.add(c.toUpperCase(Locale.ROOT));
        }
        for (String c : wanted) {
            if (!known.contains(c)) {
                throw new VisavisException("LanguageTool category '" + c + "' does not exist for " + language
                        + " (known: " + String.join(", ", known) + ")");
            }
        }
        for (Rule rule : tool.getAllRules()) {
            Category category = rule.getCategory();
            if (!wanted.contains(category.getId().toString())) {
                tool.disableRule(rule.getId());
            }
        }
    }

    /**
     * A proofreader shared by everyone asking for the same language and categories: loading
     * LanguageTool's rules takes seconds, and the editor re-runs the checks often.
     */
    public static LanguageToolProofreader shared(Language language, Set<String> categories) {
        Set<String> wanted = new TreeSet<>();
        categories.forEach(c -> wanted.add(c.toUpperCase(Locale.ROOT)));
        return SHARED.computeIfAbsent(language.tag() + " " + wanted, k -> new LanguageToolProofreader(language, wanted));
    }

    public Language language() {
        return language;
    }

    /** The problems in one sentence (or short paragraph). */
    public List<ProofreadingMatch> check(String text) {
        List<RuleMatch> matches;
        try {
            synchronized (tool) { // JLanguageTool is not thread-safe
                matches = tool.check(text);
            }
        } catch (IOException e) {
            throw new VisavisException("LanguageTool (" + language + ") cannot check a sentence: " + e.getMessage(), e);
        }
        List<ProofreadingMatch> result = new ArrayList<>();
        for (RuleMatch m : matches) {
            List<String> suggestions = m.getSuggestedReplacements();
            result.add(new ProofreadingMatch(m.getRule().getId(), m.getRule().getCategory().getId().toString(),
                    m.getMessage().replace("<suggestion>", "“").replace("</suggestion>", "”"), m.getFromPos(), m.getToPos(),
                    suggestions.subList(0, Math.min(5, suggestions.size()))));
        }
        return result;
    }
}
