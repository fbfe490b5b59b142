package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.visavis.lang.LanguageToolTagger;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.terms.RenderingDiscovery;

class TermInconsistencyCheckTest {
    private static final List<String[]> PAIRS = SentencePairs.read("free-software-pairs.tsv");

    private static List<Finding> check(Alignment a) {
        return new TermInconsistencyCheck(LanguageToolTagger.forLanguage(Language.of("fr")),
                LanguageToolTagger.forLanguage(Language.of("en")), RenderingDiscovery.Options.DEFAULT).check(a);
    }

    /** The translation as published: "logiciel libre" is always "free software". */
    @Test
    void consistentTranslationGivesNoFinding() {
        assertThat(check(SentencePairs.alignment(PAIRS))).isEmpty();
    }

    /**
     * Two beads where "free software" is replaced by another rendering, as a careless translator
     * might: one with no word in common, one sharing a word with the main rendering (as "wage
     * struggles" shares one with "struggles over immediate demands").
     */
    @ParameterizedTest
    @ValueSource(strings = {"open source software", "open software"})
    void plantedRenderingIsFoundWithItsBeads(String rendering) {
        List<String[]> planted = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        for (String[] p : PAIRS) {
            String en = p[1];
            if (changed.size() < 2 && p[0].contains("logiciels libres") && en.contains("free software")) {
                changed.add(planted.size());
                en = en.replace("free software", rendering);
            }
            planted.add(new String[] {p[0], en});
        }
        assertThat(changed).hasSize(2);

        List<Finding> findings = check(SentencePairs.alignment(planted));

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.check()).isEqualTo("term-inconsistency");
        assertThat(f.side()).isEqualTo(Finding.Side.SOURCE);
        assertThat(f.subject()).startsWith("logiciel");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.renderings()).containsEntry(rendering, changed);
        assertThat(f.renderings().keySet()).anyMatch(r -> r.equalsIgnoreCase("free software"));
        assertThat(f.message()).contains(rendering).contains("2 beads");
    }

    /** One stray rendering is not enough evidence: a single bead could be a rewording. */
    @Test
    void singleStrayRenderingIsNotReported() {
        List<String[]> planted = new ArrayList<>();
        boolean done = false;
        for (String[] p : PAIRS) {
            String en = p[1];
            if (!done && p[0].contains("logiciels libres") && en.contains("free software")) {
                en = en.replace("free software", "open source software");
                done = true;
            }
            planted.add(new String[] {p[0], en});
        }
        assertThat(check(SentencePairs.alignment(planted))).isEmpty();
    }
}
