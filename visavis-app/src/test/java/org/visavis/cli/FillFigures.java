package org.visavis.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a document a CAT tool filled from our TMX: of its segments for which the TMX has a
 * unit, those filled with that unit's translation, counted apart for segments with tags (inline
 * codes) and without; the missed ones as the tool showed them.
 */
record FillFigures(int tagged, int taggedFilled, int plain, int plainFilled, List<String> missed) {

    int units() {
        return tagged + plain;
    }

    int filled() {
        return taggedFilled + plainFilled;
    }

    double share() {
        return units() == 0 ? 0 : (double) filled() / units();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d of %d segments with a unit filled (%.1f%%): with tags %d of %d, "
                + "without %d of %d", filled(), units(), 100 * share(), taggedFilled, tagged, plainFilled, plain);
    }

    /** Counts segments one by one. */
    static final class Count {
        private int tagged;
        private int taggedFilled;
        private int plain;
        private int plainFilled;
        private final List<String> missed = new ArrayList<>();

        /** One segment with a unit: whether it has tags, whether the tool filled it, and how it shows it. */
        void add(boolean hasTags, boolean filled, String shown) {
            if (hasTags) {
                tagged++;
                taggedFilled += filled ? 1 : 0;
            } else {
                plain++;
                plainFilled += filled ? 1 : 0;
            }
            if (!filled) {
                missed.add(shown);
            }
        }

        FillFigures figures() {
            return new FillFigures(tagged, taggedFilled, plain, plainFilled, List.copyOf(missed));
        }
    }
}
