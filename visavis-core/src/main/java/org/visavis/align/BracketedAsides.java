package org.visavis.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.visavis.model.Bead;

/**
 * A sentence wholly in brackets that one side has and the other lacks ("( Traduit par L. S. )"
 * after the last paragraph of a Text+Berg article, a translator's note) is an aside of its own:
 * short, with few words to match, it costs the search less merged into the bead beside it than
 * left unpaired. So where a bead holds several sentences on one side, begins or ends there with
 * such a sentence, and has no bracket at all on the other side, that sentence is taken out into a
 * 1-0 or 0-1 bead, whose confidence {@link UnpairedCheck} then judges alone (the search's
 * posterior said nothing about it); the rest of the bead keeps its confidence. In the dev gold no bead of several sentences on a side has such a sentence
 * with no bracket on the other side (Alice's asides in brackets are translated in brackets), and
 * the three sentences wholly in brackets facing none are all unpaired. Beads given as fixed stay
 * as they are.
 *
 * <pre>{@code
 * BracketedAsides.split(beads, fixed, source.texts(), target.texts());  // [467]:[552,553] -> [467]:[552], []:[553]
 * }</pre>
 */
final class BracketedAsides {

    private BracketedAsides() {
    }

    /** The beads, in order, with the bracketed asides at the edges of their longer sides standing alone. */
    static List<Bead> split(List<Bead> beads, List<Bead> fixed, List<String> source, List<String> target) {
        Set<Bead> kept = new HashSet<>(fixed);
        List<Bead> out = new ArrayList<>(beads.size());
        for (Bead b : beads) {
            if (b.isOneSided() || kept.contains(b)) {
                out.add(b);
            } else if (b.source().size() >= 2 && !anyBracket(target, b.target())) {
                splitSide(b, true, source, out);
            } else if (b.target().size() >= 2 && !anyBracket(source, b.source())) {
                splitSide(b, false, target, out);
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** Adds bead {@code b} to {@code out}, the asides at the edges of one side taken out before and after it. */
    private static void splitSide(Bead b, boolean ofSource, List<String> texts, List<Bead> out) {
        List<Integer> side = ofSource ? b.source() : b.target();
        int from = 0;
        int to = side.size();
        while (to - from >= 2 && isAside(texts.get(side.get(from)))) {
            from++;
        }
        while (to - from >= 2 && isAside(texts.get(side.get(to - 1)))) {
            to--;
        }
        for (int k = 0; k < from; k++) {
            out.add(alone(side.get(k), ofSource));
        }
        List<Integer> rest = side.subList(from, to);
        out.add(from == 0 && to == side.size() ? b
                : new Bead(ofSource ? rest : b.source(), ofSource ? b.target() : rest, b.confidence(), b.status()));
        for (int k = to; k < side.size(); k++) {
            out.add(alone(side.get(k), ofSource));
        }
    }

    private static Bead alone(int index, boolean ofSource) {
        return Bead.auto(ofSource ? List.of(index) : List.of(), ofSource ? List.of() : List.of(index), 1);
    }

    private static boolean anyBracket(List<String> texts, List<Integer> indexes) {
        for (int i : indexes) {
            String t = texts.get(i);
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == '(' || c == ')' || c == '[' || c == ']') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a sentence is wholly in brackets: it opens one first and closes it last, a full stop
     * or a question or exclamation mark aside ("( Traduit par L. S. )", "(que reprirent en chœur
     * la cuisinière et le bébé).").
     */
    static boolean isAside(String sentence) {
        String t = sentence.strip();
        int end = t.length();
        while (end > 0 && (".!?".indexOf(t.charAt(end - 1)) >= 0 || Character.isWhitespace(t.charAt(end - 1)))) {
            end--;
        }
        if (end < 2 || !(t.charAt(0) == '(' || t.charAt(0) == '[')) {
            return false;
        }
        int depth = 0;
        for (int k = 0; k < end; k++) {
            char c = t.charAt(k);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
                if (depth == 0 && k < end - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
