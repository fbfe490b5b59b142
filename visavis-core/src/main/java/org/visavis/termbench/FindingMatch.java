package org.visavis.termbench;

import java.util.List;
import java.util.stream.Collectors;
import org.visavis.checks.Finding;
import org.visavis.checks.TermInconsistencyCheck;
import org.visavis.lang.TaggedToken;
import org.visavis.lang.Tagger;
import org.visavis.model.Side;

/**
 * Decides whether a finding is about a planted case: a term finding ({@code term-*} check, or
 * {@code alignment-question}, term-inconsistency's doubt about a pairing) whose
 * subject or one of whose renderings is, as lemmas, the term, its dominant rendering or the planted
 * one, or holds it or lies within it ("paquet" finds a case on "paquet source"). The checks are a
 * black box: only what every finding has (check, side, subject, renderings, beads) is read.
 */
final class FindingMatch {
    private final Tagger sourceTagger;
    private final Tagger targetTagger;

    FindingMatch(Tagger sourceTagger, Tagger targetTagger) {
        this.sourceTagger = sourceTagger;
        this.targetTagger = targetTagger;
    }

    /** The checks about terms: every {@code term-*} check, and the pairings term-inconsistency doubts. */
    static boolean isTermCheck(String id) {
        return id.startsWith("term-") || id.equals(TermInconsistencyCheck.ALIGNMENT_QUESTION_ID);
    }

    static boolean isTermFinding(Finding f) {
        return isTermCheck(f.check());
    }

    /** True when some finding concerning the case includes each of its planted beads. */
    boolean found(PlantedCase c, List<Finding> findings) {
        for (int bead : c.beads()) {
            boolean covered = false;
            for (Finding f : findings) {
                if (isTermFinding(f) && f.beads().contains(bead) && concerns(f, c)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    boolean concerns(Finding f, PlantedCase c) {
        boolean sourceSubject = f.side() == Side.SOURCE;
        Tagger subjectTagger = sourceSubject ? sourceTagger : targetTagger;
        Tagger renderingTagger = sourceSubject ? targetTagger : sourceTagger;
        if (sourceSubject ? related(key(f.subject(), subjectTagger), c.term().sourceKey())
                : relatedToTarget(key(f.subject(), subjectTagger), c)) {
            return true;
        }
        for (String r : f.renderings().keySet()) {
            String k = key(r, renderingTagger);
            if (sourceSubject ? relatedToTarget(k, c) : related(k, c.term().sourceKey())) {
                return true;
            }
        }
        return false;
    }

    private static boolean relatedToTarget(String key, PlantedCase c) {
        return related(key, c.term().renderingKey()) || related(key, c.plantedKey());
    }

    private static boolean related(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (DeviationPlanter.contains(a, b) || DeviationPlanter.contains(b, a));
    }

    private static String key(String text, Tagger tagger) {
        return tagger.tag(text).stream().filter(TaggedToken::isWord).map(TaggedToken::lemma)
                .collect(Collectors.joining(" "));
    }
}
