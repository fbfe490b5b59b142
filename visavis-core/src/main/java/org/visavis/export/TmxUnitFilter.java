package org.visavis.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;

/**
 * Which beads become translation units of a TMX: a CAT tool takes every unit for a translation,
 * so beads that are not one (a side missing, only numbers, the same text on both sides) or not
 * trusted (low confidence, not confirmed) can be kept out. The beads are picked before any
 * writer sees them; each bead kept out is counted under the first of {@link Reason}'s reasons
 * that applies.
 *
 * <pre>{@code
 * TmxUnitFilter.DEFAULT.withMinConfidence(0.8).withSkipIdentical(true).apply(alignment)
 * // Result[kept=[...590 beads], keptOut={ONE_SIDED=2, IDENTICAL=14, LOW_CONFIDENCE=9}]
 * }</pre>
 *
 * @param keepOneSided keep beads with sentences on one side only (1-0, 0-1)
 * @param keepNumbersOnly keep beads whose two sides have no letter at all ("1.3.1" / "1.3.1", "42 %" / "42%")
 * @param skipIdentical keep out beads whose sides are the same text (left untranslated)
 * @param confirmedOnly keep only beads a person confirmed
 * @param minConfidence keep out beads whose confidence is below it (0 keeps all)
 */
public record TmxUnitFilter(boolean keepOneSided, boolean keepNumbersOnly, boolean skipIdentical,
                            boolean confirmedOnly, double minConfidence) {

    /** One-sided and numbers-only beads out, everything else in. */
    public static final TmxUnitFilter DEFAULT = new TmxUnitFilter(false, false, false, false, 0.0);

    /** Why a bead was kept out, in the order they are tested. */
    public enum Reason {
        ONE_SIDED("one-sided"),
        NUMBERS_ONLY("numbers only"),
        IDENTICAL("identical on both sides"),
        UNCONFIRMED("not confirmed"),
        LOW_CONFIDENCE("below the minimum confidence");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** How a summary names it: "one-sided", "numbers only", ... */
        public String words() {
            return words;
        }
    }

    /** The beads kept, in order, and how many each reason kept out (reasons that kept none are absent). */
    public record Result(List<Bead> kept, Map<Reason, Integer> keptOut) {
        public Result {
            kept = List.copyOf(kept);
            keptOut = Map.copyOf(keptOut);
        }

        public int keptOutTotal() {
            return keptOut.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public TmxUnitFilter {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new ExportException("--min-confidence " + minConfidence + ": expected a number from 0 to 1");
        }
    }

    public TmxUnitFilter withKeepOneSided(boolean keep) {
        return new TmxUnitFilter(keep, keepNumbersOnly, skipIdentical, confirmedOnly, minConfidence);
    }

    public TmxUnitFilter withKeepNumbersOnly(boolean keep) {
        return new TmxUnitFilter(keepOneSided, keep, skipIdentical, confirmedOnly, minConfidence);
    }

    public TmxUnitFilter withSkipIdentical(boolean skip) {
        return new TmxUnitFilter(keepOneSided, keepNumbersOnly, skip, confirmedOnly, minConfidence);
    }

    public TmxUnitFilter withConfirmedOnly(boolean only) {
        return new TmxUnitFilter(keepOneSided, keepNumbersOnly, skipIdentical, only, minConfidence);
    }

    public TmxUnitFilter withMinConfidence(double min) {
        return new TmxUnitFilter(keepOneSided, keepNumbersOnly, skipIdentical, confirmedOnly, min);
    }

    /** The one-sided choice as the TMX writer takes it. */
    public OneSidedBeads oneSided() {
        return keepOneSided ? OneSidedBeads.INCLUDE : OneSidedBeads.LEAVE_OUT;
    }

    public Result apply(Alignment alignment) {
        List<Bead> kept = new ArrayList<>();
        Map<Reason, Integer> out = new EnumMap<>(Reason.class);
        for (Bead bead : alignment.beads()) {
            Optional<Reason> reason = reasonToKeepOut(bead, alignment.sourceText(bead), alignment.targetText(bead));
            if (reason.isPresent()) {
                out.merge(reason.get(), 1, Integer::sum);
            } else {
                kept.add(bead);
            }
        }
        return new Result(kept, out);
    }

    private Optional<Reason> reasonToKeepOut(Bead bead, String source, String target) {
        if (bead.isOneSided() || source.isBlank() || target.isBlank()) {
            return keepOneSided ? Optional.empty() : Optional.of(Reason.ONE_SIDED);
        }
        if (!keepNumbersOnly && hasNoLetter(source) && hasNoLetter(target)) {
            return Optional.of(Reason.NUMBERS_ONLY);
        }
        if (skipIdentical && normalized(source).equals(normalized(target))) {
            return Optional.of(Reason.IDENTICAL);
        }
        if (confirmedOnly && !bead.isConfirmed()) {
            return Optional.of(Reason.UNCONFIRMED);
        }
        if (bead.confidence() < minConfidence) {
            return Optional.of(Reason.LOW_CONFIDENCE);
        }
        return Optional.empty();
    }

    private static boolean hasNoLetter(String s) {
        return s.codePoints().noneMatch(Character::isLetter);
    }

    /** Spaces of any kind count as one space: "Debian 11" and "Debian\u00A011" are the same text. */
    private static String normalized(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
