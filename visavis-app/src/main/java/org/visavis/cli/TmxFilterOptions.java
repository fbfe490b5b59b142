package org.visavis.cli;

import java.util.Locale;
import java.util.StringJoiner;
import org.visavis.export.TmxUnitFilter;
import picocli.CommandLine.Option;

/**
 * The options of {@code align} and {@code export} that choose which beads become TMX units, and
 * the summary line saying what they kept out:
 * {@code tmx units: 590 written; kept out: 2 one-sided, 14 identical on both sides}.
 */
final class TmxFilterOptions {

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "TMX: leave out beads whose confidence is below C (0 to 1; default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--confirmed-only", description = "TMX: only the beads a person confirmed.")
    boolean confirmedOnly;

    @Option(names = "--skip-identical", description = "TMX: leave out beads whose two sides are the same text (untranslated).")
    boolean skipIdentical;

    @Option(names = "--keep-numbers-only", description = "TMX: keep beads without a letter on either side "
            + "(\"1.3.1\", \"42 %%\"), left out by default.")
    boolean keepNumbersOnly;

    TmxUnitFilter filter(boolean keepOneSided) {
        return new TmxUnitFilter(keepOneSided, keepNumbersOnly, skipIdentical, confirmedOnly, minConfidence);
    }

    /** "tmx units: 590 written; kept out: 2 one-sided, 3 numbers only" (reasons in the filter's order). */
    static String summary(TmxUnitFilter.Result result, TmxUnitFilter filter) {
        StringJoiner out = new StringJoiner(", ");
        for (TmxUnitFilter.Reason reason : TmxUnitFilter.Reason.values()) {
            Integer n = result.keptOut().get(reason);
            if (n != null) {
                String words = reason == TmxUnitFilter.Reason.LOW_CONFIDENCE
                        ? String.format(Locale.ROOT, "below confidence %.2f", filter.minConfidence()) : reason.words();
                out.add(n + " " + words);
            }
        }
        return "tmx units: " + result.kept().size() + " written" + (result.keptOutTotal() == 0 ? ""
                : "; kept out: " + out);
    }
}
