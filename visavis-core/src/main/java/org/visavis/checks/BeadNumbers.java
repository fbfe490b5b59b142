package org.visavis.checks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bead and sentence numbers as a person sees them: the editor numbers beads from 1, and so do
 * messages and every report, while findings hold 0-based indexes.
 *
 * <pre>{@code
 * BeadNumbers.shown(0);              // 1
 * BeadNumbers.list(List.of(0, 11));  // "1, 12"
 * }</pre>
 */
public final class BeadNumbers {
    private BeadNumbers() {
    }

    /** The number shown for a 0-based index. */
    public static int shown(int index) {
        return index + 1;
    }

    /** The numbers shown for 0-based indexes, comma-separated. */
    public static String list(List<Integer> indexes) {
        return indexes.stream().map(i -> String.valueOf(shown(i))).collect(Collectors.joining(", "));
    }
}
