package org.visavis.terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sentence the text repeats (a heading and its entry in the table of contents, a note given
 * twice) is one witness of how the text renders a term, however often it stands: its renderings
 * are counted once. Otherwise a rendering only the aligner gives a heading ("bénévoles" for
 * "support" in "Volunteer based support", twice) is "rendered elsewhere" by its own copy, and a
 * repeated rewording passes for a second usage. Sentences are the same when they read the same
 * but for case, spacing and a leading section number ("22.1.").
 */
final class RepeatedSentences {

    private RepeatedSentences() {
    }

    /**
     * The occurrences, less those whose unit's source repeats an earlier one's with the same
     * rendering spotted (a unit counts itself once, so its own pick is still taken out of the count).
     */
    static List<Occurrence> once(List<Occurrence> occurrences) {
        Set<String> seen = new HashSet<>();
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (seen.add(normalised(o.unit().from().text()) + "\t" + new TreeSet<>(o.spottedStems()))) {
                out.add(o);
            }
        }
        return out;
    }

    /** The text as compared: lower case, spaces collapsed, no leading section number. */
    static String normalised(String text) {
        return text.strip().replaceFirst("^(\\p{Alnum}{1,3}\\.)+(\\d+\\.?)?\\s+", "")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
