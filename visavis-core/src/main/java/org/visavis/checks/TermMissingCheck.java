package org.visavis.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.visavis.model.Alignment;
import org.visavis.model.Side;
import org.visavis.terms.DeclaredGlossary;
import org.visavis.terms.GlossaryEntry;
import org.visavis.terms.GlossaryLookup;
import org.visavis.terms.Term;

/**
 * {@code term-missing}: a glossary source term occurs in a bead and none of its target terms
 * occurs in the bead's translation. Beads with one side empty are left to the aligner's review;
 * beads left in the source language to {@code untranslated} when it runs too (one error for the
 * bead, not one finding per glossary term in it).
 *
 * <pre>{@code
 * new TermMissingCheck(lookup).check(alignment);
 * // "paquet" in "Installer un paquet." / "Install a packet." → one finding
 * }</pre>
 */
public final class TermMissingCheck implements Check {
    public static final String ID = "term-missing";
    private final GlossaryLookup lookup;
    private final Optional<UntranslatedCheck> untranslated;

    public TermMissingCheck(GlossaryLookup lookup) {
        this(lookup, Optional.empty());
    }

    /** With {@code untranslated}: the beads it reports as left in the source language are its. */
    public TermMissingCheck(GlossaryLookup lookup, Optional<UntranslatedCheck> untranslated) {
        this.lookup = lookup;
        this.untranslated = untranslated;
    }

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
            Set<GlossaryEntry> reported = new LinkedHashSet<>();
            for (GlossaryLookup.EntryOccurrence hit : lookup.sourceTerms(source)) {
                GlossaryEntry entry = hit.entry();
                if (entry.targets().isEmpty() || reported.contains(entry)
                        || !lookup.targetTerms(entry, target).isEmpty()) {
                    continue;
                }
                if (reported.isEmpty() && untranslated.isPresent()
                        && untranslated.get().leftUntranslated(alignment, alignment.beads().get(b))) {
                    break; // asked once a bead, and only where a term is missing
                }
                reported.add(entry);
                String expected = String.join("” or “", entry.targets().stream().map(Term::text).toList());
                boolean declared = DeclaredGlossary.isDeclared(entry);
                String given = declared ? "the translation declares “" + expected + "” for “" + entry.source().text()
                        + "” (" + entry.note().substring(DeclaredGlossary.ORIGIN_PREFIX.length()) + ")"
                        : "the glossary gives “" + expected + "” for “" + entry.source().text() + "”";
                findings.add(Finding.builder(ID).severity(Severity.WARNING).side(Side.SOURCE)
                        .subject(entry.source().text()).context(source)
                        .message("“" + hit.occurrence().surface() + "” is not rendered as “" + expected + "”"
                                + (declared ? " (" + entry.note() + ")" : ""))
                        .reason(given + ", and this bead's translation has no form of " + (entry.targets().size() == 1
                                ? "it" : "any of them"))
                        .beads(List.of(b)).highlights(Set.of(hit.occurrence().surface())).build());
            }
        }
        return findings;
    }
}
