package org.visavis.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.Language;

/**
 * The tagger for a language no language module serves: words (letters, digits, inner hyphens
 * and apostrophes) and punctuation, with no lemmas. Term matching then compares word forms, and
 * consistency discovery, which needs word classes, finds nothing rather than guessing.
 *
 * <pre>{@code
 * new PlainTokenTagger(Language.of("fi")).tag("Paketti asennetaan.");   // 3 tokens
 * }</pre>
 */
public final class PlainTokenTagger implements Tagger {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\S");

    private final Language language;
    private final SentenceCache cache = new SentenceCache(SentenceCache.SENTENCES_KEPT);

    public PlainTokenTagger(Language language) {
        this.language = language;
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
