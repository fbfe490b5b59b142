package org.visavis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.visavis.model.Bead;

/**
 * Strict and lax precision, recall and F1 of output beads against gold beads, micro-averaged over
 * files, as the Text+Berg evaluations define them (Bleualign, Vecalign, Bertalign): precision over
 * every output bead, 1-0 and 0-1 included; recall the same with gold and output swapped and the
 * one-sided beads dropped from both; a lax hit shares a source and a target sentence with one
 * gold bead. {@code StrictLaxScore.of(List.of(new Pair(gold, out))).format()} gives {@code
 * f1_strict=0.912 f1_lax=0.981 p_strict=... r_strict=... p_lax=... r_lax=...}.
 */
public record StrictLaxScore(long precisionStrictHits, long precisionLaxHits, long precisionTotal,
        long recallStrictHits, long recallLaxHits, long recallTotal) {

    /** Gold and output beads of one file. */
    public record Pair(List<BeadIndexes> gold, List<BeadIndexes> output) {
    }

    public static StrictLaxScore of(List<Pair> files) {
        long[] sum = new long[6];
        for (Pair f : files) {
            Set<BeadIndexes> gold = keys(f.gold(), false);
            Set<BeadIndexes> out = keys(f.output(), false);
            long[] p = counts(gold, out);
            long[] r = counts(keys(f.output(), true), keys(f.gold(), true));
            sum[0] += p[0];
            sum[1] += p[1];
            sum[2] += p[2];
            sum[3] += r[0];
            sum[4] += r[1];
            sum[5] += r[2];
        }
        return new StrictLaxScore(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
    }

    /** Whether one output bead is a strict hit against the gold beads. */
    public static boolean strictHit(Bead output, List<BeadIndexes> gold) {
        return keys(gold, false).contains(BeadIndexes.of(output));
    }

    /**
     * Whether each sentence of a one-sided output bead is unpaired in the gold too, alone or in a
     * run of unpaired sentences the gold keeps as one bead ({@code [825,826,827,828]:[]}).
     */
    public static boolean unpairedInGold(Bead output, List<BeadIndexes> gold) {
        if (!output.isOneSided()) {
            return false;
        }
        boolean fromSource = !output.source().isEmpty();
        Set<Integer> unpaired = new HashSet<>();
        for (BeadIndexes g : gold) {
            if (fromSource && g.target().isEmpty()) {
                unpaired.addAll(g.source());
            } else if (!fromSource && g.source().isEmpty()) {
                unpaired.addAll(g.target());
            }
        }
        return unpaired.containsAll(fromSource ? output.source() : output.target());
    }

    private static Set<BeadIndexes> keys(List<BeadIndexes> beads, boolean dropOneSided) {
        Set<BeadIndexes> out = new LinkedHashSet<>();
        for (BeadIndexes k : beads) {
            if (!k.empty() && (!dropOneSided || !k.oneSided())) {
                out.add(k);
            }
        }
        return out;
    }

    /** Strict hits, lax hits, total: of {@code test} beads against {@code gold}. */
    private static long[] counts(Set<BeadIndexes> gold, Set<BeadIndexes> test) {
        Map<Integer, Set<Integer>> links = new HashMap<>();
        for (BeadIndexes g : gold) {
            for (int s : g.source()) {
                links.computeIfAbsent(s, x -> new HashSet<>()).addAll(g.target());
            }
        }
        long strict = 0;
        long lax = 0;
        for (BeadIndexes t : test) {
            if (gold.contains(t)) {
                strict++;
                lax++;
                continue;
            }
            boolean hit = false;
            for (int s : t.source()) {
                Set<Integer> reach = links.get(s);
                if (reach != null) {
                    for (int j : t.target()) {
                        hit |= reach.contains(j);
                    }
                }
            }
            if (hit) {
                lax++;
            }
        }
        return new long[] {strict, lax, test.size()};
    }

    public double precisionStrict() {
        return ratio(precisionStrictHits, precisionTotal);
    }

    public double precisionLax() {
        return ratio(precisionLaxHits, precisionTotal);
    }

    public double recallStrict() {
        return ratio(recallStrictHits, recallTotal);
    }

    public double recallLax() {
        return ratio(recallLaxHits, recallTotal);
    }

    public double f1Strict() {
        return f1(precisionStrict(), recallStrict());
    }

    public double f1Lax() {
        return f1(precisionLax(), recallLax());
    }

    /** The eval line: {@code f1_strict=0.912 f1_lax=0.981 p_strict=... r_strict=... p_lax=... r_lax=...}. */
    public String format() {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "f1_strict=%.3f", f1Strict()));
        parts.add(String.format(Locale.ROOT, "f1_lax=%.3f", f1Lax()));
        parts.add(String.format(Locale.ROOT, "p_strict=%.3f", precisionStrict()));
        parts.add(String.format(Locale.ROOT, "r_strict=%.3f", recallStrict()));
        parts.add(String.format(Locale.ROOT, "p_lax=%.3f", precisionLax()));
        parts.add(String.format(Locale.ROOT, "r_lax=%.3f", recallLax()));
        return String.join(" ", parts);
    }

    private static double ratio(long a, long total) {
        return total == 0 ? 0 : (double) a / total;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
