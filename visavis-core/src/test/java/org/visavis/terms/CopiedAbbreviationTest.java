package org.visavis.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.lang.Tagger;
import org.visavis.model.Language;

/**
 * Beads of the Debian installation guide (en → fr, installation-guide-amd64 20230508+deb12u1)
 * where the translation has nothing for a term: an abbreviation the source lacks may stand for
 * it ("FOSS" for "free software"), one the source has too is copied, a name ("GPT", "DOS"), and
 * stands for nothing, so the term left out is not excused by it.
 */
class CopiedAbbreviationTest {
    private static final Tagger EN = LanguageKnowledge.tagger(Language.of("en"));
    private static final Tagger FR = LanguageKnowledge.tagger(Language.of("fr"));
    private static final String STANDS_FOR_IT = "may well stand for it";

    @ParameterizedTest(name = "“{0}” left out of “{2}”: an abbreviation standing for it {4}")
    @CsvSource(delimiter = '|', value = {
        // the guide's bead on GPT, cut, its translation with "partition table" left out and "GPT",
        // "UEFI", "DOS" copied from the source
        "partition table | Booting from a disk with GPT is only possible in native UEFI mode, because the classic DOS partition table cannot address disks larger than about 2 Terabytes. | Amorcer depuis un disque avec GPT n'est possible qu'en mode UEFI natif, car DOS ne peut pas adresser des disques de plus de 2 Téraoctets. | table des partitions | false",
        // the source without "GPT": the translation's "GPT" may be its word for the term
        "partition table | Booting from a disk with a new partition table is only possible in native UEFI mode. | Amorcer depuis un disque avec GPT n'est possible qu'en mode UEFI natif. | table des partitions | true",
    })
    void anAbbreviationCopiedFromTheSourceStandsForNoTerm(String term, String source, String target, String usualText,
                                                        boolean standsForIt) {
        Occurrence o = TermOccurrences.of(EN, FR, term, source, target);
        UsualRendering usual = TermOccurrences.usual(FR, term, usualText, 30, Map.of());
        List<String> notes = new ArrayList<>();
        DeviationJudge judge = TermOccurrences.enFrJudge((unit, t, what) -> notes.add(what));
        Deviation d = judge.deviation(o, usual);
        assertThat(notes.stream().anyMatch(n -> n.contains(STANDS_FOR_IT))).as("noted: %s", notes).isEqualTo(standsForIt);
        if (!standsForIt) {
            // a noun of the bead left unlinked ("disques"), or nothing: a deviation to weigh
            assertThat(d).as("the term left out").isNotNull();
        }
    }
}
