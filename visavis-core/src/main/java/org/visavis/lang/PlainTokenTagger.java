package org.visavis.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.Language;

/**
 * The tagger for a language LanguageTool does not have: words (letters, digits, inner hyphens
 * and apostrophes) and punctuation, with no lemmas. Term matching then compares word forms, and
 * consistency discovery, which needs word classes, finds nothing rather than guessing.
 *
 * <pre>{@code
 * new PlainTokenTagger(Language.of("fi")).tag("Paketti asennetaan.");   // 3 tokens
 * }</pre>
 */
public final class PlainTokenTagger implements Tagger {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\S");

    private static final Map<String, PlainTokenTagger> SHARED = new ConcurrentHashMap<>();

    private final Language language;
    private final SentenceCache cache = new SentenceCache(LanguageToolTagger.SENTENCES_KEPT);

    public PlainTokenTagger(Language language) {
        this.language = language;
    }

    /**
     * LanguageTool's tagger when it has the language, this one otherwise; one shared instance per
     * language either way, so that what one check tagged the next finds cached.
     */
    public static Tagger orLanguageTool(Language language) {
        return LanguageToolTagger.supports(language) ? LanguageToolTagger.forLanguage(language)
                : SHARED.computeIfAbsent(language.code(), c -> new PlainTokenTagger(language.withoutRegion()));
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public List<TaggedToken> tag(String sentence) {
        return cache.get(sentence, s -> {
            List<TaggedToken> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(s);
            while (m.find()) {
                boolean space = m.start() > 0 && Character.isWhitespace(s.charAt(m.start() - 1));
                String text = m.group();
                WordClass c = text.codePoints().anyMatch(Character::isLetterOrDigit) ? WordClass.UNKNOWN
                        : WordClass.PUNCTUATION;
                tokens.add(new TaggedToken(text, m.start(), m.end(), space, List.of(), c));
            }
            return List.copyOf(tokens);
        });
    }
}
