package org.visavis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.SegmentedDocument;

/**
 * A check that needs one text only (spelling variants, grammar): it runs on a document alone,
 * where findings point at sentence indexes, and on the target side of an alignment through
 * {@link #onTarget()}, where they point at beads.
 *
 * <pre>{@code
 * new SpellingVariantCheck(tagger).check(document);          // sentence indexes
 * new SpellingVariantCheck(tagger).onTarget().check(alignment); // bead indexes
 * }</pre>
 */
public interface MonolingualCheck {
    String id();

    List<Finding> check(SegmentedDocument document);

    /** This check run on the target document of an alignment, its sentence indexes turned into bead indexes. */
    default Check onTarget() {
        MonolingualCheck self = this;
        return new Check() {
            @Override
            public String id() {
                return self.id();
            }

            @Override
            public List<Finding> check(Alignment alignment) {
                int[] beadOf = beadOfTargetSentence(alignment);
                List<Finding> result = new ArrayList<>();
                for (Finding f : self.check(alignment.target())) {
                    Map<String, List<Integer>> renderings = new LinkedHashMap<>();
                    f.renderings().forEach((k, v) -> renderings.put(k, v.stream().map(j -> beadOf[j]).toList()));
                    result.add(f.toBuilder().beads(f.beads().stream().map(j -> beadOf[j]).toList())
                            .contextBeads(f.contextBeads().stream().map(j -> beadOf[j]).toList())
                            .renderings(renderings).build());
                }
                return result;
            }
        };
    }

    /** For each sentence of the alignment's target document, the index of the bead that holds it. */
    static int[] beadOfTargetSentence(Alignment alignment) {
        int[] beadOf = new int[alignment.target().size()];
        List<Bead> beads = alignment.beads();
        for (int b = 0; b < beads.size(); b++) {
            for (int j : beads.get(b).target()) {
                beadOf[j] = b;
            }
        }
        return beadOf;
    }
}
