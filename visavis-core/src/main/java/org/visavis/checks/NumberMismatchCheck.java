package org.visavis.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.visavis.model.Alignment;
import org.visavis.model.Side;

/**
 * {@code number-mismatch}: a number of the source is missing from the translation, or the
 * translation has a number the source has not. Numbers are compared by value whatever the
 * separators ("31 000" = "31,000" = "31000", "3,5" = "3.5"); versions and dates compare as
 * written ("2.6.32"). Numbers below 10 written alone are left out, since languages write them in
 * words as often as in figures.
 *
 * <pre>{@code
 * new NumberMismatchCheck().check(alignment);
 * // "plus de 31 000 paquets" / "over 13,000 packages" → 31000 missing, 13000 added
 * }</pre>
 */
public final class NumberMismatchCheck implements Check {
    public static final String ID = "number-mismatch";

    // digits with inner groups: "31 000", "31,000", "3,5", "2.6.32", "1 234 567,89"
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])\\d+(?:(?:[.,]|[ \\u00A0\\u202F](?=\\d{3}(?!\\d)))\\d+)*(?![\\p{N}])");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Alignment alignment) {
        List<Finding> findings = new ArrayList<>();
        for (PairedBead pair : PairedBead.of(alignment)) {
            int b = pair.index();
            String source = pair.source();
            String target = pair.target();
            Map<String, List<String>> sourceNumbers = numbers(source);
            Map<String, List<String>> targetNumbers = numbers(target);
            Set<String> missing = difference(sourceNumbers, targetNumbers);
            Set<String> added = difference(targetNumbers, sourceNumbers);
            if (missing.isEmpty() && added.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            Set<String> highlights = new LinkedHashSet<>();
            if (!missing.isEmpty()) {
                parts.add("missing from the translation: " + String.join(", ", missing));
                highlights.addAll(missing);
            }
            if (!added.isEmpty()) {
                parts.add("not in the source: " + String.join(", ", added));
                highlights.addAll(added);
            }
            findings.add(Finding.builder(ID).severity(Severity.WARNING).side(Side.SOURCE)
                    .subject(String.join(" ", highlights)).context(source)
                    .message("numbers differ: " + String.join("; ", parts)).beads(List.of(b)).highlights(highlights)
                    .build());
        }
        return findings;
    }

    /** The numbers of one side as written, keyed by every value they may stand for. */
    static Map<String, List<String>> numbers(String text) {
        Map<String, List<String>> byValue = new HashMap<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String written = m.group();
            String digits = written.replaceAll("[^0-9]", "");
            if (digits.length() == 1 && written.length() == 1) {
                continue;
            }
            for (String value : values(written)) {
                byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(written);
            }
        }
        return byValue;
    }

    /** "3,5" may be 3.5 (French) or 35 (English thousands): both values, so that neither reading alarms. */
    private static Set<String> values(String written) {
        Set<String> values = new LinkedHashSet<>();
        String compact = written.replaceAll("[ \\u00A0\\u202F]", "");
        values.add(compact.replaceAll("[.,]", ""));                       // separators as thousands
        int last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
        if (last >= 0) {
            String whole = compact.substring(0, last).replaceAll("[.,]", "");
            values.add(whole + "." + compact.substring(last + 1));          // last separator as decimal mark
        }
        return values;
    }

    private static Set<String> difference(Map<String, List<String>> a, Map<String, List<String>> b) {
        Set<String> result = new LinkedHashSet<>();
        for (var e : a.entrySet()) {
            boolean matched = false;
            for (String written : e.getValue()) {
                for (String value : values(written)) {
                    if (b.containsKey(value)) {
                        matched = true;
                    }
                }
            }
            if (!matched) {
                result.addAll(e.getValue());
            }
        }
        return result;
    }
}
