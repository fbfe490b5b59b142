package org.visavis.edit;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;

/**
 * Finding beads: the next bead after (or before) a position that matches a predicate, and the
 * predicates the editor navigates by.
 *
 * <pre>{@code
 * OptionalInt n = BeadSearch.next(a.beads(), 10, Direction.FORWARD, BeadSearch.lowConfidence(0.5));
 * }</pre>
 */
public final class BeadSearch {
    /** Which way to look from the current bead. */
    public enum Direction { FORWARD, BACKWARD }

    /** Plain text (case-insensitive) or a Java regular expression. */
    public enum Mode { PLAIN, REGEX }

    /** Which side of the beads a text search reads. */
    public enum Scope { SOURCE, TARGET, BOTH }

    /** The confidence below which a bead counts as low. */
    public static final double LOW_CONFIDENCE = 0.5;

    private BeadSearch() {
    }

    /** The first bead strictly after (or before) {@code from} that matches; {@code from = -1} searches from the start. */
    public static OptionalInt next(List<Bead> beads, int from, Direction direction, Predicate<Bead> wanted) {
        if (direction == Direction.FORWARD) {
            for (int i = Math.max(from + 1, 0); i < beads.size(); i++) {
                if (wanted.test(beads.get(i))) {
                    return OptionalInt.of(i);
                }
            }
        } else {
            for (int i = Math.min(from - 1, beads.size() - 1); i >= 0; i--) {
                if (wanted.test(beads.get(i))) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    public static Predicate<Bead> lowConfidence(double threshold) {
        return b -> b.confidence() < threshold;
    }

    public static Predicate<Bead> unconfirmed() {
        return b -> !b.isConfirmed();
    }

    public static Predicate<Bead> notOneToOne() {
        return b -> b.source().size() != 1 || b.target().size() != 1;
    }

    /** Unconfirmed beads that are not 1-1 or whose confidence is below {@code threshold}: what the attention filter shows. */
    public static Predicate<Bead> needsAttention(double threshold) {
        return unconfirmed().and(notOneToOne().or(lowConfidence(threshold)));
    }

    /** A predicate on bead indexes of {@code a} that matches the bead's text; EditException on a bad regex. */
    public static Predicate<Integer> text(Alignment a, String query, Mode mode, Scope scope) {
        Predicate<String> matches;
        if (mode == Mode.REGEX) {
            Pattern p;
            try {
                p = Pattern.compile(query);
            } catch (PatternSyntaxException e) {
                throw new EditException("not a regular expression: " + e.getDescription() + " in '" + query + "'");
            }
            matches = s -> p.matcher(s).find();
        } else {
            String q = query.toLowerCase(Locale.ROOT);
            matches = s -> s.toLowerCase(Locale.ROOT).contains(q);
        }
        return i -> {
            Bead b = a.beads().get(i);
            return (scope != Scope.TARGET && matches.test(a.sourceText(b)))
                    || (scope != Scope.SOURCE && matches.test(a.targetText(b)));
        };
    }

    /** The next bead index whose text matches, searching past the end from the start (wrapping). */
    public static OptionalInt find(Alignment a, int from, Direction direction, Predicate<Integer> matches) {
        int n = a.beads().size();
        for (int k = 1; k <= n; k++) {
            int i = direction == Direction.FORWARD ? Math.floorMod(from + k, n) : Math.floorMod(from - k, n);
            if (matches.test(i)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
