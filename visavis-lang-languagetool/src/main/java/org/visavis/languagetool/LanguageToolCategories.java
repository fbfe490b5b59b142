package org.visavis.languagetool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Categories;
import org.languagetool.rules.Category;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/**
 * LanguageTool's rule categories of one language, and the portable names that stand for them in
 * every language: {@code grammar}, {@code typography}, {@code spelling}, {@code style},
 * {@code punctuation}. Each language module names its categories its own way (English and German
 * GRAMMAR, French CAT_GRAMMAIRE); a portable name is resolved from LanguageTool's own metadata:
 * <ol>
 * <li>the category whose id is that of LanguageTool's standard category ({@link Categories}:
 * GRAMMAR, TYPOGRAPHY, TYPOS, STYLE, PUNCTUATION), or an id LanguageTool's modules give a part of
 * it (AGREEMENT, where French keeps its agreement rules apart from CAT_GRAMMAIRE);</li>
 * <li>categories named as that standard category is named in the language's messages or in
 * English, or whose name begins with that name ("Grammaire" in French, "Punctuation virgule");</li>
 * <li>categories not claimed so by any portable name whose every rule has the name's ITS issue
 * type (French CAT_CALQUES, all "style"; MULTITOKEN_SPELLING, all "misspelling").</li>
 * </ol>
 * Categories LanguageTool turns off by default stay off under a portable name; named by id they
 * are turned on.
 *
 * <pre>{@code
 * LanguageToolCategories.of(Language.of("fr")).resolve(List.of("grammar"));   // [CAT_GRAMMAIRE]
 * }</pre>
 */
public final class LanguageToolCategories {
    /** The portable names, with LanguageTool's standard category and ITS issue type for each. */
    private enum Portable {
        GRAMMAR(Categories.GRAMMAR, ITSIssueType.Grammar, "AGREEMENT"),
        TYPOGRAPHY(Categories.TYPOGRAPHY, ITSIssueType.Typographical),
        SPELLING(Categories.TYPOS, ITSIssueType.Misspelling),
        STYLE(Categories.STYLE, ITSIssueType.Style),
        PUNCTUATION(Categories.PUNCTUATION, null);

        final Categories standard;
        final ITSIssueType issueType;
        final Set<String> partIds;

        Portable(Categories standard, ITSIssueType issueType, String... partIds) {
            this.standard = standard;
            this.issueType = issueType;
            this.partIds = Set.of(partIds);
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The portable names, in the order help texts list them. */
    public static final List<String> PORTABLE_NAMES = java.util.Arrays.stream(Portable.values()).map(Portable::word).toList();

    private static final Map<String, LanguageToolCategories> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Language language;
    private final Map<String, Boolean> defaultOff = new TreeMap<>();   // category id → off by default
    private final Map<Portable, Set<String>> resolved = new LinkedHashMap<>();

    private LanguageToolCategories(Language language, JLanguageTool tool) {
        this.language = language;
        Map<String, Category> categories = new TreeMap<>();
        Map<String, Set<ITSIssueType>> issueTypes = new TreeMap<>();
        for (Rule rule : tool.getAllRules()) {
            String id = rule.getCategory().getId().toString();
            categories.putIfAbsent(id, rule.getCategory());
            issueTypes.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(rule.getLocQualityIssueType());
        }
        categories.forEach((id, c) -> defaultOff.put(id, c.isDefaultOff()));
        ResourceBundle local = JLanguageTool.getMessageBundle(tool.getLanguage());
        ResourceBundle english = JLanguageTool.getMessageBundle();
        Set<String> claimed = new TreeSet<>();
        for (Portable p : Portable.values()) {
            Set<String> ids = new TreeSet<>();
            String standardId = p.standard.getId().toString();
            List<String> names = List.of(p.standard.getCategory(local).getName(), p.standard.getCategory(english).getName());
            categories.forEach((id, c) -> {
                if (!c.isDefaultOff() && (id.equals(standardId) || p.partIds.contains(id) || namedAs(c.getName(), names))) {
                    ids.add(id);
                }
            });
            claimed.addAll(ids);
            resolved.put(p, ids);
        }
        for (Portable p : Portable.values()) {
            if (p.issueType == null) {
                continue;
            }
            categories.forEach((id, c) -> {
                if (!c.isDefaultOff() && !claimed.contains(id) && issueTypes.get(id).equals(Set.of(p.issueType))) {
                    resolved.get(p).add(id);
                }
            });
        }
    }

    private static boolean namedAs(String categoryName, List<String> names) {
        String name = categoryName.strip().toLowerCase(Locale.ROOT);
        for (String n : names) {
            String standard = n.strip().toLowerCase(Locale.ROOT);
            if (name.equals(standard) || name.startsWith(standard + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The categories of a language LanguageTool has; VisavisException when it has not. */
    public static LanguageToolCategories of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language.code(), k -> fromRules(language));
    }

    private static LanguageToolCategories fromRules(Language language) {
        LanguageToolPool pool = new LanguageToolPool(language, tool -> { });
        return new LanguageToolCategories(language.withoutRegion(), pool.first());
    }

    public Language language() {
        return language;
    }

    /** LanguageTool's category ids of this language. */
    public Set<String> ids() {
        return defaultOff.keySet();
    }

    /**
     * The category ids that portable names and LanguageTool ids (any case) stand for. A name that
     * is neither, or a portable name with no category in this language, is a VisavisException
     * listing the valid names.
     */
    public Set<String> resolve(Collection<String> names) {
        Set<String> ids = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : names) {
            String name = raw.strip();
            Optional<Portable> portable = java.util.Arrays.stream(Portable.values())
                    .filter(p -> p.word().equalsIgnoreCase(name)).findFirst();
            if (portable.isPresent() && !resolved.get(portable.get()).isEmpty()) {
                ids.addAll(resolved.get(portable.get()));
            } else if (defaultOff.containsKey(name.toUpperCase(Locale.ROOT))) {
                ids.add(name.toUpperCase(Locale.ROOT));
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new VisavisException("LanguageTool has no rule category '" + String.join("', '", unknown) + "' for "
                    + language + "; valid: " + String.join(", ", validPortableNames()) + " or LanguageTool's ids for "
                    + language + ": " + String.join(", ", ids()));
        }
        return ids;
    }

    private List<String> validPortableNames() {
        return java.util.Arrays.stream(Portable.values()).filter(p -> !resolved.get(p).isEmpty()).map(Portable::word)
                .toList();
    }

    /** The portable name a category id falls under, if any ("grammar" for CAT_GRAMMAIRE). */
    public Optional<String> portableNameOf(String categoryId) {
        return resolved.entrySet().stream().filter(e -> e.getValue().contains(categoryId))
                .map(e -> e.getKey().word()).findFirst();
    }

    /** True when LanguageTool turns the category off unless asked for it. */
    boolean isDefaultOff(String categoryId) {
        return defaultOff.getOrDefault(categoryId, false);
    }
}
