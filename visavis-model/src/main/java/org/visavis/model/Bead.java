package org.visavis.model;

import java.util.List;
import java.util.Objects;

/**
 * An alignment unit: consecutive source sentences paired with consecutive target sentences
 * (0-based indexes), a confidence in [0, 1] and a review status. {@code [2,3]:[2]} is a 2-1 bead.
 */
public record Bead(List<Integer> source, List<Integer> target, double confidence, BeadStatus status) {
    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(status, "status");
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one sentence");
        }
        checkConsecutive(source);
        checkConsecutive(target);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }

    public static Bead auto(List<Integer> source, List<Integer> target, double confidence) {
        return new Bead(source, target, confidence, BeadStatus.AUTO);
    }

    private static void checkConsecutive(List<Integer> indexes) {
        for (int i = 1; i < indexes.size(); i++) {
            if (indexes.get(i) != indexes.get(i - 1) + 1) {
                throw new IllegalArgumentException("bead sentences must be consecutive: " + indexes);
            }
        }
    }

    /** How many sentences each side holds; its {@code toString()} is "1-1", "2-1", "1-0", ... */
    public BeadShape shape() {
        return new BeadShape(source.size(), target.size());
    }

    public boolean isOneSided() {
        return source.isEmpty() || target.isEmpty();
    }

    public boolean isConfirmed() {
        return status == BeadStatus.CONFIRMED;
    }

    public Bead withStatus(BeadStatus newStatus) {
        return new Bead(source, target, confidence, newStatus);
    }

    /** The benchmark notation: {@code [2,3]:[2]}. */
    public String notation() {
        return format(source) + ":" + format(target);
    }

    private static String format(List<Integer> indexes) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < indexes.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(indexes.get(i));
        }
        return sb.append(']').toString();
    }
}
