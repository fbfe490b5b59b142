package org.visavis.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.TaggedToken;
import org.visavis.model.Language;
import org.visavis.model.Side;
import org.visavis.terms.Term;
import org.visavis.terms.TermMatcher;
import org.visavis.terms.TermOccurrence;

/**
 * Where a finding's words (its term, its renderings, the words its check marks) occur in a
 * sentence of one side, for the reports and the editor to highlight: by lemma and word form with
 * the side's tagger, so that "calque" marks "calques", "paquets sources" marks "Paquet source" and
 * "archive" the word of "l'archive"; and as written, whatever the case, a line break or a hyphen
 * at the end of a line standing for the space between two words ("immediate\ndemands",
 * "revendi-\ncatives" is not a word, but "luttes\nrevendicatives" is). Whole words only: "wage
 * struggles" is not marked in "prewage struggles". Longer matches win where two overlap.
 *
 * <pre>{@code
 * FindingMarks marks = FindingMarks.of(Optional.of(Language.of("fr")), Optional.of(Language.of("en")));
 * marks.find(finding, Side.TARGET, "Les calques sont empilés");   // [Span(4, 11)] for the term "calque"
 * }</pre>
 */
public final class FindingMarks {
    /** Characters {@code [start, end)} of a sentence. */
    public record Span(int start, int end) {
    }

    /** Renderings that are no words of the text ("(no rendering found)"). */
    private static final Pattern NOT_WORDS = Pattern.compile("^\\(.*\\)$");
    private static final String SPACE = "(?:-?[ \\t]*\\R[ \\t]*|[ \\t\\u00a0]+)";

    private final Map<Side, Optional<TermMatcher>> matchers;
    private final Map<String, Pattern> literal = new ConcurrentHashMap<>();

    private FindingMarks(Optional<TermMatcher> source, Optional<TermMatcher> target) {
        this.matchers = Map.of(Side.SOURCE, source, Side.TARGET, target);
    }

    /** Marks by lemma with the taggers of the languages given (the installed modules'), as written otherwise. */
    public static FindingMarks of(Optional<Language> source, Optional<Language> target) {
        return new FindingMarks(source.map(l -> new TermMatcher(LanguageKnowledge.tagger(l))),
                target.map(l -> new TermMatcher(LanguageKnowledge.tagger(l))));
    }

    /** Marks the words as written only (no tagger). */
    public static FindingMarks asWritten() {
        return new FindingMarks(Optional.empty(), Optional.empty());
    }

    /** The words of {@code f} to mark: those its check marks, and of a term finding the term and its renderings. */
    public static List<String> words(Finding f) {
        Set<String> words = new LinkedHashSet<>();
        if (f.check().startsWith("term-") || f.check().equals(TermInconsistencyCheck.ALIGNMENT_QUESTION_ID)) {
            words.add(f.subject());
        }
        words.addAll(f.highlights());
        words.addAll(f.renderings().keySet());
        return words.stream().map(String::strip).filter(w -> !w.isEmpty() && !NOT_WORDS.matcher(w).matches()).toList();
    }

    /** Where the finding's words occur in {@code sentence}, a sentence of {@code side}, in text order. */
    public List<Span> find(Finding f, Side side, String sentence) {
        return find(words(f), side, sentence);
    }

    /** Where {@code words} occur in {@code sentence}, in text order, longer matches first where two overlap. */
    public List<Span> find(List<String> words, Side side, String sentence) {
        if (words.isEmpty() || sentence.isEmpty()) {
            return List.of();
        }
        List<Span> all = new ArrayList<>();
        Optional<TermMatcher> matcher = matchers.get(side);
        if (matcher.isPresent()) {
            List<TaggedToken> tokens = matcher.get().tagger().tag(sentence);
            for (String w : words) {
                for (TermOccurrence o : matcher.get().find(Term.of(w), sentence, tokens)) {
                    all.add(new Span(o.start(), Math.min(o.end(), sentence.length())));
                }
            }
        }
        for (String w : words) {
            Matcher m = literal.computeIfAbsent(w, FindingMarks::pattern).matcher(sentence);
            while (m.find()) {
                all.add(new Span(m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt((Span s) -> s.start() - s.end()).thenComparingInt(Span::start));
        boolean[] taken = new boolean[sentence.length()];
        List<Span> out = new ArrayList<>();
        for (Span s : all) {
            if (s.start() < s.end() && free(taken, s)) {
                java.util.Arrays.fill(taken, s.start(), s.end(), true);
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    private static boolean free(boolean[] taken, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** The words as written, any case, whole words, a line break (after a hyphen or not) or spaces between them. */
    private static Pattern pattern(String words) {
        StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] parts = words.split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            p.append(i == 0 ? "" : SPACE).append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(p.append("(?![\\p{L}\\p{N}])").toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
