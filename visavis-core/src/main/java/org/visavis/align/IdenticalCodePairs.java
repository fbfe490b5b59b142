package org.visavis.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;

/**
 * Code blocks that are the same on both sides ({@link org.visavis.model.ParagraphKind#CODE}: a
 * command, a listing a translation copies as it is) pair 1-1 before the sentences around them are
 * aligned: a block that occurs once in each document, in the order of both (the longest such
 * sequence), and not across a bead a person fixed. Blocks that repeat ("$ make") are left to the
 * aligner, which sees them as any other sentence.
 *
 * <pre>{@code
 * IdenticalCodePairs.find(fr, en, List.of());  // [Bead [12]:[11] at 1.0, ...]
 * }</pre>
 */
final class IdenticalCodePairs {
    private IdenticalCodePairs() {
    }

    static List<Bead> find(SegmentedDocument source, SegmentedDocument target, List<Bead> fixed) {
        Map<String, Integer> sourceOnce = onceEach(source);
        if (sourceOnce.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> targetOnce = onceEach(target);
        List<int[]> pairs = new ArrayList<>();
        sourceOnce.forEach((text, i) -> {
            Integer j = targetOnce.get(text);
            if (j != null && !crossesOrOverlaps(i, j, fixed)) {
                pairs.add(new int[] {i, j});
            }
        });
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Bead> beads = new ArrayList<>();
        for (int[] p : longestIncreasing(pairs)) {
            beads.add(Bead.auto(List.of(p[0]), List.of(p[1]), 1.0));
        }
        return beads;
    }

    /** The code segments whose text occurs once in the document, by text. */
    private static Map<String, Integer> onceEach(SegmentedDocument doc) {
        Map<String, Integer> once = new HashMap<>();
        Map<String, Boolean> repeated = new HashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            if (!doc.paragraphs().get(doc.segments().get(i).paragraph()).isCode()) {
                continue;
            }
            String text = doc.segments().get(i).text();
            if (once.putIfAbsent(text, i) != null) {
                repeated.put(text, true);
            }
        }
        repeated.keySet().forEach(once::remove);
        return once;
    }

    private static boolean crossesOrOverlaps(int i, int j, List<Bead> fixed) {
        for (Bead b : fixed) {
            boolean sourceBefore = b.source().isEmpty() || i < b.source().get(0);
            boolean sourceAfter = b.source().isEmpty() || i > b.source().get(b.source().size() - 1);
            boolean targetBefore = b.target().isEmpty() || j < b.target().get(0);
            boolean targetAfter = b.target().isEmpty() || j > b.target().get(b.target().size() - 1);
            if (b.source().contains(i) || b.target().contains(j)
                    || !(sourceBefore && targetBefore || sourceAfter && targetAfter)) {
                return true;
            }
        }
        return false;
    }

    /** The longest subsequence of pairs (sorted by source) whose targets increase too. */
    private static List<int[]> longestIncreasing(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int target = pairs.get(k)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < target) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            length = Math.max(length, lo + 1);
        }
        int[][] out = new int[length][];
        for (int k = length == 0 ? -1 : tails[length - 1], at = length - 1; k >= 0; k = previous[k], at--) {
            out[at] = pairs.get(k);
        }
        return Arrays.asList(out);
    }
}
