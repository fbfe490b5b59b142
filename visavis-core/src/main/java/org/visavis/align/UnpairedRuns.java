package org.visavis.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;

/**
 * A run of consecutive prose sentences of one side left unpaired between the same two beads is
 * one omission (a paragraph the translator left out, a footnote only one edition has): it is
 * given as one n-0 or 0-n bead, to be reviewed once, as the novels' gold gives it ({@code
 * []:[811,...,818]} in Alice, {@code [825,...,828]:[]} in Candide). Sentences that are not prose
 * stay one bead each: captions, photo credits, names and scan debris that a page leaves between
 * two paragraphs ("Lhotsé ( 8501 m )", "2 - Photo Schweiz .", "Stiftung für alpine Forschungen ,
 * Zürich") are separate things, as the Text+Berg gold lists them. A prose sentence has at least
 * {@link #MIN_LETTERS} letters, its first letter is not a small one, and it ends, closing quotes and
 * brackets aside, with a full stop, a question or exclamation mark, an ellipsis or a dash (speech
 * broken off, "... such as mouse-traps-- '"). The run's confidence is that of its least confident
 * sentence. Beads a person confirmed are never merged, nor merged into.
 *
 * <pre>{@code
 * UnpairedRuns.merge(beads, List.of(), source.texts(), target.texts());  // []:[5], []:[6] -> []:[5,6]
 * }</pre>
 */
final class UnpairedRuns {

    /** The fewest letters of a prose sentence: fewer is a caption, a page number or scan debris. */
    static final int MIN_LETTERS = 10;

    /** What ends a prose sentence, in the scripts the sentence splitter knows. */
    private static final String SENTENCE_ENDS = ".!?…-–—。！？؟।";

    /** What may follow the end of a sentence: closing quotes and brackets, and spaces. */
    private static final String CLOSERS = "'\"»«”’)]」』";

    private UnpairedRuns() {
    }

    /**
     * The beads, in order, with each run of adjacent unpaired prose sentences of one side as one
     * bead. The sentences of the {@code fixed} one-sided beads (which the aligner kept alone, each
     * as a bead of its own) are given back as those beads, as they were fixed.
     */
    static List<Bead> merge(List<Bead> beads, List<Bead> fixed, List<String> source, List<String> target) {
        Set<Bead> kept = new HashSet<>(fixed);
        List<Bead> out = new ArrayList<>(beads.size());
        Bead run = null;
        for (Bead b : withFixed(beads, fixed)) {
            boolean candidate = !kept.contains(b) && mergeable(b) && prose(b, source, target);
            if (run != null && candidate && follows(run, b)) {
                run = new Bead(concat(run.source(), b.source()), concat(run.target(), b.target()),
                        Math.min(run.confidence(), b.confidence()), BeadStatus.AUTO);
                continue;
            }
            if (run != null) {
                out.add(run);
                run = null;
            }
            if (candidate) {
                run = b;
            } else {
                out.add(b);
            }
        }
        if (run != null) {
            out.add(run);
        }
        return out;
    }

    /**
     * The beads with the single sentences of each fixed one-sided bead replaced by that bead
     * (a confirmed {@code [4,5]:[]} for the aligner's {@code [4]:[]} and {@code [5]:[]}).
     */
    static List<Bead> withFixed(List<Bead> beads, List<Bead> fixed) {
        if (fixed.isEmpty()) {
            return beads;
        }
        Map<String, Bead> bySentence = new HashMap<>();
        for (Bead f : fixed) {
            f.source().forEach(i -> bySentence.put("s" + i, f));
            f.target().forEach(j -> bySentence.put("t" + j, f));
        }
        List<Bead> out = new ArrayList<>(beads.size());
        Bead last = null;
        for (Bead b : beads) {
            Bead f = b.source().size() + b.target().size() != 1 ? null
                    : bySentence.get(b.source().isEmpty() ? "t" + b.target().get(0) : "s" + b.source().get(0));
            if (f == null) {
                out.add(b);
            } else if (f != last) {
                out.add(f);
                last = f;
            }
        }
        return out;
    }

    /** Whether the unpaired sentence of {@code next} is of the run's side and follows it. */
    private static boolean follows(Bead run, Bead next) {
        if (run.source().isEmpty() != next.source().isEmpty()) {
            return false;
        }
        List<Integer> a = run.source().isEmpty() ? run.target() : run.source();
        List<Integer> b = next.source().isEmpty() ? next.target() : next.source();
        return b.get(0) == a.get(a.size() - 1) + 1;
    }

    private static boolean mergeable(Bead b) {
        return b.isOneSided() && b.status() == BeadStatus.AUTO && b.source().size() + b.target().size() == 1;
    }

    private static boolean prose(Bead b, List<String> source, List<String> target) {
        return isProse(b.source().isEmpty() ? target.get(b.target().get(0)) : source.get(b.source().get(0)));
    }

    /** Whether a sentence reads as prose (see the class comment), not as a caption or a fragment. */
    static boolean isProse(String sentence) {
        int letters = 0;
        int first = -1;
        for (int k = 0; k < sentence.length(); ) {
            int c = sentence.codePointAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (first < 0) {
                    first = c;
                }
            }
            k += Character.charCount(c);
        }
        if (letters < MIN_LETTERS || Character.isLowerCase(first)) {
            return false;
        }
        int end = sentence.length();
        while (end > 0 && (Character.isWhitespace(sentence.charAt(end - 1))
                || CLOSERS.indexOf(sentence.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(sentence.charAt(end - 1)) >= 0;
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
