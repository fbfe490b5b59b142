package org.visavis.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;

/**
 * {@code untranslated}: a translation identical to its source, or written in the source
 * language (most of its words unknown to the target language's tagger and known to the source
 * language's). Sentences of fewer than {@value #MIN_WORDS} words are left out: names, commands
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

    @Override
    public List<Finding> check(Alignment alignment) {
        List<Finding> findings = new ArrayList<>();
        List<Bead> beads = alignment.beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isOneSided()) {
                continue;
            }
            String source = alignment.sourceText(bead);
            String target = alignment.targetText(bead);
            List<TaggedToken> words = targetTagger.tag(target).stream()
                    .filter(t -> t.text().codePoints().anyMatch(Character::isLetter)).toList();
            if (words.size() < MIN_WORDS) {
                continue;
            }
            if (normalise(source).equals(normalise(target))) {
                findings.add(Finding.of(ID, Severity.ERROR, Finding.Side.TARGET, target, source,
                        "the translation is identical to the source", List.of(b), Set.of()));
            } else if (inSourceLanguage(words)) {
                findings.add(Finding.of(ID, Severity.ERROR, Finding.Side.TARGET, target, source,
                        "the translation looks written in " + sourceTagger.language().code() + ", not "
                                + targetTagger.language().code(), List.of(b), Set.of()));
            }
        }
        return findings;
    }

    private boolean inSourceLanguage(List<TaggedToken> words) {
        int unknownHere = 0;
        int knownThere = 0;
        for (TaggedToken w : words) {
            if (!w.isKnown()) {
                unknownHere++;
                List<TaggedToken> there = sourceTagger.tag(w.text());
                if (there.size() == 1 && there.get(0).isKnown()) {
                    knownThere++;
                }
            }
        }
        // names and jargon are unknown in both languages; a passage left untranslated is known in the other
        return unknownHere * 2 >= words.size() && knownThere * 10 >= unknownHere * 8;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
    }
}
