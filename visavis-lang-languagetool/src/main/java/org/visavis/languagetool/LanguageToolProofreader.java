package org.visavis.languagetool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RuleMatch;
import org.visavis.lang.Proofreader;
import org.visavis.lang.ProofreadingMatch;
import org.visavis.model.Language;

/**
 * LanguageTool's grammar, style and spelling rules for one language, restricted to the rule
 * categories asked for: portable names ({@code grammar}, {@code typography}, {@code spelling},
 * {@code style}, {@code punctuation}) or the language's own category ids ({@code CAT_GRAMMAIRE},
 * {@code TYPOS}, ...), see {@link LanguageToolCategories}. Safe for several threads: each check
 * runs on an instance of a pool. A sentence the tagger has analysed is not analysed again.
 *
 * <pre>{@code
 * var proofreader = new LanguageToolProofreader(Language.of("en"), Set.of("grammar"));
 * proofreader.check("He go to school.");   // one match, kind "grammar"
 * }</pre>
 */
public final class LanguageToolProofreader implements Proofreader {
    private static final Map<String, LanguageToolProofreader> SHARED = new ConcurrentHashMap<>();

    private final Language language;
    private final LanguageToolCategories categories;
    private final Set<String> wanted;
    private final LanguageToolPool tools;

    /** Throws VisavisException listing the valid names when a category name is unknown for the language. */
    public LanguageToolProofreader(Language language, Collection<String> categoryNames) {
        this.language = language;
        this.categories = LanguageToolCategories.of(language);
        this.wanted = categories.resolve(categoryNames);
        this.tools = new LanguageToolPool(language, tool -> {
            for (String id : categories.ids()) {
                if (!wanted.contains(id)) {
                    tool.disableCategory(new CategoryId(id));
                } else if (categories.isDefaultOff(id)) {
                    tool.enableRuleCategory(new CategoryId(id));
                }
            }
        });
    }

    /**
     * A proofreader shared by everyone asking for the same language and categories: the editor
     * and repeated checks need not set one up again.
     */
    public static LanguageToolProofreader shared(Language language, Collection<String> categoryNames) {
        Set<String> ids = LanguageToolCategories.of(language).resolve(categoryNames);
        // keyed by the whole tag: en-GB and en-US check different spellings
        return SHARED.computeIfAbsent(language.tag() + " " + ids, k -> new LanguageToolProofreader(language, ids));
    }

    @Override
    public Language language() {
        return language;
    }

    /** The LanguageTool category ids this proofreader checks. */
    @Override
    public Set<String> categoryIds() {
        return wanted;
    }

    /** The problems in one sentence (or short paragraph). */
    @Override
    public List<ProofreadingMatch> check(String text) {
        List<RuleMatch> matches = tools.apply(tool -> tool.check(text), "check a sentence");
        List<ProofreadingMatch> result = new ArrayList<>();
        for (RuleMatch m : matches) {
            List<String> suggestions = m.getSuggestedReplacements();
            String category = m.getRule().getCategory().getId().toString();
            result.add(new ProofreadingMatch(m.getRule().getId(), category,
                    categories.portableNameOf(category).orElse(ProofreadingMatch.OTHER_KIND),
                    m.getMessage().replace("<suggestion>", "“").replace("</suggestion>", "”"), m.getFromPos(), m.getToPos(),
                    suggestions.subList(0, Math.min(5, suggestions.size()))));
        }
        return result;
    }
}
