package org.visavis.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visavis.model.Language;
import org.visavis.model.Side;
import org.visavis.project.ProjectException;
import org.visavis.terms.Glossary;
import org.visavis.terms.GlossaryEntry;
import org.visavis.terms.Term;

class AcceptedRenderingsTest {
    @TempDir
    Path dir;

    /** "luttes revendicatives" rendered three ways, the usual one in beads 12 and 40. */
    private static Finding threeWays() {
        Map<String, List<Integer>> renderings = new LinkedHashMap<>();
        renderings.put("struggles over immediate demands", List.of(12, 40, 41));
        renderings.put("wage struggles", List.of(77));
        renderings.put("economic struggles", List.of(90, 91));
        return Finding.builder(TermInconsistencyCheck.ID).severity(Severity.WARNING).subject("luttes revendicatives")
                .message("“luttes revendicatives” is rendered 3 ways").beads(List.of(77, 90, 91))
                .contextBeads(List.of(12, 40, 41)).renderings(renderings)
                .highlights(Set.of("luttes revendicatives", "wage struggles")).build();
    }

    @Test
    void theUsualRenderingIsTheOneMostBeadsUse() {
        assertThat(AcceptedRenderings.dominant(threeWays())).contains("struggles over immediate demands");
    }

    @Test
    void anAcceptedVariantNoLongerCountsAndTheOtherDeviationsStay() {
        Finding f = threeWays();
        List<Finding> left = AcceptedRenderings.NONE.with(f, "Wage Struggles").apply(List.of(f));
        assertThat(left).singleElement().satisfies(x -> {
            assertThat(x.beads()).containsExactly(90, 91);
            assertThat(x.renderings()).containsOnlyKeys("struggles over immediate demands", "economic struggles");
            assertThat(x.contextBeads()).contains(77);
            assertThat(x.message()).contains("accepted as variants: “wage struggles”").contains("2 ways");
        });
        AcceptedRenderings both = AcceptedRenderings.NONE.with(f, "wage struggles").with(f, "economic struggles");
        assertThat(both.apply(List.of(f))).as("no deviation left").isEmpty();
    }

    @Test
    void otherChecksAndOtherTermsAreLeftAlone() {
        Finding f = threeWays();
        Finding missing = Finding.builder("term-missing").severity(Severity.WARNING).side(Side.SOURCE)
                .subject("luttes revendicatives").context("s").message("not rendered").beads(List.of(3)).build();
        Finding otherTerm = f.toBuilder().subject("classe ouvrière").build();
        AcceptedRenderings a = AcceptedRenderings.NONE.with(f, "wage struggles").with(f, "economic struggles");
        assertThat(a.apply(List.of(missing, otherTerm, f))).containsExactly(missing, otherTerm);
    }

    @Test
    void aTermTheGlossaryHasIsLeftToTheGlossaryChecks() {
        Finding f = threeWays();
        Glossary g = new Glossary(Language.of("fr"), Language.of("en"), List.of(new GlossaryEntry(Term.of("Luttes revendicatives"),
                List.of(Term.of("struggles over immediate demands")), List.of(), "")));
        assertThat(AcceptedRenderings.NONE.apply(List.of(f), Optional.of(g))).isEmpty();
        assertThat(AcceptedRenderings.NONE.apply(List.of(f), Optional.empty())).containsExactly(f);
    }

    @Test
    void savedAndReadBack() throws Exception {
        Finding f = threeWays();
        AcceptedRenderings a = AcceptedRenderings.NONE.with(f, "wage struggles");
        a.save(dir);
        assertThat(Files.readAllLines(dir.resolve(AcceptedRenderings.FILE))).contains("source\tluttes revendicatives\twage struggles");
        assertThat(AcceptedRenderings.load(dir)).isEqualTo(a);
        assertThat(AcceptedRenderings.load(dir.resolve("none"))).isEqualTo(AcceptedRenderings.NONE);
    }

    @Test
    void aDamagedFileNamesItselfAndTheLine() throws Exception {
        Files.writeString(dir.resolve(AcceptedRenderings.FILE), "# comment\nsource\tonly two\n");
        assertThatThrownBy(() -> AcceptedRenderings.load(dir)).isInstanceOf(ProjectException.class)
                .hasMessageContaining(AcceptedRenderings.FILE).hasMessageContaining("line 2");
    }
}
