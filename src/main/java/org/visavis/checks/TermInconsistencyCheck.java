package org.visavis.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.visavis.lang.Tagger;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.terms.BilingualUnit;
import org.visavis.terms.Rendering;
import org.visavis.terms.RenderingDiscovery;
import org.visavis.terms.RenderingVariation;

/**
 * {@code term-inconsistency}, no glossary needed: source terms rendered in several ways, and
 * target terms standing for several source terms (found by {@link RenderingDiscovery}). A
 * multi-word term is a warning; a single word, more often a general word than a term, is info.
 *
 * <pre>{@code
 * new TermInconsistencyCheck(frTagger, enTagger, RenderingDiscovery.Options.DEFAULT).check(alignment);
 * // "luttes revendicatives" → "struggles over immediate demands" (beads 3, 9), "wage struggles" (12, 20)
 * }</pre>
 */
public final class TermInconsistencyCheck implements Check {
    public static final String ID = "term-inconsistency";

    private final Tagger sourceTagger;
    private final Tagger targetTagger;
    private final RenderingDiscovery.Options options;

    public TermInconsistencyCheck(Tagger sourceTagger, Tagger targetTagger, RenderingDiscovery.Options options) {
        this.sourceTagger = sourceTagger;
        this.targetTagger = targetTagger;
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Alignment alignment) {
        List<BilingualUnit> forward = new ArrayList<>();
        List<BilingualUnit> backward = new ArrayList<>();
        List<Bead> beads = alignment.beads();
        for (int b = 0; b < beads.size(); b++) {
            Bead bead = beads.get(b);
            if (bead.isOneSided()) {
                continue;
            }
            String source = alignment.sourceText(bead);
            String target = alignment.targetText(bead);
            forward.add(new BilingualUnit(b, source, target));
            backward.add(new BilingualUnit(b, target, source));
        }
        List<Finding> findings = new ArrayList<>();
        for (RenderingVariation v : new RenderingDiscovery(sourceTagger, targetTagger, options).discover(forward)) {
            findings.add(finding(v, Finding.Side.SOURCE, "is rendered %d ways: "));
        }
        for (RenderingVariation v : new RenderingDiscovery(targetTagger, sourceTagger, options).discover(backward)) {
            findings.add(finding(v, Finding.Side.TARGET, "stands for %d source terms: "));
        }
        return findings;
    }

    private static Finding finding(RenderingVariation v, Finding.Side side, String phrasing) {
        Map<String, List<Integer>> renderings = new LinkedHashMap<>();
        Set<String> highlights = new LinkedHashSet<>(v.forms());
        List<Integer> beads = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Rendering r : v.renderings()) {
            renderings.merge(r.text(), r.units(), (a, b) -> {
                List<Integer> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
            highlights.addAll(r.forms());
            beads.addAll(r.units());
            parts.add("“" + r.text() + "” (" + r.units().size() + (r.units().size() == 1 ? " bead)" : " beads)"));
        }
        String message = "“" + v.term() + "” " + String.format(java.util.Locale.ROOT, phrasing, v.renderings().size())
                + String.join(", ", parts);
        Severity severity = v.key().contains(" ") ? Severity.WARNING : Severity.INFO;
        return Finding.builder(ID).severity(severity).side(side).subject(v.term()).message(message).beads(beads)
                .renderings(renderings).highlights(highlights).build();
    }
}
