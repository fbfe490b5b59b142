package org.visavis.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.visavis.lang.TaggedToken;
import org.visavis.wordalign.WordLink;

/**
 * How firmly the word aligner links the words of a unit, as a measure of how literally the unit
 * is translated: the mean, over the source's content words outside the term, of each one's
 * strongest link (0 for a word linked to nothing). A word substituted in a translation that is
 * otherwise word for word sits among firm links; a sentence the translator reworded has few, and
 * the other rendering spotted there is most often the aligner's guess inside the rewording ("une
 * partie de disque" for "free space on a drive"). {@link #linkToTerm} says how firmly the other
 * rendering's own words are linked to the term.
 *
 * <pre>{@code
 * double c = SpottingStrength.coverage(unit, term);   // 0.71 in a literal bead, 0.2 in a reworded one
 * }</pre>
 */
final class SpottingStrength {

    private SpottingStrength() {
    }

    /**
     * The mean strongest link of the source's content words outside {@code c}; 1 when there is no
     * such word (nothing to judge the unit by).
     */
    static double coverage(OrientedUnit u, CandidateTerm c) {
        UnitSide from = u.from();
        double[] strongest = new double[from.words().size()];
        for (WordLink l : u.links()) {
            strongest[l.source()] = Math.max(strongest[l.source()], l.confidence());
        }
        double sum = 0;
        int words = 0;
        for (int k = 0; k < from.tokens().size(); k++) {
            TaggedToken t = from.tokens().get(k);
            if ((k < c.firstToken() || k >= c.endToken()) && from.wordOf()[k] >= 0 && TermText.isContent(t)
                    && t.text().codePoints().anyMatch(Character::isLetter)) {
                sum += strongest[from.wordOf()[k]];
                words++;
            }
        }
        return words == 0 ? 1 : sum / words;
    }

    /** The median of the coverages of units (1 when there are none). */
    static double median(List<Double> coverages) {
        if (coverages.isEmpty()) {
            return 1;
        }
        double[] sorted = coverages.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * The strongest link between a word of the term and a word of the other side written as one of
     * {@code rendering}'s words (0 when none, or when the rendering is empty).
     */
    static double linkToTerm(OrientedUnit u, CandidateTerm c, String rendering) {
        Set<Integer> targetWords = wordsWritten(u.to(), rendering);
        double best = 0;
        for (WordLink l : u.links()) {
            int k = u.from().tokenOf()[l.source()];
            if (k >= c.firstToken() && k < c.endToken() && targetWords.contains(l.target())) {
                best = Math.max(best, l.confidence());
            }
        }
        return best;
    }

    /**
     * The strongest link between a word written as one of {@code rendering}'s words and a content
     * word of the source outside the term (0 when none): how firmly the other rendering renders
     * something else than the term.
     */
    static double linkElsewhere(OrientedUnit u, CandidateTerm c, String rendering) {
        Set<Integer> targetWords = wordsWritten(u.to(), rendering);
        double best = 0;
        for (WordLink l : u.links()) {
            int k = u.from().tokenOf()[l.source()];
            if ((k < c.firstToken() || k >= c.endToken()) && targetWords.contains(l.target()) && u.fromContentWord(l)) {
                best = Math.max(best, l.confidence());
            }
        }
        return best;
    }

    /** The aligner's words of a side written as a word of {@code rendering} (case aside). */
    private static Set<Integer> wordsWritten(UnitSide side, String rendering) {
        Set<String> written = new HashSet<>();
        for (String w : rendering.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                written.add(w);
            }
        }
        Set<Integer> words = new HashSet<>();
        for (int w = 0; w < side.words().size(); w++) {
            if (written.contains(side.folded(w))) {
                words.add(w);
            }
        }
        return words;
    }

    /** A unit's coverage beside the usual units' median, and the other rendering's link to the term. */
    record Strength(double coverage, double usualCoverage, double linkToTerm, double linkElsewhere) {

        /** The unit's coverage as a share of the usual units' median (1 when that is 0). */
        double relativeCoverage() {
            return usualCoverage <= 0 ? 1 : coverage / usualCoverage;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "coverage %.2f (usual median %.2f), link to term %.2f, elsewhere %.2f",
                    coverage, usualCoverage, linkToTerm, linkElsewhere);
        }
    }

    /** The strength of a deviating occurrence's unit beside the units {@code usual} that use the usual rendering. */
    static Strength of(Occurrence deviating, String rendering, List<Occurrence> usual) {
        List<Double> coverages = new ArrayList<>();
        for (Occurrence o : usual) {
            coverages.add(coverage(o.unit(), o.term()));
        }
        return new Strength(coverage(deviating.unit(), deviating.term()), median(coverages),
                linkToTerm(deviating.unit(), deviating.term(), rendering),
                linkElsewhere(deviating.unit(), deviating.term(), rendering));
    }
}
