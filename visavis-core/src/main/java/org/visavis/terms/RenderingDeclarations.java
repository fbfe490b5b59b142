package org.visavis.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.visavis.model.BundledTable;

/**
 * The phrasings by which translators declare a rendering, per language of the note ("Les luttes
 * revendicatives, which we have rendered throughout as “struggles over immediate demands”",
 * "nous traduisons Arbeitskraft par « force de travail »", "Arbeitskraft, hier mit „labour power“
 * übersetzt"), read from the data file {@code rendering-declarations.tsv} beside this class: the
 * phrasings are data, not code, so a language is added by adding lines.
 *
 * <pre>{@code
 * RenderingDeclarations.bundled().find("en", "Les luttes revendicatives, which we have rendered "
 *         + "throughout as “struggles over immediate demands”, could mean ...");
 * // [Declaration("luttes revendicatives", "struggles over immediate demands")]
 * }</pre>
 */
public final class RenderingDeclarations {
    static final String RESOURCE = "rendering-declarations.tsv";
    private static final String OPEN = "[“\"«„‚‘']\\s?";
    private static final String CLOSE = "\\s?[”\"»“’']";
    private static final String WORD = "\\p{L}[\\p{L}\\p{M}\\p{N}'’\\-]*";
    private static final String QUOTED_SOURCE = OPEN + "(?<sourceq>[^”\"»“\\n]{1,60}?)" + CLOSE;
    private static final String PLAIN_SOURCE = "(?<source>" + WORD + "(?:\\s+" + WORD + "){0,4}?)";
    private static final String QUOTED_RENDERING = OPEN + "(?<renderingq>[^”\"»“\\n]{1,80}?)" + CLOSE;
    private static final String PLAIN_RENDERING = "(?<rendering>" + WORD + "(?:\\s+" + WORD + "){0,6}?)";
    private static final Pattern ARTICLE_GAP = Pattern.compile("^[\\s]+");

    /** One declaration found in a text: the source term and its rendering, as written. */
    public record Declaration(String source, String rendering, int start, int end) {
    }

    private record Rule(Pattern pattern, String text) {
    }

    private final Map<String, List<Rule>> patterns;
    private final List<String> articles;
    private final Map<String, HeadPosition> heads;
    private final Map<String, Set<String>> genitives;

    /** Where the head of a rendering without preposition stands. */
    public enum HeadPosition {
        FIRST,
        LAST
    }

    private RenderingDeclarations(Map<String, List<Rule>> patterns, List<String> articles,
                                  Map<String, HeadPosition> heads, Map<String, Set<String>> genitives) {
        this.patterns = patterns;
        this.articles = articles;
        this.heads = heads;
        this.genitives = genitives;
    }

    private static final class Holder {
        static final RenderingDeclarations BUNDLED = load();
    }

    /** The phrasings shipped with visavis (English, French, German). */
    public static RenderingDeclarations bundled() {
        return Holder.BUNDLED;
    }

    private static RenderingDeclarations load() {
        return BundledTable.read(RenderingDeclarations.class, RESOURCE, "the declaration phrasings",
                RenderingDeclarations::parse, TermsException::new);
    }

    /** Reads rules in the format of the bundled file; {@code name} names the file in errors. */
    static RenderingDeclarations parse(BufferedReader reader, String name) throws IOException {
        Map<String, List<Rule>> patterns = new LinkedHashMap<>();
        List<String> articles = new ArrayList<>();
        Map<String, HeadPosition> heads = new LinkedHashMap<>();
        Map<String, Set<String>> genitives = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new TermsException(name + ":" + number + ": expected language, kind and value separated by tabs");
            }
            String lang = cols[0].strip().toLowerCase(Locale.ROOT);
            String value = cols[2].strip();
            switch (cols[1].strip()) {
                case "pattern" -> patterns.computeIfAbsent(lang, x -> new ArrayList<>()).add(compile(value, name, number));
                case "article" -> articles.add(value.toLowerCase(Locale.ROOT));
                case "genitive" -> genitives.computeIfAbsent(lang, x -> new LinkedHashSet<>()).add(value.toLowerCase(Locale.ROOT));
                case "head" -> heads.put(lang, switch (value) {
                    case "first" -> HeadPosition.FIRST;
                    case "last" -> HeadPosition.LAST;
                    default -> throw new TermsException(name + ":" + number + ": head must be first or last, not '" + value + "'");
                });
                default -> throw new TermsException(name + ":" + number + ": unknown kind '" + cols[1]
                        + "' (pattern, article, head or genitive)");
            }
        }
        return new RenderingDeclarations(patterns, articles, heads, genitives);
    }

    private static Rule compile(String rule, String name, int number) {
        if (!rule.contains("{SOURCE}") || !rule.contains("{RENDERING}")) {
            throw new TermsException(name + ":" + number + ": a pattern needs {SOURCE} and {RENDERING}");
        }
        // an unquoted source at the front of a pattern starts the note or a clause, never mid-sentence
        String plainSource = rule.startsWith("{SOURCE}") ? "(?:^\\s*|(?<=[.:;(—–]\\s))" + PLAIN_SOURCE : PLAIN_SOURCE;
        // an unquoted rendering at the end of a pattern runs to the next punctuation mark
        String plainRendering = rule.endsWith("{RENDERING}") ? PLAIN_RENDERING + "(?=\\s*(?:[,;:.!?)(]|$))"
                : PLAIN_RENDERING;
        String regex = rule.replace("{SOURCE}", "(?:" + QUOTED_SOURCE + "|" + plainSource + ")")
                .replace("{RENDERING}", "(?:" + QUOTED_RENDERING + "|" + plainRendering + ")");
        try {
            return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), rule);
        } catch (PatternSyntaxException e) {
            throw new TermsException(name + ":" + number + ": bad pattern (" + e.getDescription() + ")", e);
        }
    }

    /** The languages whose phrasings are known. */
    public List<String> languages() {
        return List.copyOf(patterns.keySet());
    }

    /** Where the head of a rendering in {@code languageCode} stands (English, German: last). */
    public HeadPosition head(String languageCode) {
        return heads.getOrDefault(languageCode, HeadPosition.LAST);
    }

    /** The prepositions that introduce a possessor in {@code languageCode} ("of", "de"): not the concept's modifiers. */
    public Set<String> genitives(String languageCode) {
        return Set.copyOf(genitives.getOrDefault(languageCode, Set.of()));
    }

    /** The declarations in a text written in {@code languageCode}; none for a language without phrasings. */
    public List<Declaration> find(String languageCode, String text) {
        List<Declaration> all = new ArrayList<>();
        for (Rule rule : patterns.getOrDefault(languageCode, List.of())) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                String source = Optional.ofNullable(m.group("sourceq")).orElse(m.group("source"));
                String rendering = Optional.ofNullable(m.group("renderingq")).orElse(m.group("rendering"));
                if (m.group("renderingq") == null && isName(rendering.strip())) {
                    continue;
                }
                all.add(new Declaration(withoutArticle(source.strip()), rendering.strip(), m.start(), m.end()));
            }
        }
        // where two phrasings overlap, the one that starts first (and is longer) declares
        all.sort(java.util.Comparator.comparingInt(Declaration::start).thenComparingInt(d -> -d.end()));
        List<Declaration> found = new ArrayList<>();
        for (Declaration d : all) {
            if (found.stream().noneMatch(f -> d.start() < f.end() && f.start() < d.end())) {
                found.add(d);
            }
        }
        return found;
    }

    /**
     * Two or more words, each capitalised, not quoted: a person or a body ("a été traduit par
     * Guillaume Erbs", the translator's credit), never a declared rendering, which is quoted or
     * written in the language's common words.
     */
    private static boolean isName(String plainRendering) {
        String[] words = plainRendering.split("\\s+");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    /** "Les luttes revendicatives" → "luttes revendicatives", "l’autonomie" → "autonomie". */
    String withoutArticle(String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        for (String article : articles) {
            boolean elided = article.endsWith("'") || article.endsWith("’");
            if (lower.startsWith(article) && lower.length() > article.length()) {
                String rest = term.substring(article.length());
                if (elided) {
                    return rest.strip();
                }
                if (Character.isWhitespace(rest.charAt(0)) && !rest.isBlank()) {
                    return ARTICLE_GAP.matcher(rest).replaceFirst("");
                }
            }
        }
        return term;
    }
}
