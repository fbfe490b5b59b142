package org.visavis.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.lang.WordClass;
import org.visavis.model.BundledTable;

/**
 * The spelling conventions of a language that a text keeps to across different words (-ise/-ize,
 * -our/-or, -re/-er, licence/license, -yse/-yze, ...), read from {@code spelling-conventions.tsv}
 * beside this class. {@link #spellingOf} tells which spelling of which convention a word uses:
 * "organisation" is on the -ise side of -ise/-ize, "color" on the -or side of -our/-or, "advise"
 * on none (there is no "advize").
 *
 * <pre>{@code
 * SpellingConventions.bundled().spellingOf(token, tagger);   // Optional[Spelling(-ise/-ize, 0)]
 * }</pre>
 */
final class SpellingConventions {
    static final String RESOURCE = "spelling-conventions.tsv";
    private static final Pattern HYPHEN = Pattern.compile("[-\u2010\u2011]");

    /** One of a convention's two spellings: {@code variant} 0 is the first named ("-ise" of "-ise/-ize"). */
    record Spelling(String convention, int variant) {
        String name() {
            return convention.split("/")[variant];
        }

        String otherName() {
            return convention.split("/")[1 - variant];
        }
    }

    private record Rule(String convention, Pattern[] patterns, String[] rewrites, boolean nounsOnly) {
    }

    private final Map<String, List<Rule>> rules;
    private final Map<String, Set<String>> exceptions;

    private SpellingConventions(Map<String, List<Rule>> rules, Map<String, Set<String>> exceptions) {
        this.rules = rules;
        this.exceptions = exceptions;
    }

    private static final class Holder {
        static final SpellingConventions BUNDLED = load();
    }

    static SpellingConventions bundled() {
        return Holder.BUNDLED;
    }

    private static SpellingConventions load() {
        return BundledTable.read(SpellingConventions.class, RESOURCE, "the spelling conventions",
                SpellingConventions::parse, (message, cause) -> new CheckException(message));
    }

    static SpellingConventions parse(BufferedReader reader, String name) throws IOException {
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        Map<String, Set<String>> exceptions = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String lang = c[0].strip();
            if (c.length == 3 && c[1].equals("except")) {
                exceptions.computeIfAbsent(lang, x -> new HashSet<>()).add(c[2].strip().toLowerCase(Locale.ROOT));
                continue;
            }
            if (c.length < 6 || c.length > 7 || !c[1].contains("/")) {
                throw new CheckException(name + ":" + number + ": expected language, convention (a/b), two patterns "
                        + "with their rewritings, and optionally noun");
            }
            try {
                rules.computeIfAbsent(lang, x -> new ArrayList<>()).add(new Rule(c[1],
                        new Pattern[] {Pattern.compile(c[2]), Pattern.compile(c[4])}, new String[] {c[3], c[5]},
                        c.length == 7 && c[6].strip().equals("noun")));
            } catch (PatternSyntaxException e) {
                throw new CheckException(name + ":" + number + ": bad pattern (" + e.getDescription() + ")");
            }
        }
        return new SpellingConventions(rules, exceptions);
    }

    boolean hasRules(String languageCode) {
        return rules.containsKey(languageCode);
    }

    /**
     * The spelling a word uses: its last part (after a hyphen) matches a spelling's pattern and
     * the rewriting to the other spelling is a word the tagger knows with the same lemma,
     * rewritten.
     */
    Optional<Spelling> spellingOf(TaggedToken token, Tagger tagger) {
        String lang = tagger.language().code();
        String word = token.folded();
        String[] parts = HYPHEN.split(word);
        String last = parts[parts.length - 1];
        if (exceptions.getOrDefault(lang, Set.of()).contains(last)) {
            return Optional.empty();
        }
        for (Rule rule : rules.getOrDefault(lang, List.of())) {
            if (rule.nounsOnly() && !token.wordClass().isNominal()) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                var m = rule.patterns()[side].matcher(last);
                if (!m.find()) {
                    continue;
                }
                String other = m.replaceFirst(rule.rewrites()[side]);
                if (!exceptions.getOrDefault(lang, Set.of()).contains(other) && sameWord(last, other, tagger, rule, side)) {
                    return Optional.of(new Spelling(rule.convention(), side));
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code other} is a known word whose lemmas, rewritten, meet {@code word}'s. */
    private static boolean sameWord(String word, String other, Tagger tagger, Rule rule, int side) {
        List<TaggedToken> mine = tagger.tag(word);
        List<TaggedToken> theirs = tagger.tag(other);
        if (mine.size() != 1 || theirs.size() != 1 || !theirs.get(0).isKnown()) {
            return false;
        }
        Set<String> rewritten = new HashSet<>();
        for (TaggedToken.Reading r : mine.get(0).readings()) {
            rewritten.add(rewrite(r.lemma().toLowerCase(Locale.ROOT), rule, side));
        }
        for (TaggedToken.Reading r : theirs.get(0).readings()) {
            if (r.wordClass() != WordClass.OTHER && rewritten.contains(r.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String rewrite(String lemma, Rule rule, int side) {
        var m = rule.patterns()[side].matcher(lemma);
        return m.find() ? m.replaceFirst(rule.rewrites()[side]) : lemma;
    }
}
