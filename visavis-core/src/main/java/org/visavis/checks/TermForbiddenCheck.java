package org.visavis.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;
import org.visavis.terms.GlossaryEntry;
import org.visavis.terms.GlossaryLookup;
import org.visavis.terms.Term;
import org.visavis.terms.TermOccurrence;

/**
 * {@code term-forbidden}: a rendering the glossary forbids occurs in a translation, e.g. "wage
 * struggles" where the glossary says "luttes revendicatives" is "struggles over immediate
 * demands" and forbids "wage struggles".
 *
 * A translation alone can be checked: findings then point at its sentences.
 *
 * <pre>{@code
 * new TermForbiddenCheck(lookup).onTarget().check(alignment);
 * new TermForbiddenCheck(lookup).check(englishDocument);
 * }</pre>
 */
public final class TermForbiddenCheck implements MonolingualCheck {
    public static final String ID = "term-forbidden";
    private final GlossaryLookup lookup;

    public TermForbiddenCheck(GlossaryLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(SegmentedDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < document.size(); i++) {
            String target = document.segments().get(i).text();
            Set<String> reported = new LinkedHashSet<>();
            for (GlossaryEntry entry : lookup.glossary().entries()) {
                for (TermOccurrence o : lookup.forbiddenTerms(entry, target)) {
                    if (!reported.add(o.surface().toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    String expected = entry.targets().isEmpty() ? ""
                            : "; use “" + String.join("” or “", entry.targets().stream().map(Term::text).toList()) + "”";
                    findings.add(Finding.builder(ID).severity(Severity.ERROR).side(Side.TARGET)
                            .subject(o.surface()).context(target)
                            .message("“" + o.surface() + "” is a forbidden rendering of “" + entry.source().text() + "”"
                                    + expected)
                            .beads(List.of(i)).highlights(Set.of(o.surface())).build());
                }
            }
        }
        return findings;
    }
}
