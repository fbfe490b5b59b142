package org.visavis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A benchmark bitext with gaps planted into it, to see whether the aligner's one-sided beads are
 * confident only when they should be. Two kinds, on runs of one to three consecutive gold 1-1
 * beads spread over the text:
 * <ul>
 * <li><b>omissions</b>: the target sentences of a run are deleted (or, as often, the source
 * ones); their counterparts now have none, and the gold says so with one one-sided bead for the
 * run, as the novels' gold gives an omitted passage ({@code []:[811,...,818]} in Alice);
 * <li><b>moves</b>: the target sentences of a run are moved 15 to 60 sentences further on, as a
 * page-layout mix-up in a PDF does; their gold pairs are kept, so leaving such a sentence
 * unpaired is a miss and a confident one-sided bead over it a confidence that lies.
 * </ul>
 * The same seed plants the same gaps. {@code planted(source, target, gold, 10, 5, seed)} gives the
 * new sentences and gold, and which gold beads are planted omissions and moves.
 */
public record PlantedGaps(List<String> source, List<String> target, List<BeadIndexes> gold,
        Set<BeadIndexes> omitted, Set<BeadIndexes> moved) {

    private static final int LONGEST_RUN = 3;
    private static final int NEAREST_MOVE = 15;
    private static final int FARTHEST_MOVE = 60;

    public PlantedGaps {
        source = List.copyOf(source);
        target = List.copyOf(target);
        gold = List.copyOf(gold);
        omitted = Set.copyOf(omitted);
        moved = Set.copyOf(moved);
    }

    /**
     * Plants {@code omissions} omissions (alternately of target and of source sentences) and
     * {@code moves} moves of target sentences into a bitext whose gold beads are in document order.
     */
    public static PlantedGaps planted(List<String> source, List<String> target, List<BeadIndexes> gold,
            int omissions, int moves, long seed) {
        Random random = new Random(seed);
        int plants = omissions + moves;
        Set<Integer> dropSource = new HashSet<>();
        Set<Integer> dropTarget = new HashSet<>();
        // Where each moved target run goes: after which original target sentence.
        Map<Integer, List<Integer>> movedAfter = new HashMap<>();
        Set<Integer> movedTargets = new HashSet<>();
        Set<BeadIndexes> movedGold = new HashSet<>();
        // The gold beads of each planted omission, by the first of its run.
        Map<Integer, Integer> omittedGold = new HashMap<>();
        int segment = plants == 0 ? gold.size() : gold.size() / plants;
        for (int p = 0; p < plants && segment > 4 * LONGEST_RUN; p++) {
            int from = p * segment + random.nextInt(segment / 2);
            int run = 1 + random.nextInt(LONGEST_RUN);
            if (!oneToOneRun(gold, from, run)) {
                continue;
            }
            if (p < omissions) {
                boolean ofTarget = p % 2 == 0;
                for (int g = from; g < from + run; g++) {
                    (ofTarget ? dropTarget : dropSource).add((ofTarget ? gold.get(g).target() : gold.get(g).source()).get(0));
                    omittedGold.put(g, from);
                }
            } else {
                int end = Math.min(gold.size(), (p + 1) * segment);
                int farthest = Math.min(FARTHEST_MOVE, end - 1 - from - run);
                if (farthest <= NEAREST_MOVE) {
                    continue;
                }
                BeadIndexes after = gold.get(from + run + NEAREST_MOVE + random.nextInt(farthest - NEAREST_MOVE));
                if (after.target().isEmpty()) {
                    continue;
                }
                List<Integer> run0 = new ArrayList<>();
                for (int g = from; g < from + run; g++) {
                    run0.add(gold.get(g).target().get(0));
                    movedGold.add(gold.get(g));
                }
                movedTargets.addAll(run0);
                movedAfter.put(after.target().get(after.target().size() - 1), run0);
            }
        }
        List<Integer> sourceOrder = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (!dropSource.contains(i)) {
                sourceOrder.add(i);
            }
        }
        List<Integer> targetOrder = new ArrayList<>();
        for (int j = 0; j < target.size(); j++) {
            if (!dropTarget.contains(j) && !movedTargets.contains(j)) {
                targetOrder.add(j);
            }
            targetOrder.addAll(movedAfter.getOrDefault(j, List.of()));
        }
        Map<Integer, Integer> newSource = positions(sourceOrder);
        Map<Integer, Integer> newTarget = positions(targetOrder);
        List<BeadIndexes> newGold = new ArrayList<>();
        Set<BeadIndexes> omitted = new HashSet<>();
        Set<BeadIndexes> moved = new HashSet<>();
        for (int g = 0; g < gold.size(); g++) {
            BeadIndexes b = gold.get(g);
            BeadIndexes renumbered = new BeadIndexes(renumber(b.source(), newSource), renumber(b.target(), newTarget));
            if (renumbered.empty()) {
                continue;
            }
            Integer run = omittedGold.get(g);
            if (run != null && g > run) {
                // The rest of a planted run: one omission, one bead with the run's first sentences.
                BeadIndexes first = newGold.remove(newGold.size() - 1);
                omitted.remove(first);
                renumbered = new BeadIndexes(concat(first.source(), renumbered.source()),
                        concat(first.target(), renumbered.target()));
            }
            newGold.add(renumbered);
            if (run != null) {
                omitted.add(renumbered);
            } else if (movedGold.contains(b)) {
                moved.add(renumbered);
            }
        }
        return new PlantedGaps(pick(source, sourceOrder), pick(target, targetOrder), newGold, omitted, moved);
    }

    private static boolean oneToOneRun(List<BeadIndexes> gold, int from, int run) {
        if (from + run > gold.size()) {
            return false;
        }
        for (int g = from; g < from + run; g++) {
            BeadIndexes b = gold.get(g);
            if (b.source().size() != 1 || b.target().size() != 1
                    || (g > from && b.target().get(0) != gold.get(g - 1).target().get(0) + 1)) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Map<Integer, Integer> positions(List<Integer> order) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int x = 0; x < order.size(); x++) {
            out.put(order.get(x), x);
        }
        return out;
    }

    private static List<Integer> renumber(List<Integer> indexes, Map<Integer, Integer> positions) {
        List<Integer> out = new ArrayList<>();
        for (int x : indexes) {
            Integer p = positions.get(x);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> pick(List<String> sentences, List<Integer> order) {
        List<String> out = new ArrayList<>(order.size());
        for (int x : order) {
            out.add(sentences.get(x));
        }
        return out;
    }
}
