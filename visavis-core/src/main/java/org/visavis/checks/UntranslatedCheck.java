package org.visavis.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Side;

/**
 * {@code untranslated}: a translation identical to its source, or written in the source
 * language (most of its words unknown to the target language's tagger and known to the source
 * language's). Where the source itself is already in the target language (a passage the source
 * document left untranslated), a translation repeating it is only info. Consecutive beads make
 * one finding. Sentences of fewer than {@value #MIN_WORDS} words are left out: names, commands
 * and titles are often the same in both languages.
 *
 * <pre>{@code
 * new UntranslatedCheck(frTagger, enTagger).check(alignment);
 * // "Il est intéressant de remarquer que ..." / "Il est intéressant de remarquer que ..." → one finding
 * }</pre>
 */
public final class UntranslatedCheck implements Check {
    public static final String ID = "untranslated";
    static final int MIN_WORDS = 4;
    private static final java.util.regex.Pattern SHELL_PROMPT = java.util.regex.Pattern.compile("\\s*[$#%] ");

    private final Tagger sourceTagger;
    private final Tagger targetTagger;

    public UntranslatedCheck(Tagger sourceTagger, Tagger targetTagger) {
        this.sourceTagger = sourceTagger;
        this.targetTagger = targetTagger;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Why a bead counts as untranslated; consecutive beads of one kind make one finding. */
    private enum Kind {
        IDENTICAL(Severity.ERROR, "the translation is identical to the source"),
        SOURCE_ALREADY_TRANSLATED(Severity.INFO,
                "the source is already in %2$s here; the translation repeats it"),
        SOURCE_LANGUAGE(Severity.ERROR, "the translation is written in %1$s, not %2$s");

        final Severity severity;
        final String message;

        Kind(Severity severity, String message) {
            this.severity = severity;
            this.message = message;
        }
    }

    @Override
    public List<Finding> check(Alignment alignment) {
        List<Finding> findings = new ArrayList<>();
        List<Bead> beads = alignment.beads();
        Kind runKind = null;
        List<Integer> run = new ArrayList<>();
        for (int b = 0; b <= beads.size(); b++) {
            Kind kind = b < beads.size() ? kind(alignment, beads.get(b)) : null;
            if (kind != runKind || (kind != null && !run.isEmpty() && run.get(run.size() - 1) != b - 1)) {
                if (runKind != null) {
                    findings.add(finding(alignment, runKind, run));
                }
                run = new ArrayList<>();
                runKind = kind;
            }
            if (kind != null) {
                run.add(b);
            }
        }
        return findings;
    }

    private Finding finding(Alignment alignment, Kind kind, List<Integer> run) {
        Bead first = alignment.beads().get(run.get(0));
        String where = run.size() == 1 ? "" : " (" + run.size() + " beads in a row)";
        String message = String.format(java.util.Locale.ROOT, kind.message, sourceTagger.language().code(),
                targetTagger.language().code()) + where;
        return Finding.builder(ID).severity(kind.severity).side(Side.TARGET).subject(alignment.targetText(first))
                .context(alignment.sourceText(first)).message(message).beads(run).build();
    }

    /**
     * True when this check reports the bead as left in the source language (copied, or written in
     * it), an error of its own: the glossary terms in it need no finding each.
     */
    public boolean leftUntranslated(Alignment alignment, Bead bead) {
        Kind kind = kind(alignment, bead);
        return kind == Kind.IDENTICAL || kind == Kind.SOURCE_LANGUAGE;
    }

    private Kind kind(Alignment alignment, Bead bead) {
        if (bead.isOneSided()) {
            return null;
        }
        String source = alignment.sourceText(bead);
        String target = alignment.targetText(bead);
        if (SHELL_PROMPT.matcher(target).lookingAt()) {
            return null; // a command line is the same in every language
        }
        List<TaggedToken> words = words(targetTagger.tag(target));
        if (words.size() < MIN_WORDS) {
            return null;
        }
        if (normalise(source).equals(normalise(target))) {
            double knownToTarget = knownShare(words, targetTagger);
            double knownToSource = knownShare(words(sourceTagger.tag(source)), sourceTagger);
            if (Math.max(knownToTarget, knownToSource) < 0.6) {
                return null; // commands, file names, code: the same in every language
            }
            return knownToTarget > knownToSource ? Kind.SOURCE_ALREADY_TRANSLATED : Kind.IDENTICAL;
        }
        return writtenIn(words, sourceTagger) ? Kind.SOURCE_LANGUAGE : null;
    }

    /** The share of the words that a tagger knows (words re-tagged one by one when the tagger is another language's). */
    private static double knownShare(List<TaggedToken> words, Tagger tagger) {
        int known = 0;
        for (TaggedToken w : words) {
            List<TaggedToken> t = tagger.tag(w.text());
            if (t.size() == 1 && t.get(0).isKnown()) {
                known++;
            }
        }
        return words.isEmpty() ? 0 : (double) known / words.size();
    }

    private static List<TaggedToken> words(List<TaggedToken> tokens) {
        return tokens.stream().filter(t -> t.text().codePoints().anyMatch(Character::isLetter)).toList();
    }

    /** True when most words, unknown to the tagger of their side, are known to the other language's. */
    private static boolean writtenIn(List<TaggedToken> words, Tagger other) {
        int unknownHere = 0;
        int knownThere = 0;
        for (TaggedToken w : words) {
            if (!w.isKnown()) {
                unknownHere++;
                List<TaggedToken> there = other.tag(w.text());
                if (there.size() == 1 && there.get(0).isKnown()) {
                    knownThere++;
                }
            }
        }
        // names and jargon are unknown in both languages; a passage left untranslated is known in the other
        return words.size() >= MIN_WORDS && unknownHere * 2 >= words.size() && knownThere * 10 >= unknownHere * 8;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
    }
}
