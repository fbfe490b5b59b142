package org.visavis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.Side;

/**
 * {@code segment-inconsistency}: the same source sentence translated differently in different
 * beads, and the reverse, the same translation given to different source sentences. Sentences of
 * fewer than {@value #MIN_WORDS} words are left out ("Note", "Voir aussi" are rendered by
 * context), and renderings that differ only in case or punctuation count as one.
 *
 * <pre>{@code
 * new SegmentInconsistencyCheck().check(alignment);
 * }</pre>
 */
public final class SegmentInconsistencyCheck implements Check {
    public static final String ID = "segment-inconsistency";
    static final int MIN_WORDS = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Alignment alignment) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(compare(alignment, alignment::sourceText, alignment::targetText, Side.SOURCE,
                "is translated"));
        findings.addAll(compare(alignment, alignment::targetText, alignment::sourceText, Side.TARGET,
                "translates"));
        return findings;
    }

    private static List<Finding> compare(Alignment alignment, Function<Bead, String> key, Function<Bead, String> value,
                                         Side side, String verb) {
        Map<String, Map<String, List<Integer>>> groups = new LinkedHashMap<>();
        Map<String, Map<String, String>> shown = new LinkedHashMap<>();
        List<Bead> beads = alignment.beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isOneSided()) {
                continue;
            }
            String k = key.apply(bead).strip().replaceAll("\\s+", " ");
            if (words(k) < MIN_WORDS) {
                continue;
            }
            String v = value.apply(bead).strip().replaceAll("\\s+", " ");
            String normalised = v.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
            if (normalised.equals(k.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip())) {
                continue; // a pair left untranslated is the untranslated check's business
            }
            groups.computeIfAbsent(k, x -> new LinkedHashMap<>()).computeIfAbsent(normalised, x -> new ArrayList<>()).add(b);
            shown.computeIfAbsent(k, x -> new LinkedHashMap<>()).putIfAbsent(normalised, v);
        }
        List<Finding> findings = new ArrayList<>();
        for (var g : groups.entrySet()) {
            if (g.getValue().size() < 2) {
                continue;
            }
            Map<String, List<Integer>> renderings = new LinkedHashMap<>();
            List<Integer> all = new ArrayList<>();
            g.getValue().forEach((normalised, where) -> {
                renderings.put(shown.get(g.getKey()).get(normalised), where);
                all.addAll(where);
            });
            String message = "the same sentence " + verb + " " + renderings.size() + " ways in beads "
                    + BeadNumbers.list(all);
            findings.add(Finding.builder(ID).severity(Severity.WARNING).side(side).subject(g.getKey()).message(message)
                    .beads(all).renderings(renderings)
                    .reason("a sentence of " + MIN_WORDS + " words or more repeats with a different "
                            + (side == Side.SOURCE ? "translation" : "source"))
                    .build());
        }
        return findings;
    }

    private static int words(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }
}
